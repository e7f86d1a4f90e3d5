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
        "states().memberOfAll(OTS, CSTO).asOf(2026-01-13)",
        "states().memberOfAll(OTS, CSTO).asOf(2024-11-04).includingPossible()",
        "POSSIBLY    KAZ Kazakhstan",
        "organizations().withMember(KAZ).asOf(2026-01-13).ofKind(MILITARY_ALLIANCE)",
        "corridors().through(AZE).bypassing(RUS)",
        "Middle Corridor [middle-corridor]",
        "summits().hostedIn(UZB)",
        "summits().of(OTS).hostedIn(KGZ)",
        "independentSources(): tni-coffey-2026, turkey-central-asia-eu-2025",
        "“In 2019, Uzbekistan joined as a full member.”",
        "[tni-coffey-2026]"}) {
      assertTrue(tour.contains(expected), () -> "missing: " + expected);
    }
    assertFalse(tour.contains("Exception"));
  }

  @Test
  void tour_linesFitTheWidth() {
    for (String line : tour().split("\n")) {
      assertTrue(line.length() <= Show.WIDTH, () -> "too long (" + line.length() + "): " + line);
    }
  }
}
