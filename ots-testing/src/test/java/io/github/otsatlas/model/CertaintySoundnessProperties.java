package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.testing.AtlasArbitraries;
import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Soundness of three-valued certainty: against a brute-force enumeration of every
 * completion of a period's partial dates, DEFINITELY means the day is inside in every
 * completion, NOT in none, POSSIBLY in some but not all.
 *
 * <p>The periods' dates lie in 2020–2021 and the days in 2019–2022; an unknown start is
 * enumerated from the day before that window, and an unknown or ongoing end up to the day
 * after it and to "never", which covers every distinct case for days inside the window.
 */
final class CertaintySoundnessProperties {
  private static final long W0 = LocalDate.of(2019, 1, 1).toEpochDay();
  private static final long W1 = LocalDate.of(2022, 12, 31).toEpochDay();
  private static final long NEVER = Long.MAX_VALUE;

  @Provide
  Arbitrary<Period> periods() {
    return AtlasArbitraries.periods(2020, 2021);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return AtlasArbitraries.days(2019, 2022);
  }

  /** A period and a day, the day often on or next to one of the period's boundaries. */
  @Provide
  Arbitrary<net.jqwik.api.Tuple.Tuple2<Period, LocalDate>> periodsAndDays() {
    return periods().flatMap(p -> {
      java.util.List<LocalDate> edges = new java.util.ArrayList<>();
      p.start().ifPresent(s -> edges.addAll(java.util.List.of(s.earliest(), s.latest())));
      p.end().date().ifPresent(e -> edges.addAll(java.util.List.of(e.earliest(), e.latest())));
      p.heldOn().ifPresent(h -> edges.addAll(java.util.List.of(h.earliest(), h.latest())));
      Arbitrary<LocalDate> near = edges.isEmpty() ? days()
          : net.jqwik.api.Combinators.combine(
                  net.jqwik.api.Arbitraries.of(edges), net.jqwik.api.Arbitraries.integers().between(-1, 1))
              .as(LocalDate::plusDays);
      return net.jqwik.api.Arbitraries.oneOf(near, days()).map(d -> net.jqwik.api.Tuple.of(p, d));
    });
  }

  @Property(tries = 1000)
  void contains_agreesWithEveryCompletion(
      @ForAll("periodsAndDays") net.jqwik.api.Tuple.Tuple2<Period, LocalDate> sample) {
    Period p = sample.get1();
    LocalDate day = sample.get2();
    long d = day.toEpochDay();
    long[] s = startRange(p);
    long[] e = endRange(p);
    long[] k = heldOnRange(p);
    boolean someIn = false;
    boolean someOut = false;
    search:
    for (long start = s[0]; start <= s[1]; start++) {
      for (long end = e[0]; end <= e[1] + 1; end++) {
        long realEnd = end == e[1] + 1 ? (e[2] == 1 ? NEVER : Long.MIN_VALUE) : end;
        if (realEnd == Long.MIN_VALUE || !(start < realEnd)) {
          continue;
        }
        // a heldOn day K with start <= K < end must exist in the heldOn range
        if (Math.max(k[0], start) > Math.min(k[1], realEnd - 1)) {
          continue;
        }
        if (start <= d && d < realEnd) {
          someIn = true;
        } else {
          someOut = true;
        }
        if (someIn && someOut) {
          break search;
        }
      }
    }
    Certainty expected = someIn && !someOut ? Certainty.DEFINITELY
        : someIn ? Certainty.POSSIBLY : Certainty.NOT;
    assertEquals(expected, p.contains(day), () -> p + " on " + day);
  }

  @Property(tries = 300)
  void overlaps_agreesWithSampledCompletions(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    Certainty claimed = a.overlaps(b);
    assertEquals(claimed, b.overlaps(a), "overlap is symmetric");
    Random random = new Random(a.hashCode() * 31L + b.hashCode());
    for (int i = 0; i < 300; i++) {
      long[] ca = completion(a, random);
      long[] cb = completion(b, random);
      if (ca == null || cb == null) {
        continue;
      }
      boolean overlap = ca[0] < cb[1] && cb[0] < ca[1];
      if (claimed == Certainty.DEFINITELY) {
        assertEquals(true, overlap, () -> a + " and " + b);
      }
      if (claimed == Certainty.NOT) {
        assertEquals(false, overlap, () -> a + " and " + b);
      }
    }
  }

  /** A random completion {start, end} consistent with the period's constraints, or null. */
  private static long[] completion(Period p, Random r) {
    long[] s = startRange(p);
    long[] e = endRange(p);
    long[] k = heldOnRange(p);
    long start = pick(s[0], s[1], r);
    long end = e[2] == 1 && r.nextInt(4) == 0 ? NEVER : pick(e[0], e[1], r);
    if (p.isOngoing()) {
      end = NEVER;
    }
    if (!(start < end) || Math.max(k[0], start) > Math.min(k[1], end == NEVER ? NEVER - 1 : end - 1)) {
      return null;
    }
    return new long[] {start, end};
  }

  private static long pick(long lo, long hi, Random r) {
    return lo + (long) (r.nextDouble() * (hi - lo + 1));
  }

  private static long[] startRange(Period p) {
    return p.start()
        .map(s -> new long[] {s.earliest().toEpochDay(), s.latest().toEpochDay()})
        .orElse(new long[] {W0 - 1, W1 + 1});
  }

  /** {first, last, neverAllowed}: the finite end days enumerated, and whether "never" is too. */
  private static long[] endRange(Period p) {
    switch (p.end().kind()) {
      case ONGOING:
        return new long[] {W1 + 2, W1 + 1, 1};
      case UNKNOWN:
        return new long[] {W0 - 1, W1 + 1, 1};
      default:
        PartialDate e = p.end().date().orElseThrow();
        return new long[] {e.earliest().toEpochDay(), e.latest().toEpochDay(), 0};
    }
  }

  private static long[] heldOnRange(Period p) {
    return p.heldOn()
        .map(h -> new long[] {h.earliest().toEpochDay(), h.latest().toEpochDay()})
        .orElse(new long[] {Long.MIN_VALUE / 4, Long.MAX_VALUE / 4});
  }
}
