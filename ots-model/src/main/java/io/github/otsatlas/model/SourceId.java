package io.github.otsatlas.model;

/**
 * The identifier of a {@link Source}: lower-case kebab case, such as {@code source-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record SourceId(String value) implements Comparable<SourceId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public SourceId {
    Ids.check(value, Ids.KEBAB, "source");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
