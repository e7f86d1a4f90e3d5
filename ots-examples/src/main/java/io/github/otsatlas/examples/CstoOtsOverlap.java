package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.StateQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Which OTS states are also in the Russian-led CSTO? Kazakhstan and Kyrgyzstan. No source says
 * since when; one places their CSTO membership in the fall of 2020 (its citation is attested
 * {@code asOf 2020}) and one of 2025 says they are members ({@code asOf 2025}). So on
 * 4 November 2024 both are DEFINITELY in both organizations; but on 13 January 2026, past the
 * latest source that says they are in the CSTO, they are only POSSIBLY: with no reported end, a
 * membership is definite only up to its latest attestation (the knowledge horizon), and the
 * definite-only query is empty, with {@link StateQuery#possibleLeftOut()} saying two answers
 * were left out. Uzbekistan suspended its CSTO membership in 2012, before it joined the OTS in
 * 2019, so it is in neither answer.
 *
 * <pre>{@code
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2024, 11, 4)).list();  // KAZ, KGZ (DEFINITELY)
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2026, 1, 13)).list();  // [] (possibleLeftOut() == 2)
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2026, 1, 13)).includingPossible().list(); // POSSIBLY
 * }</pre>
 */
public final class CstoOtsOverlap {
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final OrganizationId CSTO = OrganizationId.of("CSTO");

  /** Two days before the 11th OTS summit in Bishkek: inside the sources' knowledge of both memberships. */
  public static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 4);

  /** The day of the latest source about the OTS: past the latest source about the CSTO memberships. */
  public static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 13);

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

  /** Returns how many POSSIBLY answers the definite-only query on {@code day} leaves out. */
  public static int possibleLeftOut(Atlas atlas, LocalDate day) {
    return query(atlas, day).possibleLeftOut();
  }

  /** Prints the answers on both days. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    System.out.println(query(atlas, NOV_2024));
    Show.answers(System.out, atlas, inBoth(atlas, NOV_2024), 2);
    StateQuery jan2026 = query(atlas, JAN_2026);
    System.out.println(jan2026);
    Show.leftOut(atlas, jan2026, "use includingPossible()").ifPresent(line -> System.out.println("  " + line));
    System.out.println(jan2026.includingPossible());
    Show.answers(System.out, atlas, possiblyInBoth(atlas, JAN_2026), 2);
  }
}
