package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.AgreementId;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.ExerciseId;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance tests on the seed corpus: agreements and exercises selected by party, signatory,
 * date, host and framework, looked up by name, and corridors by the days their sources attest.
 */
final class SeedAgreementsAndExercisesTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final StateId TUR = StateId.of("TUR");
  private static final StateId KAZ = StateId.of("KAZ");

  private static List<String> ids(Query<?> q) {
    return q.list().stream().map(a -> ((io.github.otsatlas.model.Fact) a.subject()).ref().id()).toList();
  }

  @Test
  void turkeysAgreements_inDateOrder_and2023Only() {
    assertEquals(List.of("tur-tjk-financial-aid-protocol-2023", "tur-tjk-military-financial-cooperation-agreement-2023",
        "tur-tkm-simplified-customs-corridor-agreement-2024"), ids(ATLAS.agreements().withParty(TUR)));
    assertEquals(List.of("tur-tjk-financial-aid-protocol-2023", "tur-tjk-military-financial-cooperation-agreement-2023"),
        ids(ATLAS.agreements().withParty(TUR).during(Year.of(2023))));
    assertEquals(List.of("tur-tjk-military-financial-cooperation-agreement-2023"),
        ids(ATLAS.agreements().withParty(TUR).withParty(StateId.of("TJK")).ofKind(AgreementKind.AGREEMENT)));
  }

  @Test
  void theEPermitMemorandum_bySignatoryWords_hostAndSummit_quotesTheSentenceThatNamesTheSignatories() {
    String id = "e-permit-memorandum-2024";
    assertEquals(List.of(id), ids(ATLAS.agreements().signedBy("Transport Ministers")));
    assertEquals(List.of(), ids(ATLAS.agreements().signedBy("transport minister")), "whole words only");
    assertEquals(List.of(id), ids(ATLAS.agreements().hostedIn(StateId.of("AZE"))));
    assertEquals(List.of(id), ids(ATLAS.agreements().adoptedAt(SummitId.of("ots-informal-summit-azerbaijan-2024-07"))));
    Answer<?> a = ATLAS.agreements().signedBy("transport ministers").list().get(0);
    assertTrue(ATLAS.evidence(a).quotations().get(0).text().contains("by the transport ministers of the OTS"));
  }

  @Test
  void aMonthDatedAgreement_isDefiniteInItsMonth_possibleInHalfOfIt() {
    // the e-Permit memorandum is dated July 2024
    assertEquals(Certainty.DEFINITELY, ATLAS.agreements().signedBy("transport ministers")
        .during(YearMonth.of(2024, 7)).list().get(0).certainty());
    assertEquals(List.of(), ids(ATLAS.agreements().signedBy("transport ministers")
        .during(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 15))));
    assertEquals(Certainty.POSSIBLY, ATLAS.agreements().signedBy("transport ministers")
        .during(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 15)).includingPossible().list().get(0).certainty());
    assertEquals(1, ATLAS.agreements().signedBy("transport ministers").asOf(LocalDate.of(2024, 7, 6)).possibleLeftOut());
  }

  @Test
  void exercises_byParticipantYearHostAndFramework() {
    assertEquals(List.of("unity-2024"), ids(ATLAS.exercises().involving(KAZ).during(Year.of(2024))));
    assertEquals(List.of("efes", "kis"), ids(ATLAS.exercises().organizedBy(TUR)));
    assertEquals(List.of(), ids(ATLAS.exercises().withParticipant(TUR)));
    assertEquals(List.of("rubezh-2025"), ids(ATLAS.exercises().hostedIn(StateId.of("KGZ"))));
    assertEquals(List.of("rubezh-2025", "csto-drills-central-asia"),
        ids(ATLAS.exercises().underFramework(OrganizationId.of("CSTO"))));
    // the undated CSTO drills may or may not have been in 2025
    assertEquals(List.of("rubezh-2025"), ids(ATLAS.exercises().underFramework(OrganizationId.of("CSTO")).during(Year.of(2025))));
    assertEquals(1, ATLAS.exercises().underFramework(OrganizationId.of("CSTO")).during(Year.of(2025)).possibleLeftOut());
    assertEquals(List.of("ots-military-exercise-proposed-2026"),
        ids(ATLAS.exercises().withStatus(io.github.otsatlas.model.ExerciseStatus.PROPOSED)));
  }

  @Test
  void lookUp_byIdAndName_foldedAndAmbiguous() {
    assertEquals("Shusha Declaration", ATLAS.agreement(AgreementId.of("shusha-declaration-2021")).orElseThrow().name());
    assertEquals(ExerciseId.of("kis"), ATLAS.exercise("KIS").fact().id(), "Kış, folded");
    assertEquals("exercise:rubezh-2025 by NAME 'Rubezh-2025'", ATLAS.lookup("RUBEZH-2025").toString());
    assertEquals(AgreementId.of("shusha-declaration-2021"), ATLAS.agreement("shusha declaration").fact().id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ATLAS.exercise("Unity"));
    assertTrue(e.getMessage().contains("exercise:unity-2024") && e.getMessage().contains("exercise:unity-2025"),
        e.getMessage());
    assertTrue(ATLAS.agreement(AgreementId.of("no-such-agreement")).isEmpty());
  }

  @Test
  void corridors_byTheDaysTheirSourcesAttest() {
    // doc 002 speaks on 4 November 2024 of the Belt and Road Initiative
    assertTrue(ids(ATLAS.corridors().attestedOn(LocalDate.of(2024, 11, 4))).contains("belt-and-road-initiative"));
    // doc 003 is of 2025: a month of it is only POSSIBLY a day it speaks of
    assertEquals(List.of(), ids(ATLAS.corridors().through(KAZ).attestedDuring(YearMonth.of(2025, 3))));
    assertEquals(Certainty.POSSIBLY, ATLAS.corridors().through(KAZ).attestedDuring(YearMonth.of(2025, 3))
        .includingPossible().list().get(0).certainty());
    assertEquals(ids(ATLAS.corridors().through(KAZ).attestedDuring(Year.of(2025))),
        ids(ATLAS.corridors().through(KAZ).attestedDuring(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
    assertThrows(IllegalStateException.class, () -> ATLAS.corridors().attestedOn(LocalDate.of(2025, 1, 1))
        .attestedDuring(Year.of(2025)));
    assertEquals("corridors().through(KAZ).attestedDuring(2025).includingPossible()",
        ATLAS.corridors().through(KAZ).attestedDuring(Year.of(2025)).includingPossible().toString());
  }
}
