package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.StateId;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Acceptance: the meetings, absences, invitations, relations and recognitions of the seed corpus, as queried. */
final class SeedNewKindsQueriesTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final StateId XNC = StateId.of("XNC");

  @Test
  void northernCyprus_missedTheSummitsHeldInUzbekistanAndKazakhstan() {
    assertEquals(Set.of("ots-summits-held-in-uzbekistan", "ots-summits-held-in-kazakhstan"),
        ATLAS.summits().missedBy(XNC).summits().stream().map(s -> s.id().value()).collect(Collectors.toSet()));
    Answer<?> uzbekistan = ATLAS.summits().missedBy(XNC).hostedIn(StateId.of("UZB")).list().get(0);
    assertTrue(uzbekistan.citations().get(0).quote().contains("Ersin Tatar, did not attend the OTS Summits held in"
        + " Uzbekistan and Kazakhstan"), uzbekistan.citations().toString());
    // undated, so a summit of the collective kind is only possibly in any one year
    assertTrue(ATLAS.summits().missedBy(XNC).during(Year.of(2022)).list().isEmpty());
    assertEquals(2, ATLAS.summits().missedBy(XNC).during(Year.of(2022)).possibleLeftOut());
  }

  @Test
  void meetings_areNotSummits_andTheG20InvitationIsNoAttendance() {
    assertTrue(ATLAS.summits().summits().stream().noneMatch(s -> s.id().value().equals("ots-secretary-general-us-visit-2025-12")));
    assertEquals(List.of("ots-secretary-general-us-visit-2025-12"), ATLAS.meetings().ofKind(MeetingKind.VISIT).meetings()
        .stream().map(m -> m.id().value()).toList());
    assertEquals(List.of("g20-meeting-miami"), ATLAS.meetings().invited(StateId.of("KAZ")).meetings().stream()
        .map(m -> m.id().value()).toList());
    assertTrue(ATLAS.meetings().invited(StateId.of("KAZ")).attendedBy(StateId.of("KAZ")).list().isEmpty());
  }

  @Test
  void theCsto_isLedByRussia_asTwoDocumentsSay() {
    Answer<Organization> csto = ATLAS.organizations().ledBy(StateId.of("RUS")).list().get(0);
    assertEquals(OrganizationId.of("CSTO"), csto.subject().id());
    Set<String> sources = csto.citations().stream().map(c -> c.source().value()).collect(Collectors.toSet());
    assertEquals(Set.of("tni-coffey-2026", "turkey-central-asia-eu-2025"), sources);
  }

  @Test
  void bodiesWithinTheOts_andTheMiddleCorridorsPossibleLinks() {
    assertEquals(List.of("ALLIANCE-LOGISTICS-CENTRES", "OTS-SUB-WORKING-GROUP-DIGITALIZATION",
        "OTS-TRANSPORT-COORDINATION-COMMITTEE", "OTS-WORKING-GROUP-TRANSPORT-DEVELOPMENT"),
        ATLAS.organizations().within(OrganizationId.of("OTS")).organizations().stream().map(o -> o.id().code()).toList());
    assertEquals(List.of("middle-corridor"), ATLAS.corridors().canConnectTo(CorridorId.of("trans-afghan-corridor"))
        .corridors().stream().map(c -> c.id().value()).toList());
    assertTrue(ATLAS.corridors().connectsTo(CorridorId.of("trans-afghan-corridor")).list().isEmpty());
    assertEquals(List.of("middle-corridor"), ATLAS.corridors().withStakeholder(StateId.of("GEO")).corridors().stream()
        .map(c -> c.id().value()).toList());
  }

  @Test
  void turkeyFirstRecognisedCentralAsianStates_inTheEarly1990s_naming_none() {
    Answer<RecognitionAct> first = ATLAS.recognitions().by(StateId.of("TUR")).firstOnly()
        .during(PartialDate.parse("199X")).list().get(0);
    assertEquals(Certainty.DEFINITELY, first.certainty());
    assertTrue(first.subject().recognized().isEmpty());
    assertTrue(first.citations().get(0).quote().startsWith("In the early 1990s, Ankara was the first to recognise"));
    // the decade is never rounded to a year
    assertEquals(Certainty.POSSIBLY, ATLAS.recognitions().by(StateId.of("TUR")).firstOnly().during(Year.of(1991))
        .includingPossible().list().get(0).certainty());
    assertEquals(List.of("tur-recognises-xnc"), ATLAS.recognitions().of(XNC).recognitions().stream()
        .map(r -> r.id().value()).toList());
  }
}
