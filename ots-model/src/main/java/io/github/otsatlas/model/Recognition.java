package io.github.otsatlas.model;

/** Whether a state is generally recognised. */
public enum Recognition {
  /** A generally recognised state. */
  RECOGNIZED,
  /** A de facto state that few or no states recognise, such as Northern Cyprus. */
  DE_FACTO,
  /**
   * The sources do not say (in an atlas narrowed to sources that do not state it, say); no
   * claim.
   */
  UNKNOWN
}
