package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MemberStateQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Which OTS states are also in the Russian-led CSTO? Kazakhstan and Kyrgyzstan. No source says
 * since when; the National Interest article of 13 January 2026 says they "are members", in a
 * sentence about the fall of 2020 (its citation is attested {@code asOf 2020} and, the present
 * tense being the article's own, {@code asOf 2026-01-13}), and a source of 2025 says they are
 * members ({@code asOf 2025}). So on 4 November 2024 and on 13 January 2026 both are DEFINITELY
 * in both organizations; but on 1 February 2026, past the latest source that says they are in
 * the CSTO, they are only POSSIBLY: with no reported end, a membership is definite only up to
 * its latest attestation (the knowledge horizon), and the definite-only query is empty, with
 * {@link MemberStateQuery#possibleLeftOut()} saying two answers were left out. Uzbekistan suspended
 * its CSTO membership in 2012, before it joined the OTS in 2019, so it is in neither answer.
 *
 * <pre>{@code
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2024, 11, 4)).list();  // KAZ, KGZ (DEFINITELY)
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2026, 1, 13)).list();  // KAZ, KGZ (DEFINITELY)
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2026, 2, 1)).list();   // [] (possibleLeftOut() == 2)
 * atlas.states().memberOfAll(OTS, CSTO).asOf(LocalDate.of(2026, 2, 1)).includingPossible().list(); // POSSIBLY
 * }</pre>
 */
public final class CstoOtsOverlap {
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final OrganizationId CSTO = OrganizationId.of("CSTO");

  /** Two days before the 11th OTS summit in Bishkek: inside the sources' knowledge of both memberships. */
  public static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 4);

  /**
   * The day of the National Interest article, the newest attestation of the corpus: the last day
   * the sources say both memberships held.
   */
  public static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 13);

  /** A day past the knowledge horizon: after the latest source that says they are in the CSTO. */
  public static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 1);

  private CstoOtsOverlap() {}

  /** Returns the query: states in both the OTS and the CSTO on {@code day}, definitely. */
  public static MemberStateQuery query(Atlas atlas, LocalDate day) {
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

  /**
   * Prints the definite answers on 4 November 2024 and on 13 January 2026, then what the
   * definite-only query on 1 February 2026 leaves out and the possible answers that day.
   */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    for (LocalDate day : List.of(NOV_2024, JAN_2026)) {
      System.out.println(query(atlas, day));
      Show.answers(System.out, atlas, inBoth(atlas, day), 2);
    }
    MemberStateQuery feb2026 = query(atlas, FEB_2026);
    System.out.println(feb2026);
    Show.leftOut(atlas, feb2026, "use includingPossible()").ifPresent(line -> System.out.println("  " + line));
    System.out.println(feb2026.includingPossible());
    Show.answers(System.out, atlas, possiblyInBoth(atlas, FEB_2026), 2);
  }
}
