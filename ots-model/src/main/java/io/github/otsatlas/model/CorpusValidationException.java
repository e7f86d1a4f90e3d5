package io.github.otsatlas.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Corpus#of} when the facts break one or more {@link Rule rules}. It carries
 * every violation found, not just the first.
 */
public final class CorpusValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most violations the message lists; {@link #violations()} has them all. */
  public static final int MAX_LISTED = 1000;

  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every violation found, at least one
   */
  public CorpusValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    String listed = violations.stream().limit(MAX_LISTED).map(Violation::toString)
        .collect(Collectors.joining("\n  "));
    return violations.size() + " rule violation(s):\n  " + listed
        + (violations.size() > MAX_LISTED ? "\n  and " + (violations.size() - MAX_LISTED) + " more" : "");
  }

  /** Returns every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }
}
