package io.github.otsatlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision a source gives it: a decade ({@code 199X}), a year
 * ({@code 2019}), a month ({@code 2021-11}) or a day ({@code 2024-11-06}). The missing parts
 * are never invented: a partial date stands for one unknown day between {@link #earliest()}
 * and {@link #latest()}, both inclusive.
 *
 * <p>A decade is written as the Library of Congress Extended Date/Time Format writes a year
 * with an unspecified last digit: {@code 199X} is some day of the years 1990 to 1999. It is
 * what a source means by "the 1990s", and also what "the early 1990s" is held as: the date
 * is never narrowed to a year or to part of a decade, and the word "early" is kept only in
 * the quote that supports the date.
 *
 * <p>Immutable and thread-safe. {@link #parse} is the exact inverse of {@link #toString()}.
 * The natural order compares the earliest day, then the latest day, so {@code 2021}
 * sorts before {@code 2021-01-05}, which sorts before {@code 2021-02}, and {@code 199X} sorts
 * after {@code 1990} and before {@code 1990-02} and {@code 1991}; it is consistent
 * with {@code equals}, since the two bounds determine the date.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the decade is known ({@code 199X}: a year from 1990 to 1999). */
    DECADE,
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The day is known. */
    DAY
  }

  private static final Pattern SYNTAX =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern DECADE_SYNTAX = Pattern.compile("(\\d{3})X");

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;

  private PartialDate(int year, int month, int day, Precision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
  }

  /**
   * Returns a year-precision date.
   *
   * @param year from 1 to 9999
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0, Precision.YEAR);
  }

  /**
   * Returns a decade-precision date: some day of the ten years from {@code firstYear}.
   *
   * @param firstYear the decade's first year, a multiple of ten from 10 to 9990 (1990 for the
   *     1990s)
   * @throws IllegalArgumentException if the year is not a multiple of ten or out of range
   */
  public static PartialDate ofDecade(int firstYear) {
    if (firstYear % 10 != 0 || firstYear < 10 || firstYear > 9990) {
      throw new IllegalArgumentException("invalid decade " + firstYear
          + ": expected the decade's first year, a multiple of ten from 10 to 9990");
    }
    return new PartialDate(firstYear, 0, 0, Precision.DECADE);
  }

  /**
   * Returns a month-precision date.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @throws IllegalArgumentException if a field is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("invalid month " + month + " in " + year);
    }
    return new PartialDate(year, month, 0, Precision.MONTH);
  }

  /**
   * Returns a day-precision date.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @param day a day that exists in that month
   * @throws IllegalArgumentException if the day does not exist ({@code 2023-02-30})
   */
  public static PartialDate ofDay(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format(java.util.Locale.ROOT, "invalid date %04d-%02d-%02d: %s",
              year, month, day, e.getMessage()), e);
    }
    return new PartialDate(year, month, day, Precision.DAY);
  }

  /**
   * Returns the day-precision date of a {@link LocalDate}.
   *
   * @param date the day, not null, in years 1 to 9999
   */
  public static PartialDate of(LocalDate date) {
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or a decade {@code YYYX} (three
   * digits and an upper-case {@code X}: {@code 199X}).
   *
   * @param text the date, not null
   * @return the date, at the precision written
   * @throws IllegalArgumentException if the text is not of that form or names no real day
   */
  public static PartialDate parse(String text) {
    Matcher decade = DECADE_SYNTAX.matcher(Objects.requireNonNull(text, "text"));
    if (decade.matches()) {
      return ofDecade(Integer.parseInt(decade.group(1)) * 10);
    }
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "invalid date '" + text + "': expected YYYY, YYYY-MM, YYYY-MM-DD or a decade YYYX");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return ofYear(year);
    }
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return ofMonth(year, month);
    }
    return ofDay(year, month, Integer.parseInt(m.group(3)));
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("invalid year " + year + ": expected 1 to 9999");
    }
  }

  /**
   * Returns the year; for a {@link Precision#DECADE} date, the decade's first year (1990 for
   * {@code 199X}), which is not the year of the date: check {@link #precision()} first.
   */
  public int year() {
    return year;
  }

  /** Returns the precision of this date. */
  public Precision precision() {
    return precision;
  }

  /** Returns the earliest day this date may stand for. */
  public LocalDate earliest() {
    switch (precision) {
      case DECADE:
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case MONTH:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /** Returns the latest day this date may stand for. */
  public LocalDate latest() {
    switch (precision) {
      case DECADE:
        return LocalDate.of(year + 9, 12, 31);
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Returns the number of days this date may stand for: 1 for a day, 28 to 31 for a month, 365
   * or 366 for a year, 3652 or 3653 for a decade.
   */
  public int dayCount() {
    return (int) (latest().toEpochDay() - earliest().toEpochDay()) + 1;
  }

  /** Returns whether {@code day} is one of the days this date may stand for. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /**
   * Returns whether this date is certainly before {@code day}, possibly, or not: compares
   * every day this date may stand for.
   */
  public Certainty isBefore(LocalDate day) {
    if (latest().isBefore(day)) {
      return Certainty.DEFINITELY;
    }
    return earliest().isBefore(day) ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /**
   * Returns whether some day satisfies both dates: {@code 2021} and {@code 2021-11} are
   * compatible (the second refines the first), {@code 2021} and {@code 2022} are not.
   *
   * @param other the other date, not null
   */
  public boolean isCompatibleWith(PartialDate other) {
    return !earliest().isAfter(other.latest()) && !other.earliest().isAfter(latest());
  }

  /**
   * Returns the date that every one of {@code dates} allows, at the finest precision among
   * them ({@code 2021} and {@code 2021-11} give {@code 2021-11}); empty when there is none or
   * when two of them are not {@linkplain #isCompatibleWith compatible}. Partial dates nest, so
   * dates that are compatible in pairs share the finest one.
   *
   * @param dates the dates, not null
   */
  public static Optional<PartialDate> agreed(Collection<PartialDate> dates) {
    PartialDate finest = null;
    for (PartialDate d : dates) {
      if (finest == null || d.dayCount() < finest.dayCount()) {
        finest = d;
      }
    }
    if (finest == null) {
      return Optional.empty();
    }
    for (PartialDate d : dates) {
      if (!d.covers(finest.earliest()) || !d.covers(finest.latest())) {
        return Optional.empty();
      }
    }
    return Optional.of(finest);
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = earliest().compareTo(other.earliest());
    return c != 0 ? c : latest().compareTo(other.latest());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) o;
    return year == that.year && month == that.month && day == that.day
        && precision == that.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, precision);
  }

  /**
   * Returns {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or, for a decade, {@code YYYX}
   * ({@code 199X}), as {@link #parse} reads it.
   */
  @Override
  public String toString() {
    // by hand rather than String.format: a large corpus prints millions of dates as claims
    StringBuilder b = new StringBuilder(10);
    if (precision == Precision.DECADE) {
      digits(b, year / 10, 3);
      return b.append('X').toString();
    }
    digits(b, year, 4);
    if (precision != Precision.YEAR) {
      digits(b.append('-'), month, 2);
    }
    if (precision == Precision.DAY) {
      digits(b.append('-'), day, 2);
    }
    return b.toString();
  }

  private static void digits(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }
}
