package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PartialDateTest {

  @Test
  void parse_year_keepsYearPrecision() {
    PartialDate d = PartialDate.parse("2019");
    assertEquals(PartialDate.Precision.YEAR, d.precision());
    assertEquals(LocalDate.of(2019, 1, 1), d.earliest());
    assertEquals(LocalDate.of(2019, 12, 31), d.latest());
    assertEquals("2019", d.toString());
  }

  @Test
  void parse_month_knowsTheMonthsLastDay() {
    PartialDate d = PartialDate.parse("2024-02");
    assertEquals(LocalDate.of(2024, 2, 29), d.latest());
    assertEquals(29, d.dayCount());
  }

  @Test
  void parse_day_isExact() {
    PartialDate d = PartialDate.parse("2024-11-06");
    assertEquals(d.earliest(), d.latest());
    assertEquals(1, d.dayCount());
  }

  @Test
  void parse_impossibleDay_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-02-30"));
    assertTrue(e.getMessage().contains("2023-02-30"), e.getMessage());
  }

  @Test
  void parse_month13_fails() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-13"));
  }

  @Test
  void parse_otherForms_fail() {
    for (String bad : new String[] {"", "19", "2019-1", "2019-01-1", "unknown", "2019/01", " 2019", "0000",
        "199x", "19XX", "199X-01", "000X", "1990s"}) {
      assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
    }
  }

  @Test
  void isBefore_yearAgainstDayInside_isPossible() {
    assertEquals(Certainty.POSSIBLY, PartialDate.parse("2021").isBefore(LocalDate.of(2021, 6, 1)));
    assertEquals(Certainty.DEFINITELY, PartialDate.parse("2021").isBefore(LocalDate.of(2022, 1, 1)));
    assertEquals(Certainty.NOT, PartialDate.parse("2021").isBefore(LocalDate.of(2021, 1, 1)));
  }

  @Test
  void compareTo_ordersByEarliestThenLatest() {
    assertTrue(PartialDate.parse("2021").compareTo(PartialDate.parse("2021-01-05")) < 0);
    assertTrue(PartialDate.parse("2021-01-05").compareTo(PartialDate.parse("2021-02")) < 0);
    assertTrue(PartialDate.parse("2021-01").compareTo(PartialDate.parse("2021")) < 0);
  }

  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  @Test
  void isCompatibleWith_aMonthInsideItsYear_isCompatibleBothWays() {
    assertTrue(d("2021").isCompatibleWith(d("2021-11")));
    assertTrue(d("2021-11").isCompatibleWith(d("2021")));
    assertTrue(d("2021-11-05").isCompatibleWith(d("2021-11")));
    assertTrue(d("2021").isCompatibleWith(d("2021")));
  }

  @Test
  void isCompatibleWith_datesSharingNoDay_areNot() {
    assertFalse(d("2021").isCompatibleWith(d("2022")));
    assertFalse(d("2022").isCompatibleWith(d("2021")));
    assertFalse(d("2021-11").isCompatibleWith(d("2021-12")));
    assertFalse(d("2021-11-30").isCompatibleWith(d("2021-12")));
    assertFalse(d("2021-11-05").isCompatibleWith(d("2021-11-06")));
  }

  @Test
  void agreed_aYearAndAMonthOfIt_isTheMonth() {
    assertEquals(Optional.of(d("2021-11")), PartialDate.agreed(List.of(d("2021"), d("2021-11"))));
    assertEquals(Optional.of(d("2021-11")), PartialDate.agreed(List.of(d("2021-11"), d("2021"))));
    assertEquals(Optional.of(d("2021-11-05")),
        PartialDate.agreed(List.of(d("2021-11"), d("2021"), d("2021-11-05"))));
  }

  @Test
  void agreed_oneDate_isThatDate() {
    assertEquals(Optional.of(d("2019")), PartialDate.agreed(List.of(d("2019"))));
  }

  @Test
  void agreed_twoYears_isNone() {
    assertEquals(Optional.empty(), PartialDate.agreed(List.of(d("2021"), d("2022"))));
  }

  @Test
  void agreed_twoMonthsOfOneLength_isNone() {
    // January and March have 31 days each: neither is finer, and they share no day
    assertEquals(Optional.empty(), PartialDate.agreed(List.of(d("2021-01"), d("2021-03"))));
    assertEquals(Optional.empty(), PartialDate.agreed(List.of(d("2021"), d("2021-01"), d("2021-03"))));
  }

  @Test
  void agreed_aDateCompatibleWithOnlyOneOfTwo_isNone() {
    assertEquals(Optional.empty(), PartialDate.agreed(List.of(d("2021-11"), d("2021"), d("2022"))));
  }

  @Test
  void agreed_noDates_isNone() {
    assertEquals(Optional.empty(), PartialDate.agreed(List.of()));
  }

  @Test
  void parse_decade_keepsDecadePrecision() {
    PartialDate d = PartialDate.parse("199X");
    assertEquals(PartialDate.Precision.DECADE, d.precision());
    assertEquals(PartialDate.ofDecade(1990), d);
    assertEquals(LocalDate.of(1990, 1, 1), d.earliest());
    assertEquals(LocalDate.of(1999, 12, 31), d.latest());
    assertEquals(3652, d.dayCount());
    assertEquals("199X", d.toString());
    assertEquals("001X", PartialDate.ofDecade(10).toString());
  }

  @Test
  void ofDecade_notTheFirstYearOfADecade_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofDecade(1993));
    assertTrue(e.getMessage().contains("1993"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartialDate.ofDecade(0));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.ofDecade(10000));
  }

  @Test
  void decade_isCompatibleWithItsYearsOnly_andNeverAgreedAsAYearItDoesNotName() {
    PartialDate nineties = PartialDate.parse("199X");
    assertTrue(nineties.isCompatibleWith(PartialDate.parse("1991-12")));
    assertTrue(!nineties.isCompatibleWith(PartialDate.parse("2000")));
    assertTrue(!nineties.isCompatibleWith(PartialDate.parse("198X")));
    assertEquals(java.util.Optional.of(PartialDate.parse("1992")),
        PartialDate.agreed(java.util.List.of(nineties, PartialDate.parse("1992"))));
    assertEquals(java.util.Optional.of(nineties), PartialDate.agreed(java.util.List.of(nineties)));
    assertEquals(Certainty.POSSIBLY, nineties.isBefore(LocalDate.of(1995, 1, 1)));
    assertEquals(Certainty.DEFINITELY, nineties.isBefore(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void compareTo_placesADecadeAfterItsFirstYearAndBeforeTheNext() {
    PartialDate nineties = PartialDate.parse("199X");
    assertTrue(PartialDate.parse("1990").compareTo(nineties) < 0);
    assertTrue(nineties.compareTo(PartialDate.parse("1990-02")) < 0);
    assertTrue(nineties.compareTo(PartialDate.parse("1991")) < 0);
    assertTrue(PartialDate.parse("198X").compareTo(PartialDate.parse("1989")) < 0);
  }
}
