package io.github.otsatlas.model;

/**
 * A party to an organization: a {@link StateId state} or an {@link OrganizationId
 * organization} (the Economic Cooperation Organization, say, is an observer of the OTS).
 *
 * <p>Parties are written {@code state:KAZ} and {@code organization:ECO}; {@link #parse}
 * reads that form and {@link #key()} writes it. Their natural order puts states before
 * organizations, each by code.
 */
public sealed interface Party extends Comparable<Party> permits StateId, OrganizationId {

  /** Returns the bare code ({@code KAZ}, {@code ECO}). */
  String code();

  /** Returns the qualified form, {@code state:KAZ} or {@code organization:ECO}. */
  String key();

  /** Returns whether this party is a state. */
  default boolean isState() {
    return this instanceof StateId;
  }

  @Override
  default int compareTo(Party other) {
    int byKind = Boolean.compare(!isState(), !other.isState());
    return byKind != 0 ? byKind : code().compareTo(other.code());
  }

  /**
   * Parses {@code state:CODE} or {@code organization:CODE}, such as {@code state:KAZ}.
   *
   * @param text the qualified form, not null
   * @return the party
   * @throws IllegalArgumentException if the prefix or the code is wrong
   */
  static Party parse(String text) {
    if (text.startsWith("state:")) {
      return StateId.of(text.substring("state:".length()));
    }
    if (text.startsWith("organization:")) {
      return OrganizationId.of(text.substring("organization:".length()));
    }
    throw new IllegalArgumentException(
        "invalid party '" + text + "': expected state:CODE or organization:CODE");
  }
}
