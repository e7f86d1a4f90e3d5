package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.CorridorKind;
import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingId;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.RecognitionId;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitStatus;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organization and corridor relations, invitations and recognitions, on a corpus built here. */
final class RelationsAndRecognitionsQueryTest {
  private static final SourceId ONE = SourceId.of("one");
  private static final StateId AAA = StateId.of("AAA");
  private static final StateId BBB = StateId.of("BBB");
  private static final OrganizationId PACT = OrganizationId.of("PACT");
  private static final OrganizationId LEAGUE = OrganizationId.of("LEAGUE");
  private static final String LED = "The Arcadia-led Pact was founded by Borduria within the League.";
  private static final String ROAD = "The Long Road can be connected to the Short Road; Borduria is its stakeholder.";
  private static final String FAIR = "Arcadia invited Borduria to the Fair, to be held in 2030.";
  private static final String FIRST = "In the early 1990s, Arcadia was the first to recognise Borduria.";
  private static final String TEXT = String.join(" ", LED, ROAD, FAIR, FIRST);

  private static Citation cite(String quote, String... claims) {
    return Citation.of(ONE, quote, Arrays.stream(claims).map(c -> {
      int eq = c.indexOf('=');
      return new Claim(Attribute.ofField(c.substring(0, eq)).orElseThrow(), c.substring(eq + 1));
    }).toList());
  }

  private static State state(StateId id, String name) {
    return State.builder().id(id).name(name).recognition(Recognition.UNKNOWN)
        .addCitations(cite(name, "name=" + name)).build();
  }

  private static Organization.Builder org(OrganizationId id, String name) {
    Organization.Builder b = Organization.builder();
    b.id(id).kind(OrganizationKind.UNKNOWN)
        .addNames(OrganizationName.builder().name(name).addCitations(cite(name, "name=" + name)).build());
    return b;
  }

  private static Corridor.Builder road(String id, String name) {
    Corridor.Builder b = Corridor.builder();
    b.id(CorridorId.of(id)).name(name).kind(CorridorKind.UNKNOWN).status(CorridorStatus.UNKNOWN)
        .addCitations(cite(name, "name=" + name));
    return b;
  }

  private static final Atlas ATLAS = Atlas.of(Corpus.builder()
      .sources(List.of(Source.builder().id(ONE).file("one.txt").language("en").text(TEXT).build()))
      .states(List.of(state(AAA, "Arcadia"), state(BBB, "Borduria")))
      .organizations(List.of(
          org(PACT, "Pact").addLedBy(AAA).addFounders(BBB).framework(LEAGUE)
              .addCitations(cite(LED, "ledBy=AAA", "founders=state:BBB", "framework=LEAGUE")).build(),
          org(LEAGUE, "League").build()))
      .corridors(List.of(
          road("long-road", "Long Road").addCanConnectTo(CorridorId.of("short-road")).addStakeholders(BBB)
              .addCitations(cite(ROAD, "canConnectTo=short-road", "stakeholders=state:BBB")).build(),
          road("short-road", "Short Road").build()))
      .meetings(List.of(Meeting.builder().id(MeetingId.of("fair-2030")).name("The Fair").kind(MeetingKind.UNKNOWN)
          .date(PartialDate.parse("2030")).hostState(AAA).status(SummitStatus.SCHEDULED).addInvited(BBB)
          .addCitations(Citation.builder().source(ONE).quote(FAIR).addSupports(new Claim(Attribute.DATE, "2030"),
              new Claim(Attribute.HOST_STATE, "AAA"), new Claim(Attribute.STATUS, "SCHEDULED"),
              new Claim(Attribute.INVITED, "state:BBB")).asOf(PartialDate.parse("2026")).build())
          .build()))
      .recognitions(List.of(RecognitionAct.builder().id(RecognitionId.of("aaa-bbb")).recognizer(AAA)
          .addRecognized(BBB).date(PartialDate.parse("199X")).first(true)
          .addCitations(cite(FIRST, "recognizer=AAA", "recognized=BBB", "date=199X", "first=true")).build()))
      .build());

  @Test
  void organizations_byRelation() {
    assertEquals(List.of(PACT), ATLAS.organizations().ledBy(AAA).organizations().stream().map(Organization::id).toList());
    assertEquals(List.of(PACT), ATLAS.organizations().foundedBy(BBB).within(LEAGUE).organizations().stream()
        .map(Organization::id).toList());
    assertTrue(ATLAS.organizations().ledBy(BBB).list().isEmpty());
    Answer<Organization> pact = ATLAS.organizations().ledBy(AAA).list().get(0);
    assertEquals(LED, pact.citations().get(0).quote());
    assertThrows(IllegalStateException.class, () -> ATLAS.organizations().ledBy(AAA).ledBy(BBB));
    assertEquals("organizations().ledBy(AAA).within(LEAGUE)", ATLAS.organizations().ledBy(AAA).within(LEAGUE).toString());
  }

  @Test
  void corridors_possibleConnectionsAreNoConnections() {
    assertEquals(List.of("long-road"), ATLAS.corridors().canConnectTo(CorridorId.of("short-road")).corridors()
        .stream().map(c -> c.id().value()).toList());
    assertTrue(ATLAS.corridors().connectsTo(CorridorId.of("short-road")).list().isEmpty());
    assertEquals(1, ATLAS.corridors().withStakeholder(BBB).list().size());
    assertTrue(ATLAS.corridors().withStakeholder(AAA).list().isEmpty());
  }

  @Test
  void invited_isNotAttendance() {
    assertEquals(1, ATLAS.meetings().invited(BBB).list().size());
    assertTrue(ATLAS.meetings().attendedBy(BBB).list().isEmpty());
    assertEquals("meetings().invited(BBB)", ATLAS.meetings().invited(BBB).toString());
  }

  @Test
  void recognitions_keepTheDecade() {
    assertEquals(1, ATLAS.recognitions().by(AAA).of(BBB).firstOnly().list().size());
    // "the early 1990s" is the decade: definitely in the 1990s, only possibly in 1992
    assertEquals(Certainty.DEFINITELY, ATLAS.recognitions().during(PartialDate.parse("199X")).list().get(0).certainty());
    assertTrue(ATLAS.recognitions().during(Year.of(1992)).list().isEmpty());
    assertEquals(Certainty.POSSIBLY, ATLAS.recognitions().during(Year.of(1992)).includingPossible().list().get(0).certainty());
    assertTrue(ATLAS.recognitions().during(Year.of(2001)).includingPossible().list().isEmpty());
    assertTrue(ATLAS.recognitions().by(BBB).list().isEmpty());
    assertThrows(IllegalStateException.class, () -> ATLAS.recognitions().by(AAA).by(BBB));
    assertEquals("recognitions().by(AAA).firstOnly()", ATLAS.recognitions().by(AAA).firstOnly().toString());
  }
}
