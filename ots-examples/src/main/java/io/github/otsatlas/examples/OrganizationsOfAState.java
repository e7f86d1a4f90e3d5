package io.github.otsatlas.examples;

import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MemberOrganizationQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Which organizations does Kazakhstan belong to, and which of them are military alliances? The
 * CSTO, DEFINITELY on 1 January 2025 and on 13 January 2026: a source of 2025 and the National
 * Interest article of 13 January 2026 say Kazakhstan is a member. On 1 February 2026 it is only
 * POSSIBLY: no later source says so, and past its latest attestation a membership with no
 * reported end is not definite (the knowledge horizon). That the CSTO is a military alliance is
 * the curators' classification (its {@code kind} is classified): no sentence of the corpus says
 * so.
 *
 * <pre>{@code
 * atlas.organizations().withMember(KAZ).asOf(LocalDate.of(2025, 1, 1)).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();   // CSTO
 * atlas.organizations().withMember(KAZ).asOf(LocalDate.of(2026, 1, 13)).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();  // CSTO
 * atlas.organizations().withMember(KAZ).asOf(LocalDate.of(2026, 2, 1)).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();   // []
 * }</pre>
 */
public final class OrganizationsOfAState {
  private static final StateId KAZ = StateId.of("KAZ");

  /** A day inside the sources' knowledge of Kazakhstan's CSTO membership. */
  public static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  /** The day of the latest source, the newest attestation of Kazakhstan's CSTO membership. */
  public static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 13);

  /** A day past the knowledge horizon: after the latest source that says Kazakhstan is in the CSTO. */
  public static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 1);

  private OrganizationsOfAState() {}

  /** Returns the query: organizations Kazakhstan definitely belonged to on {@code day}. */
  public static MemberOrganizationQuery query(Atlas atlas, LocalDate day) {
    return atlas.organizations().withMember(KAZ).asOf(day);
  }

  /** Returns the query: the military alliances Kazakhstan definitely belonged to on {@code day}. */
  public static MemberOrganizationQuery alliancesQuery(Atlas atlas, LocalDate day) {
    return query(atlas, day).ofKind(OrganizationKind.MILITARY_ALLIANCE);
  }

  /** Returns the military alliances Kazakhstan definitely belonged to on {@code day}. */
  public static List<Answer<Organization>> militaryAlliances(Atlas atlas, LocalDate day) {
    return alliancesQuery(atlas, day).list();
  }

  /** Returns the military alliances Kazakhstan definitely or possibly belonged to on {@code day}. */
  public static List<Answer<Organization>> possibleAlliances(Atlas atlas, LocalDate day) {
    return alliancesQuery(atlas, day).includingPossible().list();
  }

  /**
   * Prints every organization of Kazakhstan on 1 January 2025, the military alliances that day
   * and on 13 January 2026, and the military alliances on 1 February 2026, definite only (what
   * that leaves out) and POSSIBLY ones included.
   */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    for (MemberOrganizationQuery query : List.of(query(atlas, JAN_2025), alliancesQuery(atlas, JAN_2025),
        alliancesQuery(atlas, JAN_2026), alliancesQuery(atlas, FEB_2026),
        alliancesQuery(atlas, FEB_2026).includingPossible())) {
      System.out.println(query);
      query.list().forEach(a -> System.out.println("  " + Show.line(atlas, a)));
      Show.leftOut(atlas, query, "use includingPossible()").ifPresent(line -> System.out.println("  " + line));
    }
  }
}
