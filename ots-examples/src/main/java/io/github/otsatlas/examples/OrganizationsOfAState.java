package io.github.otsatlas.examples;

import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.OrganizationQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Which organizations does Kazakhstan belong to, and which of them are military alliances?
 *
 * <pre>{@code
 * atlas.organizations().withMember(KAZ).asOf(day).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();  // CSTO
 * }</pre>
 */
public final class OrganizationsOfAState {
  private static final StateId KAZ = StateId.of("KAZ");

  /** The day of the latest source. */
  public static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 13);

  private OrganizationsOfAState() {}

  /** Returns the query: organizations Kazakhstan definitely belonged to on {@code day}. */
  public static OrganizationQuery query(Atlas atlas, LocalDate day) {
    return atlas.organizations().withMember(KAZ).asOf(day);
  }

  /** Returns the query: the military alliances Kazakhstan belonged to on {@code day}. */
  public static OrganizationQuery alliancesQuery(Atlas atlas, LocalDate day) {
    return query(atlas, day).ofKind(OrganizationKind.MILITARY_ALLIANCE);
  }

  /** Returns the military alliances Kazakhstan definitely belonged to on {@code day}. */
  public static List<Answer<Organization>> militaryAlliances(Atlas atlas, LocalDate day) {
    return alliancesQuery(atlas, day).list();
  }

  /** Prints every organization of Kazakhstan on 13 January 2026, then the military alliances. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    for (OrganizationQuery query : List.of(query(atlas, JAN_2026), alliancesQuery(atlas, JAN_2026))) {
      System.out.println(query);
      query.list().forEach(a -> System.out.println("  " + Show.line(atlas, a)));
    }
  }
}
