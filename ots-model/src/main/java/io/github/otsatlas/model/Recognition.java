package io.github.otsatlas.model;

/** Whether a state is generally recognised. */
public enum Recognition {
  /** A generally recognised state. */
  RECOGNIZED,
  /** A de facto state that few or no states recognise, such as Northern Cyprus. */
  DE_FACTO
}
