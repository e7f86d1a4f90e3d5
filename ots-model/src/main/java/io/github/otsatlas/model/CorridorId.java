package io.github.otsatlas.model;

/**
 * The identifier of a {@link Corridor}: lower-case kebab case, such as {@code corridor-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record CorridorId(String value) implements Comparable<CorridorId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public CorridorId {
    Ids.check(value, Ids.KEBAB, "corridor");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static CorridorId of(String value) {
    return new CorridorId(value);
  }

  @Override
  public int compareTo(CorridorId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
