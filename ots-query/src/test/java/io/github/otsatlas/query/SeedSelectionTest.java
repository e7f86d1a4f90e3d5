package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance test on the seed corpus: selection by recognition, attendance and outcome; answers for people. */
final class SeedSelectionTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final StateId KAZ = StateId.of("KAZ");

  @Test
  void northernCyprus_isTheDeFactoState_recognizedByTurkiye() {
    assertEquals(List.of(StateId.of("XNC")), ATLAS.states().withRecognition(Recognition.DE_FACTO).states());
    assertEquals(List.of(StateId.of("XNC")), ATLAS.states().recognizedBy(StateId.of("TUR")).states());
    assertEquals(ATLAS.corpus().states().size(), ATLAS.states().list().size());
  }

  @Test
  void corridorsThroughKazakhstan_showFirstAQuotationNamingIt() {
    List<Answer<Corridor>> answers = ATLAS.corridors().through(KAZ).list();
    assertTrue(!answers.isEmpty());
    for (Answer<Corridor> a : answers) {
      Evidence e = ATLAS.evidence(a);
      String first = e.quotations().get(0).text();
      assertTrue(first.contains("Kazakhstan"), a + ": " + first);
      assertTrue(NameIndex.fold(a.citations().get(0).quote()).contains("kazakhstan"), a.citations().toString());
    }
  }

  @Test
  void theSamarkandSummitGrantedAStatus_withItsQuotation() {
    List<Answer<Summit>> granted = ATLAS.summits().of(OrganizationId.of("OTS")).withOutcome(OutcomeKind.STATUS_GRANTED).list();
    assertEquals(List.of("ots-summit-samarkand-2022-11"), granted.stream().map(a -> a.subject().id().value()).toList());
    Evidence e = ATLAS.evidence(granted.get(0));
    assertTrue(e.claims().stream().anyMatch(c -> c.claim().attribute() == Attribute.KIND && !c.quotations().isEmpty()),
        e.claims().toString());
  }

  @Test
  void meetingsAttendedByKazakhstan_comeWithTheAttendanceQuotations() {
    // the sources report Kazakhstan at meetings (a conference, officials' meetings), at no summit
    assertTrue(ATLAS.summits().attendedBy(KAZ).list().isEmpty());
    List<Answer<io.github.otsatlas.model.Meeting>> attended = ATLAS.meetings().attendedBy(KAZ).list();
    assertTrue(attended.size() >= 2, attended.toString());
    for (Answer<io.github.otsatlas.model.Meeting> a : attended) {
      assertTrue(a.subject().attendance().contains(KAZ));
      Evidence e = ATLAS.evidence(a);
      assertTrue(e.claims().stream().anyMatch(c -> c.claim().attribute() == Attribute.ATTENDANCE
          && !c.quotations().isEmpty()), e.claims().toString());
    }
  }

  @Test
  void azerbaijansHistoryInTheConsultativeMeetings_isGuestThenMember() {
    assertEquals(List.of("aze-ca-consultative-guest", "aze-ca-consultative-member"),
        ATLAS.members(OrganizationId.of("CA-CONSULTATIVE-MEETINGS")).ofParty(StateId.of("AZE")).list().stream()
            .map(a -> a.subject().id().value()).toList());
  }

  @Test
  void answers_nameTheirSubjectForPeople() {
    assertEquals("membership:hun-ots-observer Hungary, OBSERVER of Organization of Turkic States (DEFINITELY)",
        ATLAS.members(OrganizationId.of("OTS")).list().stream()
            .filter(a -> a.subject().id().value().equals("hun-ots-observer")).findFirst().orElseThrow().toString());
  }
}
