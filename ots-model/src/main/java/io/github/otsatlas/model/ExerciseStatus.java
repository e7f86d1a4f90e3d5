package io.github.otsatlas.model;

/** Whether a military {@link Exercise} was held or only proposed, as its sources report it. */
public enum ExerciseStatus {
  /** Held (conducted). */
  HELD,
  /** Proposed, not yet held as of the source. */
  PROPOSED,
  /** The sources do not say: no claim. */
  UNKNOWN
}
