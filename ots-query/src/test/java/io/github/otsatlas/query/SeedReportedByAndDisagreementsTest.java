package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: what the seed corpus says as reported by a day, and where its sources disagree.
 * Every fact asserted here is one of the seed documents'.
 */
final class SeedReportedByAndDisagreementsTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final FactRef SUMMIT_11 = FactRef.parse("summit:ots-summit-11-bishkek");
  private static final FactRef ECO = FactRef.parse("membership:eco-ots-observer");

  private static List<String> ids(List<io.github.otsatlas.model.Source> sources) {
    return sources.stream().map(s -> s.id().value()).toList();
  }

  @Test
  void eleventhSummit_isScheduledAsOfTheRoundtableOfFourNovember2024() {
    Summit s = (Summit) ATLAS.corpus().fact(SUMMIT_11).orElseThrow();
    assertEquals(SummitStatus.SCHEDULED, s.status());
    assertEquals(PartialDate.parse("2024-11-04"), s.statusReports().get(0).asOf());
    assertEquals(SourceId.of("dzhuraev-roundtable-2024"), s.statusReports().get(0).citation().source());
    assertTrue(s.statusOn(LocalDate.of(2024, 11, 3)).isEmpty(), "no source reports a status before its day");
    assertEquals(SummitStatus.SCHEDULED, s.statusOn(LocalDate.of(2024, 11, 4)).orElseThrow().status());
  }

  @Test
  void undatedRoundtableReport_isBoundedBelowByItsOwnWords_andNeverCertainlyPublished() {
    var report = ATLAS.corpus().source(SourceId.of("dzhuraev-roundtable-2024")).orElseThrow();
    assertTrue(report.published().isEmpty());
    assertEquals(LocalDate.of(2024, 11, 4), report.earliestPublication().orElseThrow());
    assertTrue(report.latestPublication().isEmpty());
    assertTrue(report.publicationBounds().get(0).quote().startsWith("On November 4th, 2024"));
    assertEquals(Certainty.NOT, report.publishedBy(LocalDate.of(2024, 11, 3)));
    assertEquals(Certainty.POSSIBLY, report.publishedBy(LocalDate.of(2040, 1, 1)));
  }

  @Test
  void narrowedToTheEndOf2024_onlyTheNewsAzArticleCounts_andTheEleventhSummitIsUnknown() {
    Atlas by2024 = ATLAS.asReportedBy(LocalDate.of(2024, 12, 31));
    assertEquals(LocalDate.of(2024, 12, 31), by2024.reportedBy().orElseThrow());
    assertEquals(List.of("newsaz-ozer-2024"), by2024.corpus().sources().stream().map(s -> s.id().value()).toList());
    assertEquals(List.of("avim-coffey-2026", "dzhuraev-roundtable-2024", "tni-coffey-2026",
        "turkey-central-asia-eu-2025"), ids(by2024.sourcesLeftOut()));
    assertTrue(by2024.corpus().fact(SUMMIT_11).isEmpty());
    assertTrue(by2024.summits().withOrdinal(11).list().isEmpty());
    assertTrue(by2024.members(OTS).includingPossible().list().isEmpty(), "News.Az names no OTS membership");
    assertThrows(IllegalArgumentException.class, () -> by2024.evidence(SUMMIT_11));
    // the whole atlas still has it
    assertEquals(1, ATLAS.summits().withOrdinal(11).list().size());
  }

  @Test
  void narrowedToTheEndOf2025_theFoundersAreMembers_butNoSourceYetCallsThemFounders() {
    Atlas by2025 = ATLAS.asReportedBy(LocalDate.of(2025, 12, 31));
    assertEquals(List.of("newsaz-ozer-2024", "turkey-central-asia-eu-2025"),
        by2025.corpus().sources().stream().map(s -> s.id().value()).toList());
    assertTrue(by2025.members(OTS).withRole(Role.FOUNDING_MEMBER).parties().isEmpty());
    assertEquals(List.of(StateId.of("AZE"), StateId.of("KAZ"), StateId.of("KGZ"), StateId.of("TUR"),
        StateId.of("UZB")), by2025.members(OTS).withRole(Role.MEMBER).parties());
    // "intergovernmental" is said only in January 2026: the kind is unknown before
    assertEquals(OrganizationKind.UNKNOWN, by2025.corpus().organization(OTS).orElseThrow().kind());
    // Northern Cyprus is named only "Northern Cyprus" by then: the alias stands as its name
    assertEquals("Northern Cyprus", by2025.nameOf(StateId.of("XNC")));
    // the 2025 document attests its memberships in 2025: possibly, not definitely, on a day of it
    assertEquals(Certainty.POSSIBLY, by2025.members(OTS).asOf(LocalDate.of(2025, 6, 1)).includingPossible()
        .partyAnswers().get(0).certainty());
  }

  @Test
  void theOneDisagreementOfTheSeeds_isEcoLeftOffTheJanuary2026ListOfObservers() {
    List<Disagreement> all = ATLAS.disagreements();
    assertEquals(1, all.size(), all.toString());
    Disagreement d = all.get(0);
    assertEquals(Disagreement.Kind.LEFT_OFF_LIST, d.kind());
    assertEquals(ECO, d.fact());
    List<String> quotes = d.sides().stream().flatMap(s -> s.citations().stream()).map(Citation::quote).distinct().toList();
    assertEquals(List.of("The observers include Hungary (2018), Turkmenistan (2021), Northern Cyprus (2022) and"
        + " the Economic Cooperation Organization (2023).", "In addition to the five member states, Turkmenistan,"
        + " Hungary, and the de facto Turkish Republic of Northern Cyprus participate as observers."), quotes);
    assertEquals(LocalDate.of(2026, 1, 13), d.doubtfulDays().orElseThrow().lowerEndpoint());
    assertFalse(d.doubtfulDays().get().hasUpperBound(), "no later source attests ECO again");
  }

  @Test
  void anAnswerTheDisagreementDecides_carriesIt_andIsAtMostPossibly() {
    List<Answer<io.github.otsatlas.model.Membership>> on13 = ATLAS.members(OTS).asOf(LocalDate.of(2026, 1, 13))
        .withRole(Role.OBSERVER).includingPossible().list();
    Answer<io.github.otsatlas.model.Membership> eco = on13.stream().filter(a -> a.subject().ref().equals(ECO))
        .findFirst().orElseThrow();
    assertEquals(Certainty.POSSIBLY, eco.certainty());
    assertTrue(eco.isDisputed());
    // on a day before the list, the list decides nothing
    Answer<io.github.otsatlas.model.Membership> before = ATLAS.members(OTS).asOf(LocalDate.of(2024, 6, 1))
        .withRole(Role.OBSERVER).includingPossible().list().stream().filter(a -> a.subject().ref().equals(ECO))
        .findFirst().orElseThrow();
    assertFalse(before.isDisputed());
    // before the 2026 article, the sources agree
    assertTrue(ATLAS.asReportedBy(LocalDate.of(2026, 1, 12)).disagreements().isEmpty());
    assertEquals(1, ATLAS.asReportedBy(LocalDate.of(2026, 1, 13)).disagreements().size());
  }

  @Test
  void narrowedPastEverySourceThatCanCount_theSameAnswersAsTheWholeAtlas() {
    Atlas late = ATLAS.asReportedBy(LocalDate.of(2040, 1, 1));
    assertEquals(List.of("dzhuraev-roundtable-2024"), ids(late.sourcesLeftOut()), "the undated report never counts");
    assertEquals(ATLAS.members(OTS).asOf(LocalDate.of(2022, 12, 1)).includingPossible().list().toString(),
        late.members(OTS).asOf(LocalDate.of(2022, 12, 1)).includingPossible().list().toString());
    assertTrue(late.summits().withOrdinal(11).list().isEmpty(), "the 11th summit rests on the undated report alone");
  }
}
