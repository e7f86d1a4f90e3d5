package io.github.otsatlas.model;

/**
 * The identifier of a {@link RecognitionAct}: lower-case kebab case, such as {@code recognition-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record RecognitionId(String value) implements Comparable<RecognitionId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public RecognitionId {
    Ids.check(value, Ids.KEBAB, "recognition");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static RecognitionId of(String value) {
    return new RecognitionId(value);
  }

  @Override
  public int compareTo(RecognitionId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
