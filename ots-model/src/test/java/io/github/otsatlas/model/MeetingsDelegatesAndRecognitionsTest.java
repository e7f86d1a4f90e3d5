package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meetings, absence, delegates, collective summits and recognitions on a corpus built here. */
final class MeetingsDelegatesAndRecognitionsTest {
  private static final SourceId ONE = SourceId.of("one");
  private static final SourceId TWO = SourceId.of("two");
  private static final StateId AAA = StateId.of("AAA");
  private static final StateId BBB = StateId.of("BBB");
  private static final String TEXT_ONE = "Arcadia and Borduria. The trade ministers of Arcadia met in Borduria in 2021,"
      + " where the Arcadian minister, Ana Vela, spoke. Borduria did not attend the summits held in Arcadia."
      + " In the early 1990s, Arcadia was the first to recognise the independence of the river states.";
  private static final String TEXT_TWO = "Borduria recognised Arcadia in 1993.";

  private static Source source(SourceId id, String text) {
    return Source.builder().id(id).file(id + ".txt").language("en").text(text).build();
  }

  private static State state(StateId id, String name) {
    return State.builder().id(id).name(name).recognition(Recognition.UNKNOWN)
        .addCitations(Citation.of(ONE, name, List.of(new Claim(Attribute.NAME, name)))).build();
  }

  private static Citation cite(SourceId source, String quote, String... claims) {
    return Citation.of(source, quote, java.util.Arrays.stream(claims).map(c -> {
      int eq = c.indexOf('=');
      return new Claim(Attribute.ofField(c.substring(0, eq)).orElseThrow(), c.substring(eq + 1));
    }).toList());
  }

  private static final String MET = "The trade ministers of Arcadia met in Borduria in 2021, where the Arcadian"
      + " minister, Ana Vela, spoke.";

  private static Meeting.Builder ministerial(String title) {
    return Meeting.builder().id(MeetingId.of("trade-ministers-2021")).name("Trade ministers, 2021")
        .kind(MeetingKind.MINISTERIAL).date(PartialDate.parse("2021")).hostState(BBB)
        .addAttendance(AAA).addDelegates(Delegate.of(AAA, "Ana Vela", title))
        .addCitations(cite(ONE, MET, "kind=MINISTERIAL", "date=2021", "hostState=BBB",
            "attendance=state:AAA", "delegates=Ana Vela (state:AAA)"));
  }

  private static final String ABSENT = "Borduria did not attend the summits held in Arcadia.";

  private static Summit collective() {
    return Summit.builder().id(SummitId.of("summits-in-arcadia")).name("Summits held in Arcadia")
        .format(SummitFormat.UNKNOWN).collective(true).hostState(AAA).addAbsence(BBB)
        .addCitations(cite(ONE, ABSENT, "collective=true", "hostState=AAA", "absence=state:BBB"))
        .build();
  }

  private static final String FIRST = "In the early 1990s, Arcadia was the first to recognise the independence of"
      + " the river states.";

  private static RecognitionAct first(String words) {
    return RecognitionAct.builder().id(RecognitionId.of("arcadia-river-states")).recognizer(AAA)
        .recognizedAs(words).date(PartialDate.parse("199X")).first(true)
        .addCitations(cite(ONE, FIRST, "recognizer=AAA", "recognizedAs=" + words, "date=199X", "first=true"))
        .build();
  }

  private static RecognitionAct borduriaRecognisesArcadia() {
    return RecognitionAct.builder().id(RecognitionId.of("borduria-arcadia")).recognizer(BBB)
        .addRecognized(AAA).date(PartialDate.parse("1993"))
        .addCitations(cite(TWO, TEXT_TWO, "recognizer=BBB", "recognized=AAA", "date=1993")).build();
  }

  private static Corpus corpus(Meeting meeting, RecognitionAct recognition) {
    return Corpus.builder().sources(List.of(source(ONE, TEXT_ONE), source(TWO, TEXT_TWO)))
        .states(List.of(state(AAA, "Arcadia"), state(BBB, "Borduria"))).summits(List.of(collective()))
        .meetings(List.of(meeting)).recognitions(List.of(recognition, borduriaRecognisesArcadia())).build();
  }

  @Test
  void meetingsAndSummits_areKindsApart() {
    Corpus c = corpus(ministerial("minister").build(), first("the independence of the river states"));
    assertEquals(List.of(SummitId.of("summits-in-arcadia")), c.summits().stream().map(Summit::id).toList());
    Meeting m = c.meeting(MeetingId.of("trade-ministers-2021")).orElseThrow();
    assertEquals(MeetingKind.MINISTERIAL, m.kind());
    assertEquals(Optional.of(m), c.fact(FactRef.parse("meeting:trade-ministers-2021")));
    assertEquals(2, c.gatherings().size());
    assertTrue(c.facts().contains(m));
  }

  @Test
  void attendanceAbsenceAndDelegates_areClaimsOfTheEvent() {
    Corpus c = corpus(ministerial("minister").build(), first("the independence of the river states"));
    Meeting m = c.meetings().get(0);
    assertEquals(Optional.of(true), m.attended(AAA));
    assertEquals(Optional.empty(), m.attended(BBB));
    assertEquals(List.of(Delegate.of(AAA, "Ana Vela", "minister")), m.delegatesOf(AAA));
    assertTrue(m.claims().contains(new Claim(Attribute.DELEGATES, "Ana Vela (state:AAA)")), m.claims().toString());
    Summit s = c.summits().get(0);
    assertEquals(Optional.of(false), s.attended(BBB));
    assertTrue(s.collective());
    assertTrue(s.dates().isEmpty());
  }

