package io.github.otsatlas.model;

/**
 * The identifier of an {@link Agreement}: lower-case kebab case, such as {@code agreement-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record AgreementId(String value) implements Comparable<AgreementId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public AgreementId {
    Ids.check(value, Ids.KEBAB, "agreement");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  @Override
  public int compareTo(AgreementId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
