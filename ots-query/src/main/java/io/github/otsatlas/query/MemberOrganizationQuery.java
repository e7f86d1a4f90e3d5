package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.PartialDate;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The organizations one party belongs to ({@link OrganizationQuery#withMember(Party)}),
 * filtered by day, role and kind. Answers come in organization-id order.
 *
 * <pre>{@code
 * atlas.organizations().withMember(StateId.of("KAZ")).asOf(day).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();
 * }</pre>
 *
 * <p>Steps, as in every query type: a step that sets a value (the time filter, the roles, the
 * kinds) may be given once, a second call
 * throws {@link IllegalStateException}; {@code includingPossible()} is idempotent. Immutable
 * and thread-safe.
 */
public final class MemberOrganizationQuery implements Query<Organization> {
  private final Atlas atlas;
  private final Steps steps;
  private final OrganizationRelations relations;

  /** The whole state of a query, copied with one change by each step (null: not set). */
  private record Steps(Party member, When when, Role[] roles, EnumSet<OrganizationKind> kinds,
      boolean possible) {
    Steps withWhen(When w) {
      return new Steps(member, w, roles, kinds, possible);
    }

    Steps withRoles(Role[] r) {
      return new Steps(member, when, r, kinds, possible);
    }

    Steps withKinds(EnumSet<OrganizationKind> k) {
      return new Steps(member, when, roles, k, possible);
    }

    Steps withPossible() {
      return new Steps(member, when, roles, kinds, true);
    }
  }

  MemberOrganizationQuery(Atlas atlas, Party member, EnumSet<OrganizationKind> kinds,
      OrganizationRelations relations) {
    this(atlas, new Steps(member, When.ALWAYS, null, kinds, false), relations);
  }

  private MemberOrganizationQuery(Atlas atlas, Steps steps, OrganizationRelations relations) {
    this.relations = relations;
    this.atlas = atlas;
    this.steps = steps;
  }

  private MemberOrganizationQuery with(Steps s) {
    return new MemberOrganizationQuery(atlas, s, relations);
  }

  /**
   * Keeps the organizations the member belonged to on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberOrganizationQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the organizations the member belonged to on some day from {@code first} to
   * {@code last}, inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberOrganizationQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps the organizations the member belonged to on some day the partial date allows.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberOrganizationQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps the organizations the member belonged to on some day of the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberOrganizationQuery during(Year year) {
    return time(When.during(PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps the organizations the member belonged to on some day of the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberOrganizationQuery during(YearMonth month) {
    return time(When.during(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
  }

  private MemberOrganizationQuery time(When when) {
    return with(steps.withWhen(when.replacing(steps.when(), this)));
  }

  /**
   * Keeps the organizations in which the member held one of these roles.
   *
   * @throws IllegalStateException if a role filter is already set
   */
  public MemberOrganizationQuery withRole(Role role, Role... more) {
    if (steps.roles() != null) {
      throw new IllegalStateException(this + ": the role filter is already set");
    }
    return with(steps.withRoles(EnumSet.of(role, more).toArray(new Role[0])));
  }

  /**
   * Keeps the organizations of the given kinds.
   *
   * @throws IllegalStateException if a kind filter is already set
   */
  public MemberOrganizationQuery ofKind(OrganizationKind kind, OrganizationKind... more) {
    if (steps.kinds() != null) {
      throw new IllegalStateException(this + ": the kind filter is already set");
    }
    return with(steps.withKinds(EnumSet.of(kind, more)));
  }

  /** Adds the POSSIBLY answers to the DEFINITELY ones. */
  public MemberOrganizationQuery includingPossible() {
    return with(steps.withPossible());
  }

  /**
   * Returns the answers in organization-id order: each rests on the member's matching
   * memberships and has the strongest of their certainties.
   */
  @Override
  public List<Answer<Organization>> list() {
    List<Answer<Organization>> out = new ArrayList<>();
    EnumSet<OrganizationKind> kinds = steps.kinds();
    When when = steps.when();
    Grounds grounds = (when.isAlways() ? Grounds.MEMBERSHIP : Grounds.MEMBERSHIP_IN_TIME)
        .mentioning(atlas.namesOf(steps.member()));
    scan(true, (org, c, basis) -> out.add(atlas.answer(org, c, basis, grounds, when.window())));
    return List.copyOf(out);
  }

  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : includingPossible().organizations().size() - organizations().size();
  }

  /** Returns the organizations of the answers, in id order. */
  public List<Organization> organizations() {
    List<Organization> out = new ArrayList<>();
    scan(false, (org, c, basis) -> out.add(org));
    return List.copyOf(out);
  }

  /** Receives one organization of the answers, its certainty and (if asked) its basis. */
  private interface Found {
    void accept(Organization org, Certainty certainty, List<Fact> basis);
  }

  /** Scans the member's records, sorted by organization, folding each run of records into one answer. */
  private void scan(boolean withBasis, Found found) {
    MembershipIndex.Scan scan = atlas.memberships.ofParty(steps.member(), steps.when(), steps.roles(),
        steps.possible());
    EnumSet<OrganizationKind> kinds = steps.kinds();
    List<Fact> basis = new ArrayList<>();
    Certainty best = Certainty.NOT;
    Organization last = null;
    while (true) {
      boolean more = scan.next();
      Organization org = more ? scan.organization() : null;
      if (last != null && org != last) {
        if ((kinds == null || kinds.contains(last.kind())) && relations.matches(last)) {
          found.accept(last, best, withBasis ? List.copyOf(basis) : List.of());
        }
        basis.clear();
        best = Certainty.NOT;
      }
      if (!more) {
        return;
      }
      last = org;
      if (withBasis) {
        basis.add(scan.membership());
      }
      best = best.or(scan.certainty());
    }
  }

  /** Returns the query, as {@code organizations().withMember(KAZ).asOf(2024-01-01)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("organizations()");
    relations.describe(b);
    b.append(".withMember(").append(steps.member()).append(')');
    b.append(steps.when());
    b.append(When.roleText(steps.roles()));
    if (steps.kinds() != null) {
      b.append(".ofKind(").append(String.join(", ", steps.kinds().stream().map(Enum::name).toList())).append(')');
    }
    if (steps.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
