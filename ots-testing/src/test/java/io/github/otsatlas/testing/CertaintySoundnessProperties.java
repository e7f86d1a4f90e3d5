package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Soundness and completeness of {@link Period#contains} and {@link Period#overlaps} against a
 * brute-force enumeration of completions.
 *
 * <p>A completion of a period is a start day S, an end day E and a day K<sub>i</sub> for each
 * attestation, each drawn from its partial date (a missing start, and an end that is ongoing
 * or unknown, may be any day, an end also "never"), with {@code S <= K_i < E} and
 * {@code S < E}. The oracle enumerates completions and decides from them alone: DEFINITELY
 * when every completion has the outcome, NOT when none has, POSSIBLY when some have and some
 * have not. It shares no bound or formula with {@link Period}; the answer must match exactly,
 * so a too-strong answer (unsound) and a too-weak one (incomplete) both fail.
 *
 * <p>Enumerating every day of every partial date would cost up to 366<sup>5</sup> completions
 * per period, so the oracle draws S, E and K<sub>i</sub> from a small set of candidate days
 * that is still exact; {@link #candidates} explains why it suffices. Coverage statistics make
 * sure every outcome occurs, so the properties cannot pass vacuously, and the examples pin the
 * oracle itself to answers worked out by hand.
 */
final class CertaintySoundnessProperties {
  // "Before any day" and "never": far outside every generated date, far from overflow when a
  // level or two is added. The oracle's own, unrelated to Period's sentinels.
  private static final long LONG_AGO = Long.MIN_VALUE / 2;
  private static final long NEVER = Long.MAX_VALUE / 2;

  // Levels a gap between two neighbouring constants must offer (see candidates): one more
  // than the number of starts compared, 1 for contains and 2 for overlaps.
  private static final int CONTAINS_LEVELS = 2;
  private static final int OVERLAPS_LEVELS = 3;

  @Provide
  Arbitrary<Period> periods() {
    return AtlasArbitraries.periods(2020, 2021);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return AtlasArbitraries.days(2019, 2022);
  }

  /**
   * A period and a day, the day half the time on or next to one of the period's boundaries,
   * where an off-by-one in the bounds would show.
   */
  @Provide
  Arbitrary<Tuple2<Period, LocalDate>> periodsAndDays() {
    return periods().flatMap(p -> {
      List<LocalDate> edges = new ArrayList<>();
      for (PartialDate date : dates(p)) {
        edges.add(date.earliest());
        edges.add(date.latest());
      }
      Arbitrary<LocalDate> near = edges.isEmpty() ? days()
          : Combinators.combine(Arbitraries.of(edges), Arbitraries.integers().between(-1, 1))
              .as(LocalDate::plusDays);
      return Arbitraries.oneOf(near, days()).map(d -> Tuple.of(p, d));
    });
  }

  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void contains_isExactOverAllCompletions(
      @ForAll("periodsAndDays") Tuple2<Period, LocalDate> sample) {
    Period p = sample.get1();
    LocalDate day = sample.get2();
    Certainty claimed = p.contains(day);
    assertEquals(bruteContains(p, day), claimed, () -> p + " on " + day);

    Statistics.label("contains").collect(claimed);
    Statistics.label("contains").coverage(c -> {
      c.check(Certainty.DEFINITELY).count((Integer n) -> n > 0);
      c.check(Certainty.POSSIBLY).count((Integer n) -> n > 0);
      c.check(Certainty.NOT).count((Integer n) -> n > 0);
    });
  }

  @Property(tries = 400)
  @StatisticsReport(onFailureOnly = true)
  void overlaps_isExactOverAllPairsOfCompletionsAndSymmetric(
      @ForAll("periods") Period a, @ForAll("periods") Period b) {
    Certainty claimed = a.overlaps(b);
    assertEquals(bruteOverlaps(a, b), claimed, () -> a + " and " + b);
    assertEquals(claimed, b.overlaps(a), () -> "symmetry: " + a + " and " + b);

    Statistics.label("overlaps").collect(claimed);
    Statistics.label("overlaps").coverage(c -> {
      c.check(Certainty.DEFINITELY).count((Integer n) -> n > 0);
      c.check(Certainty.POSSIBLY).count((Integer n) -> n > 0);
      c.check(Certainty.NOT).count((Integer n) -> n > 0);
    });
  }

  // Hand-worked answers, checked against the oracle as well as against Period: a wrong oracle
  // could otherwise agree with a wrong Period.

  @Example
  void contains_observerIn2021() {
    Period observer = Period.since(PartialDate.parse("2021"));
    assertBoth(Certainty.NOT, observer, LocalDate.of(2020, 12, 31));
    assertBoth(Certainty.POSSIBLY, observer, LocalDate.of(2021, 6, 1));
    // No source reports an end, and none attests a later day: it may have ended in 2021.
    assertBoth(Certainty.POSSIBLY, observer, LocalDate.of(2022, 1, 1));
  }

  @Example
  void contains_attestationsBoundTheUnknown() {
    // Unknown start, ongoing: held on some day of 2020-03 and on 2021-05-10, nothing more.
    Period p = Period.of(Optional.empty(), PeriodEnd.ongoing(),
        List.of(PartialDate.parse("2020-03"), PartialDate.parse("2021-05-10")));
    assertBoth(Certainty.POSSIBLY, p, LocalDate.of(2020, 3, 30));
    assertBoth(Certainty.DEFINITELY, p, LocalDate.of(2020, 3, 31));
    assertBoth(Certainty.DEFINITELY, p, LocalDate.of(2021, 5, 10)); // the horizon
    assertBoth(Certainty.POSSIBLY, p, LocalDate.of(2021, 5, 11));
    // The end is the first day it no longer held: even its latest day is outside.
    Period closed = Period.between(PartialDate.parse("2020"), PartialDate.parse("2021-02"));
    assertBoth(Certainty.POSSIBLY, closed, LocalDate.of(2021, 2, 27));
    assertBoth(Certainty.NOT, closed, LocalDate.of(2021, 2, 28));
    assertBoth(Certainty.DEFINITELY, closed, LocalDate.of(2020, 12, 31));
  }

  @Example
  void overlaps_handWorked() {
    Period year2020 = Period.between(PartialDate.parse("2020"), PartialDate.parse("2021"));
    Period from2021 = Period.since(PartialDate.parse("2021"));
    // 2020-12-31 lies in every completion of both.
    assertBoth(Certainty.DEFINITELY, year2020,
        Period.between(PartialDate.parse("2020-06"), PartialDate.parse("2022")));
    // 2021-03-01 lies in every completion of both.
    assertBoth(Certainty.DEFINITELY,
        Period.of(Optional.empty(), PeriodEnd.unknown(), List.of(PartialDate.parse("2021-03-01"))),
        Period.between(PartialDate.parse("2021-02"), PartialDate.parse("2021-04")));
    // 2020 may end on 2021-01-01, or on 2021-12-31 after 2021 has started.
    assertBoth(Certainty.POSSIBLY, year2020, from2021);
    // Completions are independent: a period need not overlap itself in every pair.
    Period unknown = Period.of(Optional.empty(), PeriodEnd.unknown());
    assertBoth(Certainty.POSSIBLY, unknown, unknown);
    assertBoth(Certainty.NOT,
        Period.ofDays(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)), from2021);
    // The end is exclusive: ending on the other's first day shares no day.
    assertBoth(Certainty.NOT, Period.ofDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 5, 31)),
        Period.since(PartialDate.parse("2020-06-01")));
  }

  private static void assertBoth(Certainty expected, Period p, LocalDate day) {
    assertEquals(expected, bruteContains(p, day), () -> "oracle: " + p + " on " + day);
    assertEquals(expected, p.contains(day), () -> p + " on " + day);
  }

  private static void assertBoth(Certainty expected, Period a, Period b) {
    assertEquals(expected, bruteOverlaps(a, b), () -> "oracle: " + a + " and " + b);
    assertEquals(expected, a.overlaps(b), () -> a + " and " + b);
    assertEquals(expected, b.overlaps(a), () -> b + " and " + a);
  }

  /** Whether {@code day} lies in every completion of {@code p}, in some or in none. */
  private static Certainty bruteContains(Period p, LocalDate day) {
    long d = day.toEpochDay();
    List<Long> constants = constants(p);
    constants.add(d);
    boolean someIn = false;
    boolean someOut = false;
    for (long[] c : completions(p, candidates(constants, CONTAINS_LEVELS))) {
      if (c[0] <= d && d < c[1]) {
        someIn = true;
      } else {
        someOut = true;
      }
    }
    return certainty(someIn, someOut);
  }

  /** Whether every pair of completions of {@code a} and {@code b} shares a day, some or none. */
  private static Certainty bruteOverlaps(Period a, Period b) {
    List<Long> constants = constants(a);
    constants.addAll(constants(b));
    long[] candidates = candidates(constants, OVERLAPS_LEVELS);
    List<long[]> as = completions(a, candidates);
    List<long[]> bs = completions(b, candidates);
    boolean someShare = false;
    boolean someApart = false;
    search:
    for (long[] ca : as) {
      for (long[] cb : bs) {
        // [Sa, Ea) and [Sb, Eb) share a day iff the later start comes before the earlier end.
        if (Math.max(ca[0], cb[0]) < Math.min(ca[1], cb[1])) {
          someShare = true;
        } else {
          someApart = true;
        }
        if (someShare && someApart) {
          break search; // POSSIBLY, whatever the rest shows
        }
      }
    }
    return certainty(someShare, someApart);
  }

  private static Certainty certainty(boolean someYes, boolean someNo) {
    // Period.of guarantees a completion; none found would mean the candidates miss some.
    assertFalse(!someYes && !someNo, "no completion enumerated");
    return !someNo ? Certainty.DEFINITELY : someYes ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /**
   * Every completion {S, E} of {@code p} with S and E among {@code candidates}, for which every
   * attestation has a day K among the candidates with S <= K < E.
   *
   * <p>Trying only candidate K is exact: if any K of attestation i fits, so does
   * max(earliest<sub>i</sub>, S), which is a candidate whenever S is, since earliest<sub>i</sub>
   * is a constant and S is a candidate.
   */
  private static List<long[]> completions(Period p, long[] candidates) {
    long[] s = p.start().map(CertaintySoundnessProperties::bounds)
        .orElse(new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    long[] e = p.end().date().map(CertaintySoundnessProperties::bounds)
        .orElse(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}); // ongoing or unknown: any, never
    List<long[]> ks = new ArrayList<>();
    for (PartialDate k : p.attestations()) {
      ks.add(within(candidates, bounds(k)));
    }
    List<long[]> completions = new ArrayList<>();
    for (long start : within(candidates, s)) {
      for (long end : within(candidates, e)) {
        if (start < end && everyAttestationFits(ks, start, end)) {
          completions.add(new long[] {start, end});
        }
      }
    }
    return completions;
  }

  private static boolean everyAttestationFits(List<long[]> ks, long start, long end) {
    for (long[] k : ks) {
      boolean fits = false;
      for (long day : k) {
        fits |= start <= day && day < end;
      }
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /**
   * The candidate days, given the constants: every partial date's earliest and latest day (and
   * the query day, for contains).
   *
   * <p>Why they suffice. Whether {S, E} is a completion and what its outcome is depends on S
   * and E only through comparisons with the constants and between a start and an end: S and E
   * lie in their (constant-bounded) dates; a fitting K<sub>i</sub> exists iff
   * S <= latest<sub>i</sub>, earliest<sub>i</sub> < E and S < E; the query day d is inside iff
   * S <= d < E; two completions share a day iff S<sub>a</sub> < E<sub>b</sub> and
   * S<sub>b</sub> < E<sub>a</sub>. No comparison is between two starts or two ends. So take any
   * completion (pair of completions) and move every value that is not a constant within the
   * gap between the neighbouring constants it lies in: comparisons with constants stay the
   * same. Give each value in a gap the level "number of distinct start values in the gap below
   * it": a start below an end gets a lower level than the end, an end at or below a start a
   * level not above it, so every start-versus-end comparison stays the same as long as the
   * levels keep their order. Levels run from 0 to the number of starts, so a gap needs
   * {@code levels} points (2 for contains, 3 for overlaps), fewer if it holds fewer days: the
   * points c+1, c+2, ... and c'-1 of a gap (c, c'), the sentinels LONG_AGO, LONG_AGO+1, ... and
   * c<sub>min</sub>-1 below every constant, c<sub>max</sub>+1, ... and NEVER above. Those are
   * exactly the constants shifted by -1 to levels-1 and the sentinels; so whatever outcome some
   * completion has, a candidate completion has too, and the enumeration is exact.
   */
  private static long[] candidates(List<Long> constants, int levels) {
    TreeSet<Long> days = new TreeSet<>();
    for (long c : constants) {
      for (int shift = -1; shift < levels; shift++) {
        days.add(c + shift);
      }
    }
    for (int level = 0; level < levels - 1; level++) {
      days.add(LONG_AGO + level);
    }
    days.add(NEVER);
    return days.stream().mapToLong(Long::longValue).toArray();
  }

  /** The candidates in the closed range {@code [bounds[0], bounds[1]]}, in order. */
  private static long[] within(long[] candidates, long[] bounds) {
    return java.util.Arrays.stream(candidates)
        .filter(day -> bounds[0] <= day && day <= bounds[1]).toArray();
  }

  private static List<PartialDate> dates(Period p) {
    List<PartialDate> dates = new ArrayList<>(p.attestations());
    p.start().ifPresent(dates::add);
    p.end().date().ifPresent(dates::add);
    return dates;
  }

  private static List<Long> constants(Period p) {
    List<Long> constants = new ArrayList<>();
    for (PartialDate date : dates(p)) {
      constants.addAll(List.of(bounds(date)[0], bounds(date)[1]));
    }
    return constants;
  }

  private static long[] bounds(PartialDate date) {
    return new long[] {date.earliest().toEpochDay(), date.latest().toEpochDay()};
  }
}
