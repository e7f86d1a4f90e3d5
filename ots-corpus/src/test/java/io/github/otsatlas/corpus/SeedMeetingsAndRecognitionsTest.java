package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingId;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.RecognitionId;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test: the seed corpus's meetings (which are not summits), absences, delegates,
 * collective summits and recognitions, each pinned to its sentence.
 */
final class SeedMeetingsAndRecognitionsTest {
  private static final Corpus SEEDS = SeedCorpus.load();
  private static final SourceId TURKEY_EU = SourceId.of("turkey-central-asia-eu-2025");
  private static final SourceId TNI = SourceId.of("tni-coffey-2026");
  private static final SourceId AVIM = SourceId.of("avim-coffey-2026");
  private static final Party XNC = Party.parse("state:XNC");
  private static final String TATAR = "However, the then Turkish Cypriot leader, Ersin Tatar, did not attend the"
      + " OTS Summits held in Uzbekistan and Kazakhstan, but he did participate in those held in Turkey,"
      + " Kyrgyzstan and Azerbaijan.";

  @Test
  void summits_holdNoMeeting_everySummitIsCalledASummitByItsNameOrASentence() {
    for (Summit s : SEEDS.summits()) {
      boolean called = s.name().toLowerCase(Locale.ROOT).contains("summit")
          || s.citations().stream().anyMatch(c -> c.quote().toLowerCase(Locale.ROOT).contains("summit"));
      assertTrue(called, s.id() + " is called a summit by no name or sentence");
    }
    Set<String> summitIds = SEEDS.summits().stream().map(s -> s.id().value()).collect(Collectors.toSet());
    for (Meeting m : SEEDS.meetings()) {
      assertFalse(summitIds.contains(m.id().value()), m.id() + " is both a meeting and a summit");
    }
    assertEquals(MeetingKind.MINISTERIAL, meeting("aze-tur-uzb-trilateral-ministerial-2-ankara").kind());
    assertEquals(MeetingKind.OFFICIALS, meeting("ots-defence-industry-heads-meeting-1-istanbul").kind());
    assertEquals(MeetingKind.VISIT, meeting("ots-secretary-general-us-visit-2025-12").kind());
    assertEquals(MeetingKind.CONFERENCE, meeting("altai-international-environmental-conference-2025-07").kind());
    assertEquals(MeetingKind.ROUNDTABLE, meeting("roundtable-strengthening-regional-unity-2024-11-04").kind());
    // "the leaders of ... during the meeting": no sentence makes it a summit, nor says its kind
    assertEquals(MeetingKind.UNKNOWN, meeting("aze-tkm-uzb-leaders-meeting-2025-08").kind());
    assertEquals(14, SEEDS.summits().size());
    assertEquals(10, SEEDS.meetings().size());
    assertEquals(SEEDS.summits().size() + SEEDS.meetings().size(), SEEDS.gatherings().size());
  }

  @Test
  void cisSecurityCouncilSecretaries_aMeetingOfOfficials_hostedByShoigu() {
    Meeting m = meeting("cis-security-council-secretaries-moscow-2025-11-05");
    assertEquals(MeetingKind.OFFICIALS, m.kind());
    assertEquals(Optional.of(PartialDate.parse("2025-11-05")), m.date());
    assertEquals(Optional.of("Moscow"), m.hostCity());
    assertEquals(List.of(Delegate.of(Party.parse("state:RUS"), "Sergey Shoigu", "Secretary of the Security Council")),
        m.delegates());
    Citation c = m.citations().get(0);
    assertEquals(TURKEY_EU, c.source());
    assertEquals("Tellingly, during the meeting of CIS Security Council secretaries that took place in Moscow on"
        + " 5 November 2025, hosted by Russia’s Secretary of the Security Council Sergey Shoigu, one of the key"
        + " questions addressed was “countering the ideological expansion of the West”.", c.quote());
    assertTrue(c.supports(new Claim(Attribute.KIND, "OFFICIALS")));
    assertTrue(c.supports(new Claim(Attribute.DELEGATES, m.delegates().get(0).key())));
  }

  @Test
  void secretaryGeneralsVisit_hasOmuralievForTheOts_andKapurForTheUnitedStates() {
    Meeting m = meeting("ots-secretary-general-us-visit-2025-12");
    Delegate omuraliev = Delegate.of(Party.parse("organization:OTS"), "Kubanychbek Omuraliev", "Secretary General");
    Delegate kapur = Delegate.of(Party.parse("state:USA"), "S. Paul Kapur",
        "Assistant Secretary of State for South and Central Asian Affairs");
    assertTrue(m.delegates().containsAll(List.of(omuraliev, kapur)), m.delegates().toString());
    assertEquals(Optional.of(true), m.attended(kapur.party()));
    Citation washington = m.citations().stream().filter(c -> c.quote().startsWith("While visiting Washington"))
        .findFirst().orElseThrow();
    assertTrue(washington.supports(new Claim(Attribute.DELEGATES, kapur.key())));
    // "Secretary-General" in that sentence is not the title "Secretary General": it does not support him
    assertFalse(washington.supports(new Claim(Attribute.DELEGATES, omuraliev.key())));
    // As reported by the republication alone, which has the first sentence only: Omuraliev stays, Kapur not
    Meeting reprint = SEEDS.onlyFrom(List.of(AVIM)).meeting(m.id()).orElseThrow();
    assertTrue(reprint.delegates().contains(omuraliev));
    assertFalse(reprint.delegates().contains(kapur));
  }

