package io.github.otsatlas.examples;

import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MembershipQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Three-valued answers: Turkmenistan became an OTS observer "in 2021", so on 1 June 2021 it
 * was POSSIBLY an observer, on 1 January 2022 DEFINITELY, and on 31 December 2020 not. A query
 * returns only the DEFINITELY answers unless {@code includingPossible()} asks for the rest;
 * no date is ever rounded to 1 January.
 *
 * <pre>{@code
 * atlas.members(OTS).asOf(LocalDate.of(2021, 6, 1)).withRole(Role.OBSERVER).includingPossible().list();
 * // hun-ots-observer (DEFINITELY), tkm-ots-observer (POSSIBLY)
 * }</pre>
 */
public final class PossibleAnswersOnAPartialDate {
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  /** A day inside the year Turkmenistan's observer status began. */
  public static final LocalDate MID_2021 = LocalDate.of(2021, 6, 1);

  private PossibleAnswersOnAPartialDate() {}

  /** Returns the query: the OTS's observers on {@code day}, POSSIBLY ones included. */
  public static MembershipQuery query(Atlas atlas, LocalDate day) {
    return atlas.members(OTS).asOf(day).withRole(Role.OBSERVER).includingPossible();
  }

  /** Returns the observers on {@code day}, each with its certainty. */
  public static List<Answer<Membership>> observers(Atlas atlas, LocalDate day) {
    return query(atlas, day).list();
  }

  /** Prints the observers on three days around Turkmenistan's "2021". */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    for (LocalDate day : List.of(LocalDate.of(2020, 12, 31), MID_2021, LocalDate.of(2022, 1, 1))) {
      MembershipQuery query = query(atlas, day);
      System.out.println(query);
      observers(atlas, day).forEach(a -> System.out.println("  " + Show.line(atlas, a)));
    }
  }
}
