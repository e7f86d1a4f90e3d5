package io.github.otsatlas.model;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Partial dates of every precision, decades included, over a few decades of years. */
final class PartialDateProperties {

  @Provide
  Arbitrary<PartialDate> dates() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1985, 2005);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 31);
    Arbitrary<Integer> precisions = Arbitraries.integers().between(0, 3);
    return Combinators.combine(precisions, years, months, days).as((p, y, m, d) -> {
      switch (p) {
        case 0:
          return PartialDate.ofDecade(y / 10 * 10);
        case 1:
          return PartialDate.ofYear(y);
        case 2:
          return PartialDate.ofMonth(y, m);
        default:
          return PartialDate.ofDay(y, m, Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth()));
      }
    });
  }

  @Property
  void parse_invertsToString(@ForAll("dates") PartialDate d) {
    check(PartialDate.parse(d.toString()).equals(d), d + " does not parse back");
  }

  @Property
  void compareTo_isConsistentWithEquals(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    check((a.compareTo(b) == 0) == a.equals(b), a + " and " + b);
    check(Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)), a + " and " + b);
  }

  @Property
  void compatible_exactlyWhenSomeDayIsCoveredByBoth(
      @ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    boolean shared = false;
    for (LocalDate day = a.earliest(); !day.isAfter(a.latest()); day = day.plusDays(1)) {
      if (b.covers(day)) {
        shared = true;
        break;
      }
    }
    check(a.isCompatibleWith(b) == shared, a + " and " + b);
    check(a.isCompatibleWith(b) == b.isCompatibleWith(a), a + " and " + b);
  }

  @Property
  void agreed_isTheFinerOfTwoCompatibleDates(
      @ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    var agreed = PartialDate.agreed(List.of(a, b));
    if (!a.isCompatibleWith(b)) {
      check(agreed.isEmpty(), a + " and " + b + " agreed on " + agreed);
      return;
    }
    PartialDate finer = a.dayCount() <= b.dayCount() ? a : b;
    check(agreed.orElseThrow().equals(finer), a + " and " + b + " agreed on " + agreed);
    check(a.covers(finer.earliest()) && a.covers(finer.latest())
        && b.covers(finer.earliest()) && b.covers(finer.latest()), a + " and " + b);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
