package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.TimelineEvent;
import java.util.List;

/**
 * The history of an organization in date order: its founding, renames, every membership's
 * start and end, and its summits, each date at the precision its source gives. The explorer
 * draws the same history as a picture ({@code explore timeline OTS --svg ots.svg}).
 *
 * <pre>{@code
 * for (TimelineEvent e : atlas.timeline(OTS)) System.out.println(e);
 * }</pre>
 */
public final class OrganizationTimeline {
  private OrganizationTimeline() {}

  /** Returns the timeline of {@code organization}. */
  public static List<TimelineEvent> timeline(Atlas atlas, OrganizationId organization) {
    return atlas.timeline(organization);
  }

  /** Prints the timeline of the organization given as the first argument (default OTS). */
  public static void main(String[] args) {
    OrganizationId org = OrganizationId.of(args.length > 0 ? args[0] : "OTS");
    System.out.println("timeline(" + org + ")");
    timeline(Atlas.seeded(), org).forEach(e -> System.out.println("  " + e));
  }
}
