package io.github.otsatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.query.Atlas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The guided tour: the same text on every run, every question answered, lines kept short. */
final class TourTest {
  private static String tour() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      Tour.run(Atlas.seeded(), out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tour_isDeterministic() {
    assertEquals(tour(), tour());
  }

  @Test
  void tour_asksEveryQuestionWithItsQueryAnswersAndQuotes() {
    String tour = tour();
    for (String expected : new String[] {
        "members(OTS).withRole(FOUNDING_MEMBER)",
        "members(OTS).asOf(2022-12-01)",
        "members(OTS).asOf(2019-06-01)",
        "members(OTS).asOf(2021-06-01).withRole(OBSERVER).includingPossible()",
        "POSSIBLY    TKM Turkmenistan: observer",
        "members(OTS).underName(\"Cooperation Council of Turkic Speaking States\").includingPossible()",
        "renamed Organization of Turkic States (at ots-summit-8-istanbul)",
        "states().memberOfAll(OTS, CSTO).asOf(2024-11-04)",
        "DEFINITELY  KAZ Kazakhstan",
        "states().memberOfAll(OTS, CSTO).asOf(2026-02-01)",
        "states().memberOfAll(OTS, CSTO).asOf(2026-02-01).includingPossible()",
        "POSSIBLY    KAZ Kazakhstan (quoted above)",
        "POSSIBLY    KGZ Kyrgyzstan (quoted above)",
        "organizations().withMember(KAZ).asOf(2025-01-01).ofKind(MILITARY_ALLIANCE)",
        "DEFINITELY  CSTO Collective Security Treaty Organization (military alliance)",
        "corridors().through(AZE).bypassing(RUS)",
        "Middle Corridor [middle-corridor]",
        "summits().hostedIn(UZB)",
        "summits().of(OTS).hostedIn(KGZ)",
        "independentSources(): tni-coffey-2026, turkey-central-asia-eu-2025",
        "atlas.evidence(FactRef.parse(\"membership:uzb-ots-member\"), Attribute.START)",
        ".independentSources(): tni-coffey-2026\n",
        "start=2019        [9]",
        "“In 2019, Uzbekistan joined as a full member.”",
        "[tni-coffey-2026]"}) {
      assertTrue(tour.contains(expected), () -> "missing: " + expected);
    }
    assertFalse(tour.contains("Exception"));
    assertFalse(tour.contains("ganja-gap"), "no source says the Ganja Gap bypasses Russia");
  }

  @Test
  void tour_labelsEachQuoteWithTheClaimsItSupportsAndTheDayItAttests() {
    String tour = tour();
    // Uzbekistan's joining: the sentence gives party, organization, role and start, no day.
    assertTrue(tour.contains("[9] “In 2019, Uzbekistan joined as a full member.”"), tour);
    String afterJoined = tour.substring(tour.indexOf("[9] “In 2019, Uzbekistan joined as a full member.”"));
    assertTrue(afterJoined.contains("supports: party, organization, role, start\n"), afterJoined);
    // The CSTO sentence of 001 is attested as of 2020, the year it speaks of, and, its present
    // tense being the article's own, as of the article's day.
    assertTrue(tour.contains("supports: party, organization, role · as of 2020, 2026-01-13"), tour);
    // A present-tense list attests its source's year.
    assertTrue(tour.contains("supports: party, organization, role, start · as of 2025"), tour);
    // A classified claim is said to be one, and supported by no quote.
    assertTrue(tour.contains("hostState: the curators' classification, stated by no source"), tour);
    // An answer resting on two memberships shows the quotes of each under it.
    assertTrue(tour.contains("from member of CSTO, unknown..ongoing (attested 2020, 2025, 2026-01-13)"), tour);
  }

  @Test
  void tour_saysWhatADefiniteOnlyQueryLeftOut() {
    String tour = tour();
    String folded = tour.replaceAll("\\s+", " ");
    String hint = "0 definite answers; 2 possible answers left out (the newest attestation is 2026-01-13): "
        + "use includingPossible()";
    assertTrue(folded.contains("states().memberOfAll(OTS, CSTO).asOf(2026-02-01) " + hint), tour);
    // On the newest attestation itself the answer is definite, and nothing is left out.
    assertTrue(folded.contains("states().memberOfAll(OTS, CSTO).asOf(2026-01-13) gives KAZ (DEFINITELY), "
        + "KGZ (DEFINITELY)"), tour);
    assertTrue(folded.contains("organizations().withMember(KAZ).asOf(2026-01-13).ofKind(MILITARY_ALLIANCE) "
        + "gives CSTO (DEFINITELY)"), tour);
    assertTrue(folded.contains("withMember(KAZ).asOf(2026-02-01).ofKind(MILITARY_ALLIANCE).includingPossible() "
        + "gives CSTO (POSSIBLY)"), tour);
    assertTrue(folded.contains("5 definite answers; 1 possible answer left out: use includingPossible()"), tour);
    assertTrue(folded.contains("members(OTS).asOf(2019-06-01) DEFINITELY AZE"), "the 2019 answers are printed: " + tour);
  }

  @Test
  void tour_linesFitTheWidth() {
    for (String line : tour().split("\n")) {
      assertTrue(line.length() <= Show.WIDTH, () -> "too long (" + line.length() + "): " + line);
    }
  }
}
