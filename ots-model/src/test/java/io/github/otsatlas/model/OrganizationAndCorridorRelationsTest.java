package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who leads, founded, hosts an organization and its framework; a corridor's stakeholders and possible links. */
final class OrganizationAndCorridorRelationsTest {
  private static final SourceId ONE = SourceId.of("one");
  private static final SourceId TWO = SourceId.of("two");
  private static final StateId AAA = StateId.of("AAA");
  private static final StateId BBB = StateId.of("BBB");
  private static final String LED = "The Arcadia-led Pact was created under the framework of the League by the"
      + " river ministers of Borduria, and Borduria hosts it.";
  private static final String ROAD = "The Long Road can be connected to the Short Road; its stakeholders are Arcadia and Borduria.";
  private static final String TEXT_TWO = "Arcadia, Borduria, the League, the Long Road and the Short Road.";

  private static Citation cite(SourceId source, String quote, String... claims) {
    return Citation.of(source, quote, Arrays.stream(claims).map(c -> {
      int eq = c.indexOf('=');
      return new Claim(Attribute.ofField(c.substring(0, eq)).orElseThrow(), c.substring(eq + 1));
    }).toList());
  }

  private static State state(StateId id, String name) {
    return State.builder().id(id).name(name).recognition(Recognition.UNKNOWN)
        .addCitations(cite(TWO, name, "name=" + name)).build();
  }

  private static Organization.Builder orgBuilder(String code, String name, SourceId source) {
    Organization.Builder b = Organization.builder();
    b.id(OrganizationId.of(code)).kind(OrganizationKind.UNKNOWN)
        .addNames(OrganizationName.builder().name(name).addCitations(cite(source, name, "name=" + name)).build());
    return b;
  }

  private static Organization org(String code, String name, SourceId source) {
    return orgBuilder(code, name, source).build();
  }

  private static Organization pact(String bodies) {
    return orgBuilder("PACT", "Pact", ONE).addLedBy(AAA).addFounderBodies(bodies)
        .hostState(BBB).framework(OrganizationId.of("LEAGUE"))
        .addCitations(cite(ONE, LED, "ledBy=AAA", "founderBodies=" + bodies, "hostState=BBB", "framework=LEAGUE"))
        .build();
  }

  private static Corridor.Builder roadBuilder(String id, String name, SourceId source, String quote) {
    Corridor.Builder b = Corridor.builder();
    b.id(CorridorId.of(id)).name(name).kind(CorridorKind.UNKNOWN).status(CorridorStatus.UNKNOWN)
        .addCitations(cite(source, quote, "name=" + name));
    return b;
  }

  private static Corridor road(String id, String name, SourceId source, String quote) {
    return roadBuilder(id, name, source, quote).build();
  }

  private static Corpus corpus(Organization pact) {
    Corridor longRoad = roadBuilder("long-road", "Long Road", TWO, "the Long Road")
        .addCanConnectTo(CorridorId.of("short-road")).addStakeholders(AAA, BBB)
        .addCitations(cite(ONE, ROAD, "canConnectTo=short-road", "stakeholders=state:AAA", "stakeholders=state:BBB"))
        .build();
    return Corpus.builder()
        .sources(List.of(Source.builder().id(ONE).file("one.txt").language("en").text(LED + " " + ROAD).build(),
            Source.builder().id(TWO).file("two.txt").language("en").text(TEXT_TWO).build()))
        .states(List.of(state(AAA, "Arcadia"), state(BBB, "Borduria")))
        .organizations(List.of(pact, org("LEAGUE", "League", TWO)))
        .corridors(List.of(longRoad, road("short-road", "Short Road", TWO, "the Short Road"))).build();
  }

  @Test
  void relations_areClaims_andRefuseWordsTheQuoteDoesNotHold() {
    Corpus c = corpus(pact("river ministers of Borduria"));
    Organization p = c.organization(OrganizationId.of("PACT")).orElseThrow();
    assertEquals(List.of(AAA), p.ledBy());
    assertEquals(Optional.of(BBB), p.hostState());
    assertEquals(Optional.of(OrganizationId.of("LEAGUE")), p.framework());
    Corridor road = c.corridor(CorridorId.of("long-road")).orElseThrow();
    assertEquals(List.of(CorridorId.of("short-road")), road.canConnectTo());
    assertTrue(road.connectsTo().isEmpty(), "a possible connection is no connection");
    CorpusValidationException e = assertThrows(CorpusValidationException.class,
        () -> corpus(pact("railway heads of Borduria")));
    assertEquals(List.of(Rule.VALUE_QUOTED), e.violations().stream().map(Violation::rule).toList());
  }

  @Test
  void onlyFrom_dropsRelationsTheRemainingSourcesDoNotState() {
    Corpus two = corpus(pact("river ministers of Borduria")).onlyFrom(List.of(TWO));
    assertTrue(two.organization(OrganizationId.of("PACT")).isEmpty(), "the Pact is named by source one only");
    Corridor road = two.corridor(CorridorId.of("long-road")).orElseThrow();
    assertTrue(road.canConnectTo().isEmpty() && road.stakeholders().isEmpty());
  }

  @Test
  void selfReferences_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> orgBuilder("PACT", "Pact", ONE)
        .framework(OrganizationId.of("PACT")).build());
    assertThrows(IllegalArgumentException.class, () -> roadBuilder("long-road", "Long Road", TWO, "the Long Road").addConnectsTo(CorridorId.of("short-road"))
        .addCanConnectTo(CorridorId.of("short-road")).build());
  }
}
