package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingId;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitId;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summits and meetings, attendance and absence, on a corpus of one source built here. */
final class MeetingQueryTest {
  private static final SourceId ONE = SourceId.of("one");
  private static final StateId AAA = StateId.of("AAA");
  private static final StateId BBB = StateId.of("BBB");
  private static final String MINISTERS = "The trade ministers of Arcadia met in Borduria in 2021, where the"
      + " Arcadian minister, Ana Vela, spoke.";
  private static final String ABSENT = "Borduria did not attend the summits held in Arcadia.";
  private static final String SUMMIT = "Arcadia and Borduria held a summit in Arcadia in 2021.";
  private static final String TEXT = MINISTERS + " " + ABSENT + " " + SUMMIT;

  private static Citation cite(String quote, String... claims) {
    return Citation.of(ONE, quote, Arrays.stream(claims).map(c -> {
      int eq = c.indexOf('=');
      return new Claim(Attribute.ofField(c.substring(0, eq)).orElseThrow(), c.substring(eq + 1));
    }).toList());
  }

  private static State state(StateId id, String name) {
    return State.builder().id(id).name(name).recognition(Recognition.UNKNOWN)
        .addCitations(Citation.of(ONE, name, List.of(new Claim(Attribute.NAME, name)))).build();
  }

  private static final Atlas ATLAS = Atlas.of(Corpus.builder()
      .sources(List.of(Source.builder().id(ONE).file("one.txt").language("en").text(TEXT).build()))
      .states(List.of(state(AAA, "Arcadia"), state(BBB, "Borduria")))
      .summits(List.of(
          Summit.builder().id(SummitId.of("summits-in-arcadia")).name("Summits held in Arcadia")
              .format(SummitFormat.UNKNOWN).collective(true).hostState(AAA).addAbsence(BBB)
              .addCitations(cite(ABSENT, "collective=true", "hostState=AAA", "absence=state:BBB")).build(),
          Summit.builder().id(SummitId.of("summit-2021")).name("Summit, 2021").format(SummitFormat.UNKNOWN)
              .date(PartialDate.parse("2021")).hostState(AAA).addAttendance(AAA, BBB)
              .addCitations(cite(SUMMIT, "date=2021", "hostState=AAA", "attendance=state:AAA",
                  "attendance=state:BBB")).build()))
      .meetings(List.of(Meeting.builder().id(MeetingId.of("trade-ministers-2021")).name("Trade ministers, 2021")
          .kind(MeetingKind.MINISTERIAL).date(PartialDate.parse("2021")).hostState(BBB).addAttendance(AAA)
          .addDelegates(Delegate.of(AAA, "Ana Vela", "minister"))
          .addCitations(cite(MINISTERS, "kind=MINISTERIAL", "date=2021", "hostState=BBB",
              "attendance=state:AAA", "delegates=Ana Vela (state:AAA)")).build()))
      .build());

  /** One selection written once for both kinds, through the steps they share. */
  private static <Q extends GatheringQuery<Q, ?>> List<String> attendedBy(Q query, StateId party) {
    return query.attendedBy(party).during(Year.of(2021)).list().stream()
        .map(a -> a.subject().ref().toString()).toList();
  }

  @Test
  void gatheringQuery_selectsSummitsAndMeetingsAlike() {
    assertEquals(List.of("summit:summit-2021"), attendedBy(ATLAS.summits(), AAA));
    assertEquals(List.of("meeting:trade-ministers-2021"), attendedBy(ATLAS.meetings(), AAA));
    assertEquals(List.of("summit:summit-2021"), attendedBy(ATLAS.summits(), BBB));
    assertEquals(List.of(), attendedBy(ATLAS.meetings(), BBB));
  }

  @Test
  void summits_neverReturnAMeeting_andMeetingsNeverASummit() {
    assertEquals(List.of("summit-2021", "summits-in-arcadia"),
        ATLAS.summits().summits().stream().map(s -> s.id().value()).toList());
    assertEquals(List.of("trade-ministers-2021"), ATLAS.meetings().meetings().stream().map(m -> m.id().value()).toList());
    assertEquals(1, ATLAS.meetings().ofKind(MeetingKind.MINISTERIAL).list().size());
    assertTrue(ATLAS.meetings().ofKind(MeetingKind.VISIT).list().isEmpty());
  }

  @Test
  void attendedBy_andMissedBy_followWhatTheSourceReports() {
    assertEquals(List.of("summit-2021"),
        ATLAS.summits().attendedBy(BBB).summits().stream().map(s -> s.id().value()).toList());
    assertEquals(List.of("summits-in-arcadia"),
        ATLAS.summits().missedBy(BBB).summits().stream().map(s -> s.id().value()).toList());
    // silence is not absence: no source says Arcadia missed a summit
    assertTrue(ATLAS.summits().missedBy(AAA).list().isEmpty());
    assertTrue(ATLAS.meetings().missedBy(BBB).list().isEmpty());
    Answer<Meeting> vela = ATLAS.meetings().attendedBy(AAA).list().get(0);
    assertTrue(vela.citations().get(0).quote().contains("Ana Vela"), vela.citations().toString());
  }

  @Test
  void collectiveRecords_areUndated_soOnlyPossiblyInAYear() {
    assertEquals(List.of("summit-2021"),
        ATLAS.summits().during(Year.of(2021)).summits().stream().map(s -> s.id().value()).toList());
    List<Answer<Summit>> possible = ATLAS.summits().during(Year.of(2021)).includingPossible().list();
    assertEquals(2, possible.size());
    assertEquals(Certainty.POSSIBLY, possible.get(1).certainty());
    assertEquals(1, ATLAS.summits().during(Year.of(2021)).possibleLeftOut());
    assertEquals(List.of("summit-2021"), ATLAS.summits().individualOnly().summits().stream()
        .map(s -> s.id().value()).toList());
    assertEquals(List.of("summits-in-arcadia"), ATLAS.summits().collectiveOnly().summits().stream()
        .map(s -> s.id().value()).toList());
  }

  @Test
  void valueSteps_canBeSetOnce_andToStringShowsTheSteps() {
    MeetingQuery q = ATLAS.meetings().ofKind(MeetingKind.MINISTERIAL).hostedIn(BBB).missedBy(AAA);
    assertEquals("meetings().ofKind(MINISTERIAL).hostedIn(BBB).missedBy(AAA)", q.toString());
    assertThrows(IllegalStateException.class, () -> q.ofKind(MeetingKind.VISIT));
    assertThrows(IllegalStateException.class, () -> q.hostedIn(AAA));
    assertThrows(IllegalStateException.class, () -> ATLAS.summits().individualOnly().collectiveOnly());
    assertEquals("summits().collectiveOnly().missedBy(BBB)",
        ATLAS.summits().collectiveOnly().missedBy(BBB).toString());
  }
}
