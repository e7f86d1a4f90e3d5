package io.github.otsatlas.model;

/** Whether a summit was formal. */
public enum SummitFormat {
  /** A formal (ordinary) summit. */
  FORMAL,
  /** An informal summit. */
  INFORMAL,
  /** The sources do not say. */
  UNKNOWN
}
