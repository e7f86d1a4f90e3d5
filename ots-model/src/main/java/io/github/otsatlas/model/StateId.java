package io.github.otsatlas.model;

/**
 * The identifier of a {@link State}: its ISO 3166-1 alpha-3 code ({@code TUR},
 * {@code KAZ}), or, for a state without one, a code from the user-assigned range
 * {@code X..} ({@code XNC} for Northern Cyprus). Immutable and thread-safe.
 *
 * @param code three upper-case letters, not null
 */
public record StateId(String code) implements Party {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if {@code code} is not three upper-case letters
   */
  public StateId {
    Ids.check(code, Ids.STATE, "state");
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code three upper-case letters, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static StateId of(String code) {
    return new StateId(code);
  }

  @Override
  public String key() {
    return "state:" + code;
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