  @Test
  void tatar_isAbsentFromTheOtsSummitsHeldInUzbekistan_aCollectiveRecordWithoutADate() {
    Summit s = SEEDS.summit(SummitId.of("ots-summits-held-in-uzbekistan")).orElseThrow();
    assertTrue(s.collective());
    assertEquals(List.of(StateId.of("UZB")), s.hostStates());
    assertEquals(Optional.empty(), s.date());
    assertEquals(Optional.empty(), s.ordinal());
    assertEquals(List.of(XNC), s.absence());
    assertEquals(Optional.of(false), s.attended(XNC));
    assertEquals(List.of(Delegate.of(XNC, "Ersin Tatar", "Turkish Cypriot leader")), s.delegatesOf(XNC));
    Citation c = s.citations().get(0);
    assertEquals(TATAR, c.quote());
    assertTrue(c.supports(new Claim(Attribute.ABSENCE, "state:XNC")));
    assertTrue(c.supports(new Claim(Attribute.COLLECTIVE, "true")));
    // the same sentence: he did participate in those held in Turkey
    Summit turkey = SEEDS.summit(SummitId.of("ots-summits-held-in-turkey")).orElseThrow();
    assertEquals(Optional.of(true), turkey.attended(XNC));
    assertEquals(TATAR, turkey.citations().get(0).quote());
    // no sentence joins them to the dated summits held there: Samarkand 2022 reports no absence
    assertEquals(Optional.empty(), SEEDS.summit(SummitId.of("ots-summit-samarkand-2022-11")).orElseThrow().attended(XNC));
  }

  @Test
  void mirziyoyev_presidentOfUzbekistan_isADelegateAtTheOctober2025Summit() {
    Summit s = SEEDS.summit(SummitId.of("ots-summit-gabala-2025-10")).orElseThrow();
    Party uzb = Party.parse("state:UZB");
    assertEquals(List.of(Delegate.of(uzb, "Shavkat Mirziyoyev", "president")), s.delegatesOf(uzb));
    Citation c = s.citations().stream().filter(x -> x.supports(new Claim(Attribute.DELEGATES, Delegate.of(uzb, "Shavkat Mirziyoyev", "president").key())))
        .findFirst().orElseThrow();
    assertEquals("At the recent OTS Summit in October 2025, the president of Uzbekistan, Shavkat Mirziyoyev,"
        + " suggested establishing a Permanent Council of Turkic States for Economic Partnership with headquarters"
        + " in Tashkent.", c.quote());
  }

  @Test
  void g20MeetingInMiami_isScheduled_andTheInvitedStatesDidNotAttend() {
    Meeting m = meeting("g20-meeting-miami");
    assertEquals(SummitStatus.SCHEDULED, m.status());
    assertEquals(Optional.of("Miami"), m.hostCity());
    assertEquals(Optional.empty(), m.date());
    assertTrue(m.attendance().isEmpty(), "an invitation is not an attendance");
    assertEquals(Optional.empty(), m.attended(Party.parse("state:KAZ")));
    assertEquals(LocalDate.of(2026, 1, 13), m.statusOn(LocalDate.of(2026, 1, 13)).orElseThrow().asOf().earliest());
    assertEquals(TNI, m.citations().get(0).source());
  }

  @Test
  void northernCyprus_recognisedByTurkey_withNoDate() {
    RecognitionAct r = SEEDS.recognition(RecognitionId.of("tur-recognises-xnc")).orElseThrow();
    assertEquals(StateId.of("TUR"), r.recognizer());
    assertEquals(List.of(StateId.of("XNC")), r.recognized());
    assertEquals(List.of(), r.dates());
    assertFalse(r.first());
    assertTrue(r.citations().get(0).quote().startsWith("Northern Cyprus, recognised only by Turkey"));
  }

  @Test
  void turkeyFirstToRecogniseCentralAsianIndependence_inTheEarly1990s_isTheDecade199X() {
    RecognitionAct r = SEEDS.recognition(RecognitionId.of("tur-recognises-central-asian-states")).orElseThrow();
    PartialDate decade = r.date().orElseThrow();
    assertEquals("199X", decade.toString());
    assertEquals(PartialDate.Precision.DECADE, decade.precision());
    assertEquals(LocalDate.of(1990, 1, 1), decade.earliest());
    assertEquals(LocalDate.of(1999, 12, 31), decade.latest());
    assertTrue(r.first());
    assertTrue(r.recognized().isEmpty(), "the document never lists the Central Asian states");
    assertEquals(Optional.of("the independence of Central Asian states"), r.recognizedAs());
    Citation c = r.citations().get(0);
    assertEquals(TURKEY_EU, c.source());
    assertEquals("In the early 1990s, Ankara was the first to recognise the independence of Central Asian states"
        + " and to offer a new integration project to fill the power vacuum left by the collapse of the Soviet"
        + " Union.", c.quote());
    assertTrue(c.supports(new Claim(Attribute.DATE, "199X")));
    // only the 2025 document reports recognitions
    assertEquals(2, SEEDS.recognitions().size());
    assertTrue(SEEDS.onlyFrom(List.of(TNI)).recognitions().isEmpty());
  }

  private static Meeting meeting(String id) {
    return SEEDS.meeting(MeetingId.of(id)).orElseThrow(() -> new AssertionError("no meeting " + id));
  }
}
