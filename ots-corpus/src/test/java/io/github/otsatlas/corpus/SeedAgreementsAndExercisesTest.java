package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementId;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.ExerciseId;
import io.github.otsatlas.model.ExerciseStatus;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Acceptance test: agreements and exercises of the seed corpus, each pinned to its sentence. */
final class SeedAgreementsAndExercisesTest {
  private static final Corpus SEEDS = SeedCorpus.load();
  private static final SourceId TURKEY_EU = SourceId.of("turkey-central-asia-eu-2025");

  @Test
  void ePermitMemorandum_signedByTheTransportMinisters_atTheInformalSummitInAzerbaijan() {
    Agreement a = SEEDS.agreement(AgreementId.of("e-permit-memorandum-2024")).orElseThrow();
    assertEquals(AgreementKind.MEMORANDUM, a.kind());
    assertEquals(List.of("the transport ministers of the OTS"), a.signatories());
    assertTrue(a.parties().isEmpty(), "the ministers' states are not named: no party");
    assertEquals(Optional.of(PartialDate.parse("2024-07")), a.date());
    assertEquals(Optional.of(StateId.of("AZE")), a.hostState());
    assertEquals(Optional.of(SummitId.of("ots-informal-summit-azerbaijan-2024-07")), a.adoptedAt());
    Citation c = a.citations().get(0);
    assertEquals(TURKEY_EU, c.source());
    assertTrue(c.quote().contains("signed at the informal OTS Summit in Azerbaijan in July 2024 by the"
        + " transport ministers of the OTS"), c.quote());
    assertTrue(c.supports(new Claim(io.github.otsatlas.model.Attribute.SIGNATORIES,
        "the transport ministers of the OTS")));
    assertTrue(SEEDS.summit(a.adoptedAt().orElseThrow()).isPresent());
  }

  @Test
  void rubezh2025_aCstoDrillInKyrgyzstan_september2025() {
    Exercise e = SEEDS.exercise(ExerciseId.of("rubezh-2025")).orElseThrow();
    assertEquals(Optional.of("Rubezh-2025"), e.name());
    assertEquals(ExerciseStatus.HELD, e.status());
    assertEquals(Optional.of(PartialDate.parse("2025-09")), e.date());
    assertEquals(Optional.of(StateId.of("KGZ")), e.hostState());
    assertEquals(Optional.of(OrganizationId.of("CSTO")), e.framework());
    assertEquals("As part of the CSTO military drills, Russia is integrating strategies to counter drone"
        + " attacks, applying its experiences in the Ukraine war, as exemplified in the “Rubezh-2025”"
        + " exercise, conducted in Kyrgyzstan in September 2025.", e.citations().get(0).quote());
  }

  @Test
  void proposedOtsExercise_isProposedNotHeld_andKeepsItsYear() {
    Exercise e = SEEDS.exercise(ExerciseId.of("ots-military-exercise-proposed-2026")).orElseThrow();
    assertEquals(ExerciseStatus.PROPOSED, e.status());
    assertEquals(Optional.empty(), e.name());
    assertEquals(Optional.of(PartialDate.parse("2026")), e.date());
    assertTrue(e.citations().get(0).quote().contains(
        "Azerbaijan proposing to host the first-ever OTS military exercise sometime in 2026"));
  }

  @Test
  void unityExercises_twoRecords_oneSentence_eachItsYearAndHost() {
    Exercise first = SEEDS.exercise(ExerciseId.of("unity-2024")).orElseThrow();
    Exercise second = SEEDS.exercise(ExerciseId.of("unity-2025")).orElseThrow();
    assertEquals(first.participants(), second.participants());
    assertEquals(5, first.participants().size());
    assertEquals(List.of(StateId.of("KAZ")), first.hostStates());
    assertEquals(List.of(StateId.of("UZB")), second.hostStates());
    assertEquals(first.citations().get(0).quote(), second.citations().get(0).quote());
  }

  @Test
  void seedCounts_andNeitherKindIsASummit() {
    assertEquals(16, SEEDS.agreements().size());
    assertEquals(13, SEEDS.exercises().size());
    assertTrue(SEEDS.facts().containsAll(SEEDS.agreements()) && SEEDS.facts().containsAll(SEEDS.exercises()));
    assertTrue(SEEDS.disagreements().stream().noneMatch(d -> d.fact().kind().name().equals("AGREEMENT")
        || d.fact().kind().name().equals("EXERCISE")));
    // Narrowed to the 2025 document, the Turkey–Tajikistan agreement keeps both parties.
    Corpus only2025 = SEEDS.onlyFrom(List.of(TURKEY_EU));
    Agreement tjk = only2025.agreement(AgreementId.of("tur-tjk-military-financial-cooperation-agreement-2023"))
        .orElseThrow();
    assertEquals(List.of(StateId.of("TUR"), StateId.of("TJK")), tjk.parties());
    assertTrue(only2025.agreement(AgreementId.of("armenia-azerbaijan-peace-deal")).isEmpty());
  }
}
