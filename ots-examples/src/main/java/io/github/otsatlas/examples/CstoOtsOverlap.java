package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.StateQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Which OTS states are also in the Russian-led CSTO? Kazakhstan and Kyrgyzstan, say sources
 * of 2025 and 13 January 2026, without saying since when. So on 13 January 2026 both are
 * DEFINITELY in both organizations, while on 4 November 2024 they are only POSSIBLY: their
 * CSTO memberships have an unknown start. Uzbekistan suspended its CSTO membership in 2012,
 * before it joined the OTS in 2019, so it is in neither answer.
 *
 * <pre>{@code
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2026, 1, 13)).list();          // KAZ, KGZ (DEFINITELY)
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2024, 11, 4)).includingPossible().list(); // POSSIBLY
 * }</pre>
 */
public final class CstoOtsOverlap {
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final OrganizationId CSTO = OrganizationId.of("CSTO");

  /** The day of the latest source that says both memberships hold. */
  public static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 13);

  /** Two days before the 11th OTS summit in Bishkek. */
  public static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 4);

  private CstoOtsOverlap() {}

  /** Returns the query: states in both the OTS and the CSTO on {@code day}, definitely. */
  public static StateQuery query(Atlas atlas, LocalDate day) {
    return atlas.states().memberOfAll(OTS, CSTO).asOf(day);
  }

  /** Returns the states definitely in both on {@code day}. */
  public static List<Answer<State>> inBoth(Atlas atlas, LocalDate day) {
    return query(atlas, day).list();
  }

  /** Returns the states definitely or possibly in both on {@code day}. */
  public static List<Answer<State>> possiblyInBoth(Atlas atlas, LocalDate day) {
    return query(atlas, day).includingPossible().list();
  }

  /** Prints both answers. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    System.out.println(query(atlas, JAN_2026));
    Show.answers(System.out, atlas, inBoth(atlas, JAN_2026), 2);
    System.out.println(query(atlas, NOV_2024).includingPossible());
    Show.answers(System.out, atlas, possiblyInBoth(atlas, NOV_2024), 2);
  }
}
