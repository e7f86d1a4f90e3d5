package io.github.otsatlas.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Corpus#of} when the facts break one or more {@link Rule rules}. It carries
 * every violation found, not just the first.
 */
public final class CorpusValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every violation found, at least one
   */
  public CorpusValidationException(List<Violation> violations) {
    super(violations.size() + " rule violation(s):\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    this.violations = List.copyOf(violations);
  }

  /** Returns every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }
}
