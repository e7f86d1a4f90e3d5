package io.github.otsatlas.model;

/**
 * The identifier of an {@link Organization}: upper-case letters, digits and hyphens,
 * starting with a letter ({@code OTS}, {@code CSTO}, {@code C5-PLUS-1}). The identifier
 * stays the same when the organization is renamed. Immutable and thread-safe.
 *
 * @param code the identifier's text, not null
 */
public record OrganizationId(String code) implements Party {

  /**
   * Creates an identifier, checking its syntax.
   *
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public OrganizationId {
    Ids.check(code, Ids.ORGANIZATION, "organization");
  }

  /**
   * Returns the identifier with the given code.
   *
   * @param code upper-case letters, digits and hyphens, not null
   * @return the identifier
   * @throws IllegalArgumentException if the syntax is wrong
   */
  public static OrganizationId of(String code) {
    return new OrganizationId(code);
  }

  @Override
  public String key() {
    return "organization:" + code;
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
