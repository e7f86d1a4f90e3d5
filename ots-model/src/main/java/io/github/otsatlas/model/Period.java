package io.github.otsatlas.model;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The days over which a fact held, as far as its sources pin them down.
 *
 * <p>A period has a {@link #start()} (a partial date, or empty when unknown), an
 * {@link #end()} (the first day it no longer held, {@code ongoing} when no source reports an
 * end, or {@code unknown}), and its {@link #attestations()}: the days, at the precision known,
 * on which sources say the fact held. It stands for every <em>completion</em>: a start day S,
 * an end day E and a day K<sub>i</sub> of each attestation drawn from their partial dates with
 * {@code S <= K_i < E} and {@code S < E}; a missing start or an end that is not dated may be
 * any day. The fact holds on day {@code d} in a completion when {@code S <= d < E}.
 *
 * <p>{@link #contains(LocalDate)} and {@link #overlaps(Period)} answer over all
 * completions: {@link Certainty#DEFINITELY} when every completion agrees, {@link
 * Certainty#NOT} when none does, {@link Certainty#POSSIBLY} otherwise. Turkmenistan became
 * an observer "in 2021": on 2020-12-31 that is NOT, on 2021-06-01 POSSIBLY. Nothing is
 * rounded, and nothing is more certain than the sources: with no dated end, the fact is
 * definitely held only up to the earliest day of its latest attestation (its {@linkplain
 * #horizon() horizon}) and possibly after it; with no start, possibly before the latest day of
 * its earliest attestation. {@code ongoing} means only that no source reports an end.
 *
 * <p>Immutable and thread-safe.
 */
public final class Period {
  // Epoch days standing for "before any day" and "after any day"; far from overflow when
  // one is added or subtracted. Package-private: users see ranges, never sentinels.
  static final long NEG_INF = Long.MIN_VALUE / 4;
  static final long POS_INF = Long.MAX_VALUE / 4;
  // The last day a PartialDate can name (9999-12-31).
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private final List<PartialDate> starts;
  private final PeriodEnd end;
  private final List<PartialDate> attestations;

  // The four bounds of every query: the fact possibly holds on [possibleFrom, possibleUntil)
  // and definitely holds on [definiteFrom, definiteUntil) (empty when from >= until).
  private final long possibleFrom;
  private final long possibleUntil;
  private final long definiteFrom;
  private final long definiteUntil;

  private Period(Collection<PartialDate> starts, PeriodEnd end, Collection<PartialDate> attestations) {
    this.starts = List.copyOf(new java.util.LinkedHashSet<>(starts));
    this.end = Objects.requireNonNull(end, "end");
    this.attestations = List.copyOf(new TreeSet<>(attestations));

    // Starts that are compatible refine one another: a completion starts on a day of the one
    // they agree on. Starts that disagree are alternatives: a completion takes a day of any one
    // of them, and since every answer is monotone in the start day, the earliest and the latest
    // of them bound every answer exactly.
    long sLo = NEG_INF;
    long sHi = POS_INF;
    if (!this.starts.isEmpty()) {
      Optional<PartialDate> agreed = PartialDate.agreed(this.starts);
      List<PartialDate> bounding = agreed.isPresent() ? List.of(agreed.get()) : this.starts;
      sLo = POS_INF;
      sHi = NEG_INF;
      for (PartialDate s : bounding) {
        sLo = Math.min(sLo, s.earliest().toEpochDay());
        sHi = Math.max(sHi, s.latest().toEpochDay());
      }
    }
    long eLo = NEG_INF;
    long eHi = POS_INF;
    if (end.kind() == PeriodEnd.Kind.DATE) {
      eLo = end.date().orElseThrow().earliest().toEpochDay();
      eHi = end.date().orElseThrow().latest().toEpochDay();
    }
    for (PartialDate s : this.starts) {
      if (s.earliest().toEpochDay() >= eHi) {
        throw new RuleViolationException(Rule.PERIOD_ORDER,
            "end " + end + " is not after start " + s);
      }
    }
    // The latest possible start and the earliest possible end, under S <= K_i < E and S < E.
    long latestStart = Math.min(sHi, eHi - 1);
    long earliestEnd = Math.max(eLo, sLo + 1);
    for (PartialDate k : this.attestations) {
      long kLo = k.earliest().toEpochDay();
      long kHi = k.latest().toEpochDay();
      // Some completion must exist: S = sLo, E = eHi, K = max(kLo, sLo) for each attestation.
      if (Math.max(kLo, sLo) > Math.min(kHi, eHi - 1)) {
        throw new RuleViolationException(Rule.PERIOD_ORDER, "attested " + k
            + " is not inside start " + startText() + " and end " + end);
      }
      // And with each start claimed alone, as a narrowing to its source would leave it: a start
      // that the sources dispute must not be contradicted by an attestation either.
      for (PartialDate s : this.starts) {
        if (s.earliest().toEpochDay() > kHi) {
          throw new RuleViolationException(Rule.PERIOD_ORDER, "attested " + k
              + " is before start " + s + " (of the starts " + startText() + ")");
        }
      }
      latestStart = Math.min(latestStart, kHi);
      earliestEnd = Math.max(earliestEnd, kLo + 1);
    }
    this.possibleFrom = sLo;
    this.possibleUntil = eHi;
    // With an unknown start and no attestation the latest start lies after every real day: no
    // day is definite.
    this.definiteFrom = latestStart;
    this.definiteUntil = earliestEnd;
  }

  /**
   * Returns a period.
   *
   * @param start the start, or empty when unknown; not null
   * @param end the end, not null
   * @param attestations the days on which sources say the fact held, possibly none; not null
   * @throws RuleViolationException ({@link Rule#PERIOD_ORDER}) if no completion has its end
   *     after its start and every attestation between them
   */
  public static Period of(
      Optional<PartialDate> start, PeriodEnd end, Collection<PartialDate> attestations) {
    return new Period(start.map(List::of).orElse(List.of()), end, attestations);
  }

  /**
   * Returns a period whose start the sources give as several values, or none. Starts that are
   * compatible refine one another ({@code 2021} and {@code 2021-11}): a completion starts on a
   * day of the one they agree on ({@link PartialDate#agreed}), as if only it were given. Starts
   * that disagree ({@code 2019} and {@code 2020}) are alternatives: a completion starts on a day
   * of any one of them, so the days between the earliest and the latest possible start are only
   * POSSIBLY. Each start must also hold on its own, as it would with the other sources left out:
   * before the end, and not after a day on which the fact is attested.
   *
   * @param starts the starts claimed, each once; empty when unknown; not null
   * @param end the end, not null
   * @param attestations the days on which sources say the fact held, possibly none; not null
   * @throws RuleViolationException ({@link Rule#PERIOD_ORDER}) if a start is not before the
   *     end, an attestation is before one of the starts, or no completion has every attestation
   *     between its start and end
   */
  public static Period of(
      List<PartialDate> starts, PeriodEnd end, Collection<PartialDate> attestations) {
    return new Period(starts, end, attestations);
  }

  /**
   * Returns a period without attestations.
   *
   * @see #of(Optional, PeriodEnd, Collection)
   */
  public static Period of(Optional<PartialDate> start, PeriodEnd end) {
    return of(start, end, List.of());
  }

  /**
   * Returns a period from {@code start} of which no source reports an end, without
   * attestations: {@code Period.since(PartialDate.parse("2019"))}. Only its start is certain.
   */
  public static Period since(PartialDate start) {
    return new Period(List.of(start), PeriodEnd.ongoing(), List.of());
  }

  /**
   * Returns the period from {@code start} until {@code end} (the first day it no longer held).
   *
   * @throws RuleViolationException if the end is definitely not after the start
   */
  public static Period between(PartialDate start, PartialDate end) {
    return new Period(List.of(start), PeriodEnd.on(end), List.of());
  }

  /**
   * Returns the period of exactly the days from {@code first} to {@code last}, both inclusive:
   * a query window.
   *
   * @throws RuleViolationException if {@code last} is before {@code first}
   */
  public static Period ofDays(LocalDate first, LocalDate last) {
    return between(PartialDate.of(first), PartialDate.of(last.plusDays(1)));
  }

  /**
   * Returns a copy with the given attestations in place of this period's.
   *
   * @throws RuleViolationException ({@link Rule#PERIOD_ORDER}) if an attestation lies outside
   *     every completion of the start and end
   */
  public Period withAttestations(Collection<PartialDate> attestations) {
    return new Period(starts, end, attestations);
  }

  /**
   * Returns the start the sources agree on: the finest of the starts claimed when they are
   * compatible ({@link PartialDate#agreed}); empty when the sources leave it unknown or give
   * starts that disagree (see {@link #starts()}).
   */
  public Optional<PartialDate> start() {
    return PartialDate.agreed(starts);
  }

  /** Returns every start claimed, each once: none when unknown, two or more when sources differ. */
  public List<PartialDate> starts() {
    return starts;
  }

  /** Returns the end. */
  public PeriodEnd end() {
    return end;
  }

  /** Returns the days on which sources say the fact held, earliest first, each once. */
  public List<PartialDate> attestations() {
    return attestations;
  }

  /**
   * Returns the latest attestation (by its earliest day), if any: with no dated end, the last
   * day the period is definitely held is its earliest day.
   */
  public Optional<PartialDate> horizon() {
    return attestations.stream().max(Comparator.comparing(PartialDate::earliest)
        .thenComparing(PartialDate::latest));
  }

  /** Returns whether no source reports an end. */
  public boolean isOngoing() {
    return end.kind() == PeriodEnd.Kind.ONGOING;
  }

  /**
   * Returns whether the fact held on {@code day}: in every completion of the partial dates,
   * in some, or in none.
   *
   * @param day the day, not null
   */
  public Certainty contains(LocalDate day) {
    return containsEpochDay(day.toEpochDay());
  }

  private Certainty containsEpochDay(long day) {
    if (definiteFrom <= day && day < definiteUntil) {
      return Certainty.DEFINITELY;
    }
    return possibleFrom <= day && day < possibleUntil ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /**
   * Returns whether the two periods share a day: in every pair of completions, in some, or
   * in none.
   *
   * @param other the other period, not null
   */
  public Certainty overlaps(Period other) {
    if (definiteFrom < other.definiteUntil && other.definiteFrom < definiteUntil) {
      return Certainty.DEFINITELY;
    }
    return possibleFrom < other.possibleUntil && other.possibleFrom < possibleUntil
        ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /**
   * Returns the days on which the fact possibly or definitely held, as a closed-open range
   * of days (unbounded where the period is open).
   */
  public Range<LocalDate> possibleDays() {
    return range(possibleFrom, possibleUntil);
  }

  /** Returns the days on which the fact definitely held; empty if there are none. */
  public Range<LocalDate> definiteDays() {
    return definiteFrom >= definiteUntil || definiteFrom > MAX_DAY
        ? Range.closedOpen(LocalDate.EPOCH, LocalDate.EPOCH)
        : range(definiteFrom, definiteUntil);
  }

  /**
   * Returns the latest day on which the period may have started, given its start, its dated end
   * and its attestations; empty when it may have started arbitrarily late (no start, no
   * attestation and no dated end). The period definitely holds on no day before it.
   */
  public Optional<LocalDate> latestStart() {
    return definiteFrom >= POS_INF || definiteFrom > MAX_DAY
        ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(definiteFrom));
  }

  /**
   * Returns the earliest day on which the period may have ended (the first day it no longer
   * held), given its start, end and attestations; empty when it may have ended arbitrarily
   * early (no start and no attestation). The period definitely holds on no day from it on.
   */
  public Optional<LocalDate> earliestEnd() {
    return definiteUntil <= NEG_INF + 1
        ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(definiteUntil));
  }

  private static Range<LocalDate> range(long from, long until) {
    boolean openStart = from <= NEG_INF;
    boolean openEnd = until >= POS_INF;
    if (openStart && openEnd) {
      return Range.all();
    }
    if (openStart) {
      return Range.lessThan(LocalDate.ofEpochDay(until));
    }
    if (openEnd) {
      return Range.atLeast(LocalDate.ofEpochDay(from));
    }
    return Range.closedOpen(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(until));
  }

  private String startText() {
    return starts.isEmpty() ? "unknown"
        : starts.stream().map(PartialDate::toString).collect(java.util.stream.Collectors.joining("|"));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Period)) {
      return false;
    }
    Period that = (Period) o;
    return starts.equals(that.starts) && end.equals(that.end)
        && attestations.equals(that.attestations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(starts, end, attestations);
  }

  /** Returns {@code 2019..ongoing}, {@code unknown..2024 (attested 2020, 2022-03)} and the like. */
  @Override
  public String toString() {
    return startText() + ".." + end + (attestations.isEmpty() ? ""
        : " (attested " + attestations.stream().map(PartialDate::toString)
            .collect(java.util.stream.Collectors.joining(", ")) + ")");
  }
}
