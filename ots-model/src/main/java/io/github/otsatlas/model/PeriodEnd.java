package io.github.otsatlas.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The end of a {@link Period}: a date (the first day on which it no longer held),
 * {@linkplain #ongoing() ongoing} (current as of the latest source), or
 * {@linkplain #unknown() unknown}. Immutable and thread-safe; {@link #parse} is the inverse
 * of {@link #toString()}.
 */
public final class PeriodEnd {
  /** What is known of the end. */
  public enum Kind {
    /** The end has a (possibly partial) date. */
    DATE,
    /** The period had not ended as of its latest source. */
    ONGOING,
    /** The sources do not say whether or when the period ended. */
    UNKNOWN
  }

  private static final PeriodEnd ONGOING = new PeriodEnd(Kind.ONGOING, null);
  private static final PeriodEnd UNKNOWN = new PeriodEnd(Kind.UNKNOWN, null);

  private final Kind kind;
  private final PartialDate date;

  private PeriodEnd(Kind kind, PartialDate date) {
    this.kind = kind;
    this.date = date;
  }

  /** Returns the end of a period that has not ended. */
  public static PeriodEnd ongoing() {
    return ONGOING;
  }

  /** Returns the end of a period whose end the sources leave unknown. */
  public static PeriodEnd unknown() {
    return UNKNOWN;
  }

  /**
   * Returns an end on the given date: the first day on which the period no longer held.
   *
   * @param date the end, not null
   */
  public static PeriodEnd on(PartialDate date) {
    return new PeriodEnd(Kind.DATE, Objects.requireNonNull(date, "date"));
  }

  /**
   * Parses {@code ongoing}, {@code unknown} or a {@link PartialDate}.
   *
   * @throws IllegalArgumentException if the text is none of these
   */
  public static PeriodEnd parse(String text) {
    switch (text) {
      case "ongoing":
        return ONGOING;
      case "unknown":
        return UNKNOWN;
      default:
        return on(PartialDate.parse(text));
    }
  }

  /** Returns what is known of the end. */
  public Kind kind() {
    return kind;
  }

  /** Returns the end's date, present only for {@link Kind#DATE}. */
  public Optional<PartialDate> date() {
    return Optional.ofNullable(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodEnd && kind == ((PeriodEnd) o).kind
        && Objects.equals(date, ((PeriodEnd) o).date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date);
  }

  /** Returns {@code ongoing}, {@code unknown} or the date. */
  @Override
  public String toString() {
    return kind == Kind.DATE ? date.toString() : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
