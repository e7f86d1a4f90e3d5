package io.github.otsatlas.export;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the long state-year table: a party's membership in an organization during a year,
 * with its role and how certain it is. Immutable and thread-safe.
 *
 * @param party the member, a state or an organization, not null
 * @param organization the organization, not null
 * @param year the calendar year, 1 to 9999
 * @param role the membership's role, not null
 * @param certainty {@code DEFINITELY} when the membership held on some day of the year in every
 *     completion of its dates and attestations, {@code POSSIBLY} when only in some; never {@code NOT}
 * @param membership the membership the row stands for, not null
 * @param horizon the membership's latest attestation ({@code Period.horizon()}): with no dated end,
 *     the row is at most POSSIBLY in the years after it; empty when no citation dates the membership
 */
public record StateYearRow(Party party, OrganizationId organization, int year, Role role,
    Certainty certainty, MembershipId membership, Optional<PartialDate> horizon) {

  /** Checks the parts. */
  public StateYearRow {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(horizon, "horizon");
    if (certainty == Certainty.NOT) {
      throw new IllegalArgumentException("a state-year row is never NOT: " + membership + " in " + year);
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is outside 1 to 9999");
    }
  }

  /** Returns the cell text of the wide table, {@code ROLE:CERTAINTY}, such as {@code OBSERVER:POSSIBLY}. */
  public String cellText() {
    return role.name() + ":" + certainty.name();
  }
}
