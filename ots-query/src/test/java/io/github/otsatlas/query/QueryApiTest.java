package io.github.otsatlas.query;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class QueryApiTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  @Test
  void evidence_ofAFactOfAnotherCorpus_isIllegalArgument() {
    // it threw NoSuchElementException; the contract is IllegalArgumentException
    io.github.otsatlas.model.Membership hungary = ATLAS.corpus().membership(
        io.github.otsatlas.model.MembershipId.of("hun-ots-observer")).orElseThrow();
    io.github.otsatlas.model.Membership changed = hungary.withRole(Role.MEMBER);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ATLAS.evidence(changed));
    assertTrue(e.getMessage().contains("membership:hun-ots-observer"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ATLAS.evidence(io.github.otsatlas.model.FactRef.parse("membership:no-such-thing")));
  }

  @Test
  void toString_printsTheQuery() {
    assertEquals("members(OTS).asOf(2022-12-01).withRole(OBSERVER)",
        ATLAS.members(OTS).asOf(LocalDate.of(2022, 12, 1)).withRole(Role.OBSERVER).toString());
    assertEquals("corridors().through(AZE).bypassing(RUS)",
        ATLAS.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).toString());
    assertEquals("summits().of(OTS).hostedIn(UZB)",
        ATLAS.summits().of(OTS).hostedIn(StateId.of("UZB")).toString());
    assertEquals("states().memberOfAll(OTS, CSTO).asOf(2026-01-01).includingPossible()",
        ATLAS.states().memberOfAll(OTS, OrganizationId.of("CSTO")).asOf(LocalDate.of(2026, 1, 1))
            .includingPossible().toString());
  }

  @Test
  void eachStep_returnsANewQueryAndLeavesTheOldOne() {
    MembershipQuery all = ATLAS.members(OTS);
    MembershipQuery observers = all.withRole(Role.OBSERVER);
    assertNotSame(all, observers);
    assertEquals("members(OTS)", all.toString());
    assertTrue(all.count() > observers.count());
  }

  @Test
  void secondAsOf_failsLoudly() {
    MembershipQuery q = ATLAS.members(OTS).asOf(LocalDate.of(2022, 1, 1));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> q.asOf(LocalDate.of(2023, 1, 1)));
    assertTrue(e.getMessage().contains("members(OTS).asOf(2022-01-01)"), e.getMessage());
  }

  @Test
  void absentIds_giveEmptyAnswers_malformedIdsFail() {
    OrganizationId absent = OrganizationId.of("ZZZ");
    StateId nowhere = StateId.of("FRA");
    assertEquals(List.of(), ATLAS.members(absent).includingPossible().list());
    assertEquals(List.of(), ATLAS.members(absent).underName("Anything").parties());
    assertEquals(List.of(), ATLAS.timeline(absent));
    assertEquals(List.of(), ATLAS.organizations().withMember(nowhere).list());
    assertEquals(List.of(), ATLAS.states().memberOfAll(absent, OTS).list());
    assertEquals(List.of(), ATLAS.corridors().through(nowhere).list());
    assertEquals(List.of(), ATLAS.summits().of(absent).list());
    assertEquals(List.of(), ATLAS.summits().hostedIn(nowhere).list());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ATLAS.nameOf(nowhere));
    assertTrue(e.getMessage().contains("FRA"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StateId.of("fr"));
    assertThrows(IllegalArgumentException.class,
        () -> ATLAS.evidence(io.github.otsatlas.model.FactRef.parse("membership:no-such-membership")));
  }

  @Test
  void unknownName_listsTheNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ATLAS.members(OTS).underName("Turkic Union"));
    assertTrue(e.getMessage().contains("Organization of Turkic States"), e.getMessage());
  }

  @Test
  void results_areImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> ATLAS.members(OTS).list().clear());
    assertThrows(UnsupportedOperationException.class, () -> ATLAS.members(OTS).parties().clear());
    assertThrows(UnsupportedOperationException.class, () -> ATLAS.corridors().list().clear());
    assertThrows(UnsupportedOperationException.class, () -> ATLAS.timeline(OTS).clear());
  }

  @Test
  void reversedRange_fails() {
    assertThrows(IllegalArgumentException.class,
        () -> ATLAS.members(OTS).during(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
  }

  @Test
  void immutables_isNotOnAUsersClassPath() {
    // ots-model uses Immutables at compile time only (provided scope): a user of ots-query,
    // like this test, must not need it at run time.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
    assertEquals("membership:uzb-ots-member",
        ATLAS.corpus().membership(io.github.otsatlas.model.MembershipId.of("uzb-ots-member"))
            .orElseThrow().ref().toString());
  }

  @Test
  void seeded_isOneSharedInstance() {
    assertTrue(Atlas.seeded() == Atlas.seeded());
  }
}
