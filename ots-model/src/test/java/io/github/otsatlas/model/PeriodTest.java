package io.github.otsatlas.model;

import static io.github.otsatlas.model.Certainty.DEFINITELY;
import static io.github.otsatlas.model.Certainty.NOT;
import static io.github.otsatlas.model.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PeriodTest {
  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  private static List<PartialDate> attested(String... days) {
    return java.util.Arrays.stream(days).map(PartialDate::parse).toList();
  }

  @Test
  void contains_yearPrecisionStart_followsTheDesignExample() {
    Period observer = Period.of(Optional.of(d("2021")), PeriodEnd.ongoing(), attested("2026-01-13"));
    assertEquals(POSSIBLY, observer.contains(LocalDate.of(2021, 6, 1)));
    assertEquals(DEFINITELY, observer.contains(LocalDate.of(2022, 1, 1)));
    assertEquals(NOT, observer.contains(LocalDate.of(2020, 12, 31)));
  }

  @Test
  void contains_ongoingWithoutAttestation_isNeverDefinite() {
    Period observer = Period.since(d("2021"));
    assertEquals(POSSIBLY, observer.contains(LocalDate.of(2022, 1, 1)));
    assertEquals(POSSIBLY, observer.contains(LocalDate.of(2040, 1, 1)));
    assertEquals(NOT, observer.contains(LocalDate.of(2020, 12, 31)));
    assertTrue(observer.definiteDays().isEmpty());
  }

  @Test
  void contains_pastTheLatestAttestation_isOnlyPossible() {
    Period observer = Period.of(Optional.of(d("2018")), PeriodEnd.ongoing(), attested("2026-01-13"));
    assertEquals(DEFINITELY, observer.contains(LocalDate.of(2026, 1, 13)));
    assertEquals(POSSIBLY, observer.contains(LocalDate.of(2026, 1, 14)));
    assertEquals(POSSIBLY, observer.contains(LocalDate.of(2040, 1, 1)));
    assertEquals(Optional.of(d("2026-01-13")), observer.horizon());
  }

  @Test
  void contains_yearAttestation_isDefiniteOnlyUpToItsFirstDay() {
    Period p = Period.of(Optional.of(d("2018")), PeriodEnd.ongoing(), attested("2025"));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2025, 1, 1)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2025, 1, 2)));
  }

  @Test
  void contains_unknownStartTwoAttestations_isDefiniteBetweenThem() {
    // "members of the CSTO ... in the fall of 2020", and again as of 2026-01-13
    Period csto = Period.of(Optional.empty(), PeriodEnd.ongoing(), attested("2020", "2026-01-13"));
    assertEquals(POSSIBLY, csto.contains(LocalDate.of(2020, 12, 30)));
    assertEquals(DEFINITELY, csto.contains(LocalDate.of(2020, 12, 31)));
    assertEquals(DEFINITELY, csto.contains(LocalDate.of(2023, 6, 1)));
    assertEquals(DEFINITELY, csto.contains(LocalDate.of(2026, 1, 13)));
    assertEquals(POSSIBLY, csto.contains(LocalDate.of(2026, 1, 14)));
    assertEquals(POSSIBLY, csto.contains(LocalDate.of(1950, 1, 1)));
  }

  @Test
  void contains_unknownStartAndEnd_isDefiniteOnlyOnTheAttestedDay() {
    Period p = Period.of(Optional.empty(), PeriodEnd.unknown(), attested("2024-11-04"));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2024, 11, 4)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2024, 11, 5)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2024, 11, 3)));
  }

  @Test
  void contains_datedEnd_needsNoAttestation() {
    Period p = Period.between(d("2019-03-01"), d("2019-03-05"));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2019, 3, 4)));
    assertEquals(NOT, p.contains(LocalDate.of(2019, 3, 5)));
  }

  @Test
  void unknownStartOngoingWithoutAttestation_isNeverDefinite() {
    Period p = Period.of(Optional.empty(), PeriodEnd.ongoing());
    assertTrue(p.definiteDays().isEmpty());
    assertEquals(POSSIBLY, p.contains(LocalDate.of(9999, 12, 31)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(1, 1, 1)));
    assertEquals(Optional.empty(), p.latestStart());
    assertEquals(Optional.empty(), p.earliestEnd());
    assertEquals(POSSIBLY, p.overlaps(Period.since(d("2019"))), "either may have ended at once");
  }

  @Test
  void overlaps_twoAttestedPeriods_isDefiniteWhereBothAreAttested() {
    Period a = Period.of(Optional.of(d("2009")), PeriodEnd.ongoing(), attested("2025"));
    Period b = Period.of(Optional.empty(), PeriodEnd.ongoing(), attested("2024-11-04"));
    assertEquals(DEFINITELY, a.overlaps(b));
  }

  @Test
  void of_endBeforeStart_isPeriodOrderViolation() {
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> Period.between(d("2020"), d("2019")));
    assertEquals(Rule.PERIOD_ORDER, e.rule());
  }

  @Test
  void of_sameYearStartAndEnd_isAllowedButNeverDefinite() {
    Period p = Period.between(d("2020"), d("2020"));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2020, 7, 1)));
    assertTrue(p.definiteDays().isEmpty());
  }

  @Test
  void of_attestationBeforeStart_isPeriodOrderViolation() {
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> Period.of(Optional.of(d("2020")), PeriodEnd.ongoing(), attested("2025", "2019")));
    assertEquals(Rule.PERIOD_ORDER, e.rule());
  }

  @Test
  void of_attestationOnOrAfterEnd_isPeriodOrderViolation() {
    assertThrows(RuleViolationException.class,
        () -> Period.of(Optional.of(d("2010")), PeriodEnd.on(d("2012-03")), attested("2012-06")));
  }

  @Test
  void overlaps_roleChangeOnASharedPartialDate_isOnlyPossible() {
    Period observer = Period.between(d("2018"), d("2019"));
    Period member = Period.since(d("2019"));
    assertEquals(POSSIBLY, observer.overlaps(member));
  }

  @Test
  void overlaps_roleChangeOnTheSameDay_isNot() {
    Period observer = Period.between(d("2018-04-01"), d("2019-10-15"));
    Period member = Period.since(d("2019-10-15"));
    assertEquals(NOT, observer.overlaps(member));
  }

  @Test
  void overlaps_nestedPeriods_isDefinite() {
    Period outer = Period.of(Optional.of(d("2009")), PeriodEnd.ongoing(), attested("2020"));
    assertEquals(DEFINITELY, outer.overlaps(Period.between(d("2015"), d("2017"))));
    assertEquals(POSSIBLY, Period.since(d("2009")).overlaps(Period.between(d("2015"), d("2017"))),
        "without an attestation the outer period may have ended in 2009");
  }

  @Test
  void toString_printsBothEnds() {
    assertEquals("2019..ongoing", Period.since(d("2019")).toString());
    assertEquals("unknown..unknown (attested 2020, 2024-11)",
        Period.of(Optional.empty(), PeriodEnd.unknown(), attested("2024-11", "2020", "2020")).toString());
  }
  @Test
  void of_disputedStarts_theDaysBetweenThemArePossible() {
    // one source says 2019, another 2021: a completion starts in either year
    Period p = Period.of(List.of(d("2019"), d("2021")), PeriodEnd.ongoing(), attested("2025"));
    assertEquals(NOT, p.contains(LocalDate.of(2018, 12, 31)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2019, 1, 1)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2020, 6, 1)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2021, 12, 30)));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2021, 12, 31)));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2025, 1, 1)));
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), p.latestStart());
    assertEquals(com.google.common.collect.Range.atLeast(LocalDate.of(2019, 1, 1)), p.possibleDays());
  }

  @Test
  void of_disputedStarts_haveNoAgreedStart() {
    Period p = Period.of(List.of(d("2021"), d("2019")), PeriodEnd.ongoing(), List.of());
    assertEquals(Optional.empty(), p.start());
    assertEquals(List.of(d("2021"), d("2019")), p.starts());
    assertEquals("2021|2019..ongoing", p.toString());
  }

  @Test
  void of_compatibleStarts_answerAsTheStartTheyAgreeOn() {
    // 2021-11 refines 2021: no disagreement, and no day of 2021 before November is possible
    Period p = Period.of(List.of(d("2021"), d("2021-11")), PeriodEnd.ongoing(), attested("2022"));
    Period refined = Period.of(Optional.of(d("2021-11")), PeriodEnd.ongoing(), attested("2022"));
    assertEquals(Optional.of(d("2021-11")), p.start());
    assertEquals(NOT, p.contains(LocalDate.of(2021, 3, 1)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2021, 11, 1)));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2021, 11, 30)));
    assertEquals(refined.possibleDays(), p.possibleDays());
    assertEquals(refined.definiteDays(), p.definiteDays());
  }

  @Test
  void of_compatibleStartsAndAnAttestationBeforeTheFinest_isPeriodOrderViolation() {
    // attested in March 2021, but both sources place the start in November 2021 or later
    assertThrows(RuleViolationException.class,
        () -> Period.of(List.of(d("2021"), d("2021-11")), PeriodEnd.ongoing(), attested("2021-03")));
  }

  @Test
  void of_noStarts_isAnUnknownStart() {
    assertEquals(Period.of(Optional.empty(), PeriodEnd.ongoing(), attested("2020")),
        Period.of(List.of(), PeriodEnd.ongoing(), attested("2020")));
  }

  @Test
  void of_aDisputedStartNotBeforeTheEnd_isPeriodOrderViolation() {
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> Period.of(List.of(d("2019"), d("2024")), PeriodEnd.on(d("2022")), List.of()));
    assertEquals(Rule.PERIOD_ORDER, e.rule());
    assertTrue(e.getMessage().contains("2024"), e.getMessage());
  }

  @Test
  void of_anAttestationBeforeOneOfTheDisputedStarts_isPeriodOrderViolation() {
    // "joined in 2019", "joined in 2021", "a member in 2020": the second start and the attestation
    // contradict each other, as they would with the first start left out
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> Period.of(List.of(d("2019"), d("2021")), PeriodEnd.ongoing(), attested("2020")));
    assertEquals(Rule.PERIOD_ORDER, e.rule());
    assertTrue(e.getMessage().contains("start 2021"), e.getMessage());
  }

  @Test
  void of_anAttestationAfterEveryDisputedStart_isAllowed() {
    Period p = Period.of(List.of(d("2019"), d("2021")), PeriodEnd.ongoing(), attested("2021-06", "2022"));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2021, 6, 1)));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2022, 1, 1)));
  }
}
