package io.github.otsatlas.model;

/** What kind of outcome a summit had. */
public enum OutcomeKind {
  /** A declaration adopted. */
  DECLARATION,
  /** A decision taken. */
  DECISION,
  /** An agreement signed. */
  AGREEMENT,
  /** A status granted to a party. */
  STATUS_GRANTED,
  /** A rename of the organization. */
  RENAME,
  /** Any other outcome. */
  OTHER
}
