package io.github.otsatlas.model;

/**
 * The identifier of a {@link Meeting}: lower-case kebab case, such as {@code meeting-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record MeetingId(String value) implements Comparable<MeetingId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public MeetingId {
    Ids.check(value, Ids.KEBAB, "meeting");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public int compareTo(MeetingId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
