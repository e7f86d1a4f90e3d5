package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The one query-state model: what a repeated step means, the time steps, long chains. */
final class QueryStepsTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final StateId KAZ = StateId.of("KAZ");
  private static final LocalDate DAY = LocalDate.of(2022, 1, 1);

  @Test
  void aSecondTimeStep_failsInEveryQueryType() {
    List<Supplier<Object>> twice = List.of(
        () -> ATLAS.members(OTS).asOf(DAY).during(Year.of(2021)),
        () -> ATLAS.organizations().withMember(KAZ).during(YearMonth.of(2021, 11)).asOf(DAY),
        () -> ATLAS.states().memberOfAll(OTS).asOf(DAY).during(PartialDate.parse("2021")),
        () -> ATLAS.summits().during(Year.of(2021)).asOf(DAY));
    for (Supplier<Object> s : twice) {
      IllegalStateException e = assertThrows(IllegalStateException.class, s::get);
      assertTrue(e.getMessage().contains("the time filter is already set"), e.getMessage());
    }
    assertThrows(IllegalStateException.class, () -> ATLAS.corridors().withStatus(
        io.github.otsatlas.model.CorridorStatus.OPERATING).withStatus(io.github.otsatlas.model.CorridorStatus.PLANNED));
    assertThrows(IllegalStateException.class, () -> ATLAS.summits().withOutcome(
        io.github.otsatlas.model.OutcomeKind.DECISION).withOutcome(io.github.otsatlas.model.OutcomeKind.RENAME));
  }

  @Test
  void duringAYearOrMonthOrPartialDate_isDuringItsDays() {
    assertEquals(ATLAS.members(OTS).during(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).includingPossible().list(),
        ATLAS.members(OTS).during(Year.of(2021)).includingPossible().list());
    assertEquals(ATLAS.members(OTS).during(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30)).list(),
        ATLAS.members(OTS).during(YearMonth.of(2021, 11)).list());
    assertEquals(ATLAS.summits().during(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).includingPossible().list(),
        ATLAS.summits().during(PartialDate.parse("2024")).includingPossible().list());
    assertEquals("members(OTS).during(2021)", ATLAS.members(OTS).during(Year.of(2021)).toString());
    assertEquals("summits().during(2021-11)", ATLAS.summits().during(YearMonth.of(2021, 11)).toString());
  }

  @Test
  void aSummitAsOfADay_isHeldThatDay() {
    // the 11th summit in Bishkek, 6 November 2024
    assertEquals(List.of("ots-summit-11-bishkek"), ATLAS.summits().of(OTS).asOf(LocalDate.of(2024, 11, 6))
        .summits().stream().map(s -> s.id().value()).toList());
  }

  @Test
  void fortyThousandChainedThroughs_buildInLinearTime_andStillAnswer() {
    CorridorQuery q = ATLAS.corridors();
    for (int i = 0; i < 40_000; i++) {
      q = q.through(i % 2 == 0 ? KAZ : StateId.of("AZE"));
    }
    List<String> expected = ATLAS.corridors().through(KAZ).through(StateId.of("AZE")).corridors().stream()
        .map(c -> c.id().value()).toList();
    assertTrue(!expected.isEmpty());
    assertEquals(expected, q.corridors().stream().map(c -> c.id().value()).toList());
    assertTrue(q.toString().startsWith("corridors().through(KAZ).through(AZE).through(KAZ)"), q.toString().substring(0, 80));
  }

  @Test
  void corridorIncludingPossible_addsNothingWhereNoSourcesDisagree() {
    assertEquals(ATLAS.corridors().through(KAZ).list(), ATLAS.corridors().through(KAZ).includingPossible().list());
    assertEquals(0, ATLAS.corridors().through(KAZ).possibleLeftOut());
    assertEquals("corridors().through(KAZ).includingPossible()", ATLAS.corridors().through(KAZ).includingPossible().toString());
  }

  @Test
  void aTimeOrRoleStepWithoutMembershipStep_isNotOffered() {
    // states() offers no time or role step until memberOfAll/Any/None(...) is given, as
    // organizations() offers none until withMember(...)
    for (Class<?> first : List.of(StateQuery.class, OrganizationQuery.class)) {
      for (String step : List.of("asOf", "during", "withRole")) {
        assertTrue(java.util.Arrays.stream(first.getMethods()).noneMatch(x -> x.getName().equals(step)),
            first.getSimpleName() + " offers " + step);
      }
    }
    for (Class<?> then : List.of(MemberStateQuery.class, MemberOrganizationQuery.class)) {
      for (String step : List.of("asOf", "during", "withRole", "includingPossible")) {
        assertTrue(java.util.Arrays.stream(then.getMethods()).anyMatch(x -> x.getName().equals(step)),
            then.getSimpleName() + " lacks " + step);
      }
    }
    // a second membership step is not offered either: the organizations are set once
    assertTrue(java.util.Arrays.stream(MemberStateQuery.class.getMethods())
        .noneMatch(x -> x.getName().startsWith("memberOf")));
    assertEquals(ATLAS.organizations().withMember(KAZ).withRole(Role.MEMBER).list(),
        ATLAS.organizations().withMember(KAZ).withRole(Role.MEMBER).includingPossible().list().stream()
            .filter(Answer::isDefinite).toList());
  }

  @Test
  void recognitionSteps_carryOverToTheMembershipQuery_andAnswerWithTimeSteps() {
    // Northern Cyprus, recognized by Türkiye alone, has been an OTS observer since 2022
    StateId tur = StateId.of("TUR");
    MemberStateQuery q = ATLAS.states().recognizedBy(tur).memberOfAny(OTS).asOf(DAY).withRole(Role.OBSERVER)
        .includingPossible();
    assertEquals("states().memberOfAny(OTS).recognizedBy(TUR).asOf(2022-01-01).withRole(OBSERVER).includingPossible()",
        q.toString());
    assertEquals(ATLAS.states().memberOfAny(OTS).recognizedBy(tur).asOf(DAY).withRole(Role.OBSERVER)
        .includingPossible().list(), q.list());
    assertEquals(ATLAS.states().recognizedBy(tur).states().stream()
        .filter(s -> ATLAS.states().memberOfAny(OTS).asOf(DAY).withRole(Role.OBSERVER).includingPossible()
            .states().contains(s)).toList(), q.states());
    assertEquals(List.of(), ATLAS.states().withRecognition(io.github.otsatlas.model.Recognition.RECOGNIZED)
        .recognizedBy(tur).states());
    assertThrows(IllegalStateException.class, () -> ATLAS.states().withRecognition(
        io.github.otsatlas.model.Recognition.DE_FACTO).memberOfAll(OTS).withRecognition(
        io.github.otsatlas.model.Recognition.DE_FACTO));
  }
}
