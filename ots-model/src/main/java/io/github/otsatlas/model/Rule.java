package io.github.otsatlas.model;

/**
 * The consistency rules a corpus obeys (DESIGN §3, plus unique ids). Each has a stable
 * {@link #code() code} that error messages print, such as {@code single-role}.
 */
public enum Rule implements RuleCode {
  /** 1. A period's end is not before its start, and every attestation lies inside it. */
  PERIOD_ORDER("period-order"),
  /**
   * 2. Two memberships of one party in one organization do not definitely overlap, with each
   * start that sources dispute taken alone.
   */
  SINGLE_ROLE("single-role"),
  /** 3. A membership does not definitely start before its organization was founded. */
  AFTER_FOUNDING("after-founding"),
  /** 4. A founding member's membership starts at the founding. */
  FOUNDING_AT_FOUNDING("founding-at-founding"),
  /** 5. Every reference (party, organization, summit, corridor, source) resolves. */
  REFERENCE("reference"),
  /** 6. An organization is not a member of itself. */
  SELF_MEMBERSHIP("self-membership"),
  /** 7. Every citation's quote is found in its source. */
  QUOTE_FOUND("quote-found"),
  /**
   * 8. Every claim of a record is supported by a citation that names it, unless its attribute
   * is the curators' classification.
   */
  CLAIM_SUPPORTED("claim-supported"),
  /**
   * 8. A citation names only claims its record makes, and never one whose attribute the record
   * marks as the curators' classification.
   */
  CLAIM_EXISTS("claim-exists"),
  /** 8. An attestation is not after its source's latest possible publication day. */
  ATTESTATION_IN_SOURCE("attestation-in-source"),
  /**
   * One source (with its republications) does not disagree with itself: it claims one value of
   * a single-valued attribute of a record, and a complete list it gives does not leave off a
   * party it attests in that role on that day. Sources that disagree with each other are kept,
   * as a {@link Disagreement}; a source that contradicts itself is a data error.
   */
  SELF_CONTRADICTION("self-contradiction"),
  /**
   * A citation that gives a complete list ({@link Citation#completeListOf()}) is a membership's,
   * supports its party and a role that satisfies the role listed, and attests a day.
   */
  COMPLETE_LIST("complete-list"),
  /** A citation that supports a summit's status attests the day it reports it as of. */
  STATUS_ATTESTED("status-attested"),
  /**
   * A value kept in a source's own words (an agreement's signatories and subject, an exercise's
   * name) occurs in the quote of every citation that supports it, compared as quotes are
   * compared (runs of whitespace folded).
   */
  VALUE_QUOTED("value-quoted"),
  /**
   * Locating the quotes stays within a bounded amount of work: {@value
   * CorpusRules#QUOTE_SEARCH_BUDGET} characters scanned in all (each distinct quote, with its
   * prefix and suffix, costs one pass over its source's text). A corpus that would need more is
   * refused rather than searched for hours.
   */
  QUOTE_SEARCH_LIMIT("quote-search-limit"),
  /** Ids are unique within their kind. */
  UNIQUE_ID("unique-id");

  private final String code;

  Rule(String code) {
    this.code = code;
  }

  /** Returns the rule's stable code, as error messages print it. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
