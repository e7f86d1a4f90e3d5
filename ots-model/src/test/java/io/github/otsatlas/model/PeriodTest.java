package io.github.otsatlas.model;

import static io.github.otsatlas.model.Certainty.DEFINITELY;
import static io.github.otsatlas.model.Certainty.NOT;
import static io.github.otsatlas.model.Certainty.POSSIBLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PeriodTest {
  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  @Test
  void contains_yearPrecisionStart_followsTheDesignExample() {
    Period observer = Period.since(d("2021"));
    assertEquals(POSSIBLY, observer.contains(LocalDate.of(2021, 6, 1)));
    assertEquals(DEFINITELY, observer.contains(LocalDate.of(2022, 1, 1)));
    assertEquals(NOT, observer.contains(LocalDate.of(2020, 12, 31)));
  }

  @Test
  void contains_endIsExclusive() {
    Period p = Period.between(d("2019-03-01"), d("2019-03-05"));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2019, 3, 4)));
    assertEquals(NOT, p.contains(LocalDate.of(2019, 3, 5)));
  }

  @Test
  void contains_unknownStartHeldOnDay_isDefiniteFromThatDayWhileOngoing() {
    Period csto = Period.of(Optional.empty(), PeriodEnd.ongoing(), Optional.of(d("2024-11-04")));
    assertEquals(DEFINITELY, csto.contains(LocalDate.of(2024, 11, 4)));
    assertEquals(DEFINITELY, csto.contains(LocalDate.of(2030, 1, 1)));
    assertEquals(POSSIBLY, csto.contains(LocalDate.of(2024, 11, 3)));
    assertEquals(POSSIBLY, csto.contains(LocalDate.of(1950, 1, 1)));
  }

  @Test
  void contains_unknownStartAndEnd_isDefiniteOnlyOnTheHeldOnDay() {
    Period p = Period.of(Optional.empty(), PeriodEnd.unknown(), Optional.of(d("2024-11-04")));
    assertEquals(DEFINITELY, p.contains(LocalDate.of(2024, 11, 4)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2024, 11, 5)));
  }

  @Test
  void contains_unknownStartWithoutHeldOn_isNeverDefiniteBeforeTheEndsDayBefore() {
    Period p = Period.of(Optional.empty(), PeriodEnd.unknown());
    assertEquals(POSSIBLY, p.contains(LocalDate.of(2000, 1, 1)));
    assertTrue(p.definiteDays().isEmpty());
  }

  @Test
  void unknownStartOngoingWithoutHeldOn_isNeverDefinite() {
    Period p = Period.of(Optional.empty(), PeriodEnd.ongoing());
    assertTrue(p.definiteDays().isEmpty());
    assertEquals(POSSIBLY, p.contains(LocalDate.of(9999, 12, 31)));
    assertEquals(POSSIBLY, p.contains(LocalDate.of(1, 1, 1)));
    assertEquals(DEFINITELY, p.overlaps(Period.since(d("2019"))), "both run forever");
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
  void of_heldOnOutsidePeriod_isPeriodOrderViolation() {
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> Period.of(Optional.of(d("2020")), PeriodEnd.ongoing(), Optional.of(d("2019"))));
    assertEquals(Rule.PERIOD_ORDER, e.rule());
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
    assertEquals(DEFINITELY, Period.since(d("2009")).overlaps(Period.between(d("2015"), d("2017"))));
  }

  @Test
  void toString_printsBothEnds() {
    assertEquals("2019..ongoing", Period.since(d("2019")).toString());
    assertEquals("unknown..unknown (held on 2024-11)",
        Period.of(Optional.empty(), PeriodEnd.unknown(), Optional.of(d("2024-11"))).toString());
  }
}
