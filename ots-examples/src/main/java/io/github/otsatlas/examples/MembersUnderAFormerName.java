package io.github.otsatlas.examples;

import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MembershipQuery;
import io.github.otsatlas.query.TimelineEvent;
import java.util.List;

/**
 * A rename is not a new organization: the Cooperation Council of Turkic Speaking States of
 * 2009 is the Organization of Turkic States of today, renamed at its 8th summit in November
 * 2021, and its memberships carry across the rename. {@code underName} keeps the memberships
 * that held while the organization bore a name, with the certainty of the overlap.
 *
 * <pre>{@code
 * atlas.members(OTS).underName("Cooperation Council of Turkic Speaking States").includingPossible().list();
 * atlas.timeline(OTS)   // ... 2021-11  RENAMED  renamed Organization of Turkic States (at ots-summit-8-istanbul)
 * }</pre>
 */
public final class MembersUnderAFormerName {
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  /** The name the OTS bore from its founding in 2009 until November 2021. */
  public static final String FORMER_NAME = "Cooperation Council of Turkic Speaking States";

  /** The name it bears today. */
  public static final String CURRENT_NAME = "Organization of Turkic States";

  private MembersUnderAFormerName() {}

  /** Returns the query: memberships that held under {@code name}, POSSIBLY ones included. */
  public static MembershipQuery query(Atlas atlas, String name) {
    return atlas.members(OTS).underName(name).includingPossible();
  }

  /** Returns the memberships that held under {@code name}, each with its certainty. */
  public static List<Answer<Membership>> membersUnder(Atlas atlas, String name) {
    return query(atlas, name).list();
  }

  /** Returns the RENAMED events of the OTS's timeline. */
  public static List<TimelineEvent> renames(Atlas atlas) {
    return atlas.timeline(OTS).stream().filter(e -> e.kind() == TimelineEvent.Kind.RENAMED).toList();
  }

  /** Prints the members under each name and the rename. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    for (String name : List.of(FORMER_NAME, CURRENT_NAME)) {
      System.out.println(query(atlas, name));
      membersUnder(atlas, name).forEach(a -> System.out.println("  " + Show.line(atlas, a)));
    }
    renames(atlas).forEach(System.out::println);
  }
}
