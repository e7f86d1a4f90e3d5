package io.github.otsatlas.model;

import java.util.Objects;

/**
 * Thrown when a single value breaks one of the {@link Rule rules} on its own, such as a
 * {@link Period} whose end is before its start. Rules that need a whole corpus are reported
 * by {@link CorpusRules} as {@link Violation}s instead.
 */
public final class RuleViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Rule rule;

  /**
   * Creates the exception.
   *
   * @param rule the rule broken, not null
   * @param message what is wrong, not null
   */
  public RuleViolationException(Rule rule, String message) {
    super("[" + rule.code() + "] " + message);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** Returns the rule broken. */
  public Rule rule() {
    return rule;
  }
}
