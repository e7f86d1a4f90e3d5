package io.github.otsatlas.model;

/**
 * The identifier of an {@link Exercise}: lower-case kebab case, such as {@code exercise-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record ExerciseId(String value) implements Comparable<ExerciseId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public ExerciseId {
    Ids.check(value, Ids.KEBAB, "exercise");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static ExerciseId of(String value) {
    return new ExerciseId(value);
  }

  @Override
  public int compareTo(ExerciseId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
