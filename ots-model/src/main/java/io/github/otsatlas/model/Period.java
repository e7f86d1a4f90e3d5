package io.github.otsatlas.model;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days over which a fact held, as far as its sources pin them down.
 *
 * <p>A period has a {@link #start()} (a partial date, or empty when unknown), an
 * {@link #end()} (the first day it no longer held, {@code ongoing} or {@code unknown}),
 * and optionally a {@link #heldOn()} date on which a source says it held (a present-tense
 * statement in an article of that date). It stands for every <em>completion</em>: a start
 * day S, an end day E (infinite when ongoing) and a day K of {@code heldOn} drawn from
 * their partial dates with {@code S <= K < E} and {@code S < E}. The fact holds on day
 * {@code d} in a completion when {@code S <= d < E}.
 *
 * <p>{@link #contains(LocalDate)} and {@link #overlaps(Period)} answer over all
 * completions: {@link Certainty#DEFINITELY} when every completion agrees, {@link
 * Certainty#NOT} when none does, {@link Certainty#POSSIBLY} otherwise. Turkmenistan became
 * an observer "in 2021": on 2021-06-01 that is POSSIBLY, on 2022-01-01 DEFINITELY and on
 * 2020-12-31 NOT. Nothing is rounded.
 *
 * <p>Immutable and thread-safe.
 */
public final class Period {
  // Epoch days standing for "before any day" and "after any day"; far from overflow when
  // one is added or subtracted.
  static final long NEG_INF = Long.MIN_VALUE / 4;
  static final long POS_INF = Long.MAX_VALUE / 4;
  // The last day a PartialDate can name (9999-12-31).
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private final PartialDate start;
  private final PeriodEnd end;
  private final PartialDate heldOn;

  // The four bounds of every query: the fact possibly holds on [possibleFrom, possibleUntil)
  // and definitely holds on [definiteFrom, definiteUntil) (empty when from >= until).
  private final long possibleFrom;
  private final long possibleUntil;
  private final long definiteFrom;
  private final long definiteUntil;

  private Period(PartialDate start, PeriodEnd end, PartialDate heldOn) {
    this.start = start;
    this.end = Objects.requireNonNull(end, "end");
    this.heldOn = heldOn;

    long sLo = start == null ? NEG_INF : start.earliest().toEpochDay();
    long sHi = start == null ? POS_INF : start.latest().toEpochDay();
    long eLo;
    long eHi;
    switch (end.kind()) {
      case ONGOING:
        eLo = POS_INF;
        eHi = POS_INF;
        break;
      case UNKNOWN:
        eLo = NEG_INF;
        eHi = POS_INF;
        break;
      default:
        eLo = end.date().orElseThrow().earliest().toEpochDay();
        eHi = end.date().orElseThrow().latest().toEpochDay();
    }
    long kLo = heldOn == null ? NEG_INF : heldOn.earliest().toEpochDay();
    long kHi = heldOn == null ? POS_INF : heldOn.latest().toEpochDay();

    // Some completion must exist: S = sLo, E = eHi, and a K with max(kLo, sLo) <= K < eHi.
    if (sLo >= eHi || Math.max(kLo, sLo) > Math.min(kHi, eHi - 1)) {
      throw new RuleViolationException(Rule.PERIOD_ORDER, heldOn == null
          ? "end " + end + " is not after start " + startText()
          : "held on " + heldOn + " is not inside start " + startText() + " and end " + end);
    }
    this.possibleFrom = sLo;
    this.possibleUntil = eHi;
    // The latest possible start, and the earliest possible end, under S <= K < E, S < E.
    // With an unknown start, no heldOn and no dated end, the latest start lies after every
    // real day: no day is definite, though two such ongoing periods still definitely overlap.
    this.definiteFrom = Math.min(sHi, Math.min(kHi, eHi - 1));
    this.definiteUntil = Math.max(eLo, Math.max(kLo + 1, sLo + 1));
  }

  /**
   * Returns a period.
   *
   * @param start the start, or empty when unknown; not null
   * @param end the end, not null
   * @param heldOn a date on which a source says the fact held, or empty; not null
   * @throws RuleViolationException ({@link Rule#PERIOD_ORDER}) if no completion has its end
   *     after its start and {@code heldOn} between them
   */
  public static Period of(
      Optional<PartialDate> start, PeriodEnd end, Optional<PartialDate> heldOn) {
    return new Period(start.orElse(null), end, heldOn.orElse(null));
  }

  /**
   * Returns a period without a {@code heldOn} date.
   *
   * @see #of(Optional, PeriodEnd, Optional)
   */
  public static Period of(Optional<PartialDate> start, PeriodEnd end) {
    return of(start, end, Optional.empty());
  }

  /** Returns an ongoing period from {@code start}: {@code Period.since(PartialDate.parse("2019"))}. */
  public static Period since(PartialDate start) {
    return new Period(Objects.requireNonNull(start, "start"), PeriodEnd.ongoing(), null);
  }

  /**
   * Returns the period from {@code start} until {@code end} (the first day it no longer held).
   *
   * @throws RuleViolationException if the end is definitely not after the start
   */
  public static Period between(PartialDate start, PartialDate end) {
    return new Period(Objects.requireNonNull(start, "start"), PeriodEnd.on(end), null);
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

  /** Returns the start, or empty when the sources leave it unknown. */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /** Returns the end. */
  public PeriodEnd end() {
    return end;
  }

  /** Returns a date on which a source says the fact held, if one is recorded. */
  public Optional<PartialDate> heldOn() {
    return Optional.ofNullable(heldOn);
  }

  /** Returns whether the period had not ended as of its latest source. */
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

  /**
   * Returns {@link #contains(LocalDate)} for a day given as {@link LocalDate#toEpochDay()}.
   */
  public Certainty containsEpochDay(long day) {
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
    if (definiteFrom < other.definiteUntilForOverlap() && other.definiteFrom < definiteUntilForOverlap()) {
      return Certainty.DEFINITELY;
    }
    return possibleFrom < other.possibleUntil && other.possibleFrom < possibleUntil
        ? Certainty.POSSIBLY : Certainty.NOT;
  }

  // The earliest possible end, whether or not the definite span is empty: what overlap needs.
  private long definiteUntilForOverlap() {
    return definiteUntil;
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

  /** Returns the first epoch day on which the fact possibly held, or a value below any day. */
  public long possibleFromEpochDay() {
    return possibleFrom;
  }

  /** Returns the epoch day from which the fact no longer possibly held, or a value above any day. */
  public long possibleUntilEpochDay() {
    return possibleUntil;
  }

  /**
   * Returns the first epoch day of the definite span (see {@link #definiteDays()}): the latest
   * possible start, a value above any real day when the start may be arbitrarily late.
   */
  public long definiteFromEpochDay() {
    return definiteFrom;
  }

  /** Returns the epoch day that ends the definite span, exclusive. */
  public long definiteUntilEpochDay() {
    return definiteUntil;
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
    return start == null ? "unknown" : start.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Period)) {
      return false;
    }
    Period that = (Period) o;
    return Objects.equals(start, that.start) && end.equals(that.end)
        && Objects.equals(heldOn, that.heldOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, heldOn);
  }

  /** Returns {@code 2019..ongoing}, {@code unknown..2024 (held on 2022-03)} and the like. */
  @Override
  public String toString() {
    return startText() + ".." + end + (heldOn == null ? "" : " (held on " + heldOn + ")");
  }
}