  @Test
  void delegateTitleNotInItsQuote_breaksValueQuoted() {
    CorpusValidationException e = assertThrows(CorpusValidationException.class,
        () -> corpus(ministerial("foreign minister").build(), first("the independence of the river states")));
    assertEquals(List.of(Rule.VALUE_QUOTED), e.violations().stream().map(Violation::rule).toList());
    assertEquals(List.of(FactRef.parse("meeting:trade-ministers-2021")), e.violations().get(0).records());
  }

  @Test
  void recognizedAsNotInItsQuote_breaksValueQuoted() {
    CorpusValidationException e = assertThrows(CorpusValidationException.class,
        () -> corpus(ministerial("minister").build(), first("the river states' independence")));
    assertEquals(List.of(Rule.VALUE_QUOTED), e.violations().stream().map(Violation::rule).toList());
  }

  @Test
  void recognition_keepsItsDecade_andNamesNoStateTheSourceDoesNotName() {
    Corpus c = corpus(ministerial("minister").build(), first("the independence of the river states"));
    RecognitionAct r = c.recognition(RecognitionId.of("arcadia-river-states")).orElseThrow();
    assertEquals(PartialDate.Precision.DECADE, r.date().orElseThrow().precision());
    assertTrue(r.recognized().isEmpty());
    assertTrue(r.first());
    assertEquals(List.of(AAA), c.recognition(RecognitionId.of("borduria-arcadia")).orElseThrow().recognized());
  }

  @Test
  void invalidRecords_areRefusedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> ministerial("minister").addAbsence(AAA).build(),
        "attending and absent");
    assertThrows(IllegalArgumentException.class, () -> ministerial("minister")
        .addDelegates(Delegate.person(BBB, "Ben Ora")).build(), "a delegate of a party neither attending nor absent");
    assertThrows(IllegalArgumentException.class, () -> new Delegate(AAA, Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> Summit.builder().id(SummitId.of("x")).name("X")
        .format(SummitFormat.UNKNOWN).collective(true).addCitations(cite(ONE, ABSENT, "collective=true")).build(),
        "a collective summit without a host state");
    assertThrows(IllegalArgumentException.class, () -> RecognitionAct.builder().id(RecognitionId.of("x"))
        .recognizer(AAA).addCitations(cite(ONE, FIRST, "recognizer=AAA")).build(), "recognising nobody");
    assertThrows(IllegalArgumentException.class, () -> RecognitionAct.builder().id(RecognitionId.of("x"))
        .recognizer(AAA).addRecognized(AAA).addCitations(cite(ONE, FIRST, "recognizer=AAA")).build());
  }

  @Test
  void builderViolations_areWhatBuildWouldThrow() {
    RecognitionAct byNobody = RecognitionAct.builder().id(RecognitionId.of("ccc")).recognizer(StateId.of("CCC"))
        .addRecognized(AAA).addCitations(cite(TWO, TEXT_TWO, "recognizer=CCC", "recognized=AAA")).build();
    Corpus.Builder b = Corpus.builder().sources(List.of(source(ONE, TEXT_ONE), source(TWO, TEXT_TWO)))
        .states(List.of(state(AAA, "Arcadia"), state(BBB, "Borduria"))).recognitions(List.of(byNobody));
    List<Violation> found = b.violations();
    CorpusValidationException e = assertThrows(CorpusValidationException.class, b::build);
    assertEquals(e.violations(), found);
    assertTrue(Corpus.builder().sources(List.of(source(ONE, TEXT_ONE))).states(List.of(state(AAA, "Arcadia")))
        .violations().isEmpty());
  }

  @Test
  void unknownRecognizer_isAReference() {
    RecognitionAct byNobody = RecognitionAct.builder().id(RecognitionId.of("ccc")).recognizer(StateId.of("CCC"))
        .addRecognized(AAA).addCitations(cite(TWO, TEXT_TWO, "recognizer=CCC", "recognized=AAA")).build();
    CorpusValidationException e = assertThrows(CorpusValidationException.class,
        () -> corpus(ministerial("minister").build(), byNobody));
    assertTrue(e.violations().stream().anyMatch(v -> v.rule() == Rule.REFERENCE && v.path().equals("/recognizer")),
        e.violations().toString());
  }

  @Test
  void onlyFrom_dropsWhatTheSourcesLeftOutSay() {
    Corpus whole = corpus(ministerial("minister").build(), first("the independence of the river states"));
    Corpus two = whole.onlyFrom(List.of(TWO));
    // source two names no state, so no recognition and no meeting can stay
    assertTrue(two.meetings().isEmpty());
    assertTrue(two.recognitions().isEmpty());
    Corpus one = whole.onlyFrom(List.of(ONE));
    assertEquals(1, one.meetings().size());
    assertEquals(List.of(Delegate.of(AAA, "Ana Vela", "minister")), one.meetings().get(0).delegates());
    // Borduria's recognition of Arcadia rests on source two alone
    assertEquals(List.of(RecognitionId.of("arcadia-river-states")),
        one.recognitions().stream().map(RecognitionAct::id).toList());
    assertTrue(one.summits().get(0).collective());
    assertFalse(one.summits().get(0).absence().isEmpty());
  }
}
