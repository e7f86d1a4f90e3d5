package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
    for (String bad : new String[] {"", "19", "2019-1", "2019-01-1", "unknown", "2019/01", " 2019", "0000"}) {
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
}
