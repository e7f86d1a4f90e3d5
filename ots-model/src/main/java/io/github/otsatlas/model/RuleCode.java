package io.github.otsatlas.model;

/**
 * A rule that a problem with a corpus names by a stable code: one of the model's {@link Rule}s,
 * or a rule of a file format (in {@code ots-corpus}).
 */
public interface RuleCode {

  /** Returns the rule's stable code, such as {@code single-role} or {@code unknown-field}. */
  String code();
}
