package io.github.otsatlas.model;

/**
 * The identifier of a {@link Summit}: lower-case kebab case, such as {@code summit-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record SummitId(String value) implements Comparable<SummitId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public SummitId {
    Ids.check(value, Ids.KEBAB, "summit");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static SummitId of(String value) {
    return new SummitId(value);
  }

  @Override
  public int compareTo(SummitId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
