package io.github.otsatlas.model;

/** A summit's status as of its source. */
public enum SummitStatus {
  /** Held. */
  HELD,
  /** Scheduled, as of the source. */
  SCHEDULED,
  /** The sources do not say. */
  UNKNOWN
}
