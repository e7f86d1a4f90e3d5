package io.github.otsatlas.model;

/** The status of a corridor as its sources present it. */
public enum CorridorStatus {
  /** In operation. */
  OPERATING,
  /** Planned. */
  PLANNED,
  /** Under construction. */
  UNDER_CONSTRUCTION,
  /** Proposed or promoted, not yet planned. */
  PROPOSED,
  /** The sources do not say. */
  UNKNOWN
}
