package io.github.otsatlas.query;

import java.time.LocalDate;

/**
 * The time filter of a query: no filter, one day, or a range of days (both inclusive), as
 * epoch days that the index scans compare with a record's four day bounds.
 */
final class When {
  static final When ALWAYS = new When(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null, false, null);

  final int from;
  final int to;
  private final LocalDate first;
  private final LocalDate last;
  // How the step was written, for toString(): asOf(day), during(date) with this partial date,
  // or during(first, last). Kept as values, not as text: queries are built far more often than
  // printed, and the text cost more than the rest of a small query.
  private final boolean oneDay;
  private final io.github.otsatlas.model.PartialDate date;

  private When(int from, int to, LocalDate first, LocalDate last, boolean oneDay,
      io.github.otsatlas.model.PartialDate date) {
    this.from = from;
    this.to = to;
    this.first = first;
    this.last = last;
    this.oneDay = oneDay;
    this.date = date;
  }

  // Every bound of a period lies in [0001-01-01, 10000-01-01] (partial dates have years 1 to
  // 9999), so any day before the first or after the last compares with every bound as these
  // two do: a query day is clamped to them, and any LocalDate gives the answer
  // Period.contains gives, with no overflow of the int arrays.
  private static final long FIRST = LocalDate.of(1, 1, 1).toEpochDay() - 1;
  private static final long LAST = LocalDate.of(10000, 1, 1).toEpochDay();

  static When on(LocalDate day) {
    int d = day(day);
    return new When(d, d, day, day, true, null);
  }

  private static int day(LocalDate day) {
    return (int) Math.max(FIRST, Math.min(LAST, day.toEpochDay()));
  }

  static When between(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range ends (" + last + ") before it starts (" + first + ")");
    }
    return new When(day(first), day(last), first, last, false, null);
  }

  /** Every day a partial date allows: a year, a month or one day. */
  static When during(io.github.otsatlas.model.PartialDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return new When(day(date.earliest()), day(date.latest()), date.earliest(), date.latest(), false, date);
  }

  /**
   * Returns the time filter a query sets, failing if it has one already: the one rule of every
   * query type for a second time step.
   */
  When replacing(When current, Object query) {
    if (!current.isAlways()) {
      throw new IllegalStateException(query + ": the time filter is already set");
    }
    return this;
  }

  /** Returns the days asked about, or null when the query asks about none. */
  com.google.common.collect.Range<LocalDate> window() {
    return first == null ? null : com.google.common.collect.Range.closed(first, last);
  }

  /**
   * Returns whether a fact dated {@code dates} happened within the days asked, without rounding
   * a partial date: DEFINITELY when every day of every date lies inside (disputed dates are
   * alternatives, so all must), NOT when no day of any date does, POSSIBLY otherwise and for a
   * fact with no date; DEFINITELY for no time filter. The one rule of every dated kind of fact
   * (summits, agreements, exercises).
   */
  io.github.otsatlas.model.Certainty within(java.util.List<io.github.otsatlas.model.PartialDate> dates) {
    if (first == null) {
      return io.github.otsatlas.model.Certainty.DEFINITELY;
    }
    if (dates.isEmpty()) {
      return io.github.otsatlas.model.Certainty.POSSIBLY;
    }
    boolean all = true;
    boolean any = false;
    for (io.github.otsatlas.model.PartialDate d : dates) {
      boolean out = d.latest().isBefore(first) || d.earliest().isAfter(last);
      boolean in = !d.earliest().isBefore(first) && !d.latest().isAfter(last);
      all &= in;
      any |= !out;
    }
    return all ? io.github.otsatlas.model.Certainty.DEFINITELY
        : any ? io.github.otsatlas.model.Certainty.POSSIBLY : io.github.otsatlas.model.Certainty.NOT;
  }

  boolean isAlways() {
    return first == null;
  }

  static int clamp(long epochDay) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochDay));
  }

  /** Returns {@code .withRole(A, B)} for a role filter, or nothing when none is set. */
  static String roleText(io.github.otsatlas.model.Role[] roles) {
    return roles == null ? "" : ".withRole(" + String.join(", ",
        java.util.Arrays.stream(roles).map(Enum::name).toList()) + ")";
  }

  /** Returns the step as the query printed it ({@code .asOf(2022-12-01)}, {@code .during(2021)}), or nothing. */
  @Override
  public String toString() {
    if (first == null) {
      return "";
    }
    return oneDay ? ".asOf(" + first + ")"
        : date != null ? ".during(" + date + ")" : ".during(" + first + ", " + last + ")";
  }
}
