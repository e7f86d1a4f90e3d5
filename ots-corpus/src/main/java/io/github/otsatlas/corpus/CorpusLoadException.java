package io.github.otsatlas.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a corpus cannot be loaded: it carries <em>every</em> problem found, each
 * naming its file, record and rule. When it is thrown, nothing was loaded.
 */
public final class CorpusLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param corpus what was being loaded (a directory, or the embedded seed corpus), not null
   * @param problems every problem found, at least one
   */
  public CorpusLoadException(String corpus, List<Problem> problems) {
    super("corpus " + corpus + " not loaded: " + problems.size() + " problem(s)\n  "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found: problems of format in file order or, when every file was
   * well formed, the broken rules, by rule.
   */
  public List<Problem> problems() {
    return problems;
  }
}
