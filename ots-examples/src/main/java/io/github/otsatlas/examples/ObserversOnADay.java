package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MembershipQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Who were the OTS's members and observers on a given day? Only what held DEFINITELY on
 * that day is returned; a membership that only may have begun by then is left out (see
 * {@link PossibleAnswersOnAPartialDate}).
 *
 * <pre>{@code
 * atlas.members(OTS).asOf(LocalDate.of(2022, 12, 1)).withRole(Role.OBSERVER).parties();  // [HUN, TKM, XNC]
 * }</pre>
 */
public final class ObserversOnADay {
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  private ObserversOnADay() {}

  /** Returns the query: every membership of the OTS, in any role, that held on {@code day}. */
  public static MembershipQuery everyoneQuery(Atlas atlas, LocalDate day) {
    return atlas.members(OTS).asOf(day);
  }

  /** Returns the query: the OTS's observers on {@code day}. */
  public static MembershipQuery observersQuery(Atlas atlas, LocalDate day) {
    return atlas.members(OTS).asOf(day).withRole(Role.OBSERVER);
  }

  /** Returns the parties that were definitely observers on {@code day}, in party order. */
  public static List<Party> observers(Atlas atlas, LocalDate day) {
    return observersQuery(atlas, day).parties();
  }

  /**
   * Returns the parties that were definitely full members on {@code day} (founders count as
   * members), in party order.
   */
  public static List<Party> members(Atlas atlas, LocalDate day) {
    return atlas.members(OTS).asOf(day).withRole(Role.MEMBER).parties();
  }

  /** Prints everyone on the day given as {@code YYYY-MM-DD} (default 2022-12-01). */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2022, 12, 1);
    MembershipQuery query = everyoneQuery(atlas, day);
    System.out.println(query);
    Show.answers(System.out, atlas, query.list(), 2);
  }
}
