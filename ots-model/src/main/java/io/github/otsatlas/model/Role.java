package io.github.otsatlas.model;

/** The role a party holds in an organization. */
public enum Role {
  /** A member since the organization's founding; counts as a full member. */
  FOUNDING_MEMBER,
  /** A full member that joined after the founding. */
  MEMBER,
  /** An associate member. */
  ASSOCIATE_MEMBER,
  /** An observer. */
  OBSERVER,
  /** A guest of honour. */
  GUEST_OF_HONOUR,
  /** A partner, such as a dialogue partner. */
  PARTNER,
  /** A candidate for membership. */
  CANDIDATE;

  /** Returns whether this role is full membership: {@code FOUNDING_MEMBER} or {@code MEMBER}. */
  public boolean isFullMember() {
    return this == FOUNDING_MEMBER || this == MEMBER;
  }

  /**
   * Returns whether a membership in this role answers a query for {@code wanted}: the same
   * role, or {@code FOUNDING_MEMBER} when {@code MEMBER} is asked, since founders are full
   * members.
   */
  public boolean satisfies(Role wanted) {
    return this == wanted || (wanted == MEMBER && this == FOUNDING_MEMBER);
  }
}
