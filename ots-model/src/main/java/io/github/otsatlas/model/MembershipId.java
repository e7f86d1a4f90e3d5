package io.github.otsatlas.model;

/**
 * The identifier of a {@link Membership}: lower-case kebab case, such as {@code membership-example}.
 * Immutable and thread-safe; ordered by its text.
 *
 * @param value the identifier's text, not null
 */
public record MembershipId(String value) implements Comparable<MembershipId> {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case kebab case
   */
  public MembershipId {
    Ids.check(value, Ids.KEBAB, "membership");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value lower-case kebab case, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static MembershipId of(String value) {
    return new MembershipId(value);
  }

  @Override
  public int compareTo(MembershipId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text, as {@link #of} takes it. */
  @Override
  public String toString() {
    return value;
  }
}
