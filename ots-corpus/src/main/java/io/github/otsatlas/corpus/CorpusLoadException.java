package io.github.otsatlas.corpus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Thrown when a corpus cannot be loaded: it carries the problems found, each naming its file,
 * record and rule, and the exact count of problems of each rule. An input that breaks
 * millions of records keeps its first {@value #MAX_KEPT} problems and counts the rest, so
 * that neither the load nor the message runs out of memory. When it is thrown, nothing was
 * loaded. Serializable with its problems.
 */
public final class CorpusLoadException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** The most problems an exception keeps (and its message lists); all are counted. */
  public static final int MAX_KEPT = 1000;

  private final List<Problem> problems;
  private final Map<String, Integer> countsByRule;
  private final int problemCount;

  /**
   * Creates the exception from every problem found; it keeps at most {@value #MAX_KEPT}.
   *
   * @param corpus what was being loaded (a directory, or the embedded seed corpus), not null
   * @param problems every problem found, at least one
   */
  public CorpusLoadException(String corpus, List<Problem> problems) {
    this(corpus, problems.subList(0, Math.min(MAX_KEPT, problems.size())), counts(problems), problems.size());
  }

  CorpusLoadException(String corpus, List<Problem> kept, Map<String, Integer> countsByRule, int problemCount) {
    super(message(corpus, kept, countsByRule, problemCount));
    this.problems = List.copyOf(kept);
    this.countsByRule = Map.copyOf(countsByRule);
    this.problemCount = problemCount;
  }

  private static Map<String, Integer> counts(List<Problem> problems) {
    Map<String, Integer> counts = new TreeMap<>();
    problems.forEach(p -> counts.merge(p.rule().code(), 1, Integer::sum));
    return counts;
  }

  private static String message(String corpus, List<Problem> kept, Map<String, Integer> counts, int total) {
    StringBuilder b = new StringBuilder("corpus ").append(io.github.otsatlas.model.Text.printable(corpus))
        .append(" not loaded: ").append(total).append(" problem(s)\n  ")
        .append(kept.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    if (total > kept.size()) {
      Map<String, Integer> rest = new TreeMap<>(counts);
      kept.forEach(p -> rest.merge(p.rule().code(), -1, Integer::sum));
      b.append("\n  and ").append(total - kept.size()).append(" more: ").append(rest.entrySet().stream()
          .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " of rule " + e.getKey())
          .collect(Collectors.joining(", ")));
    }
    return b.toString();
  }

  /**
   * Returns the problems kept, at most {@value #MAX_KEPT}: problems of format in file order or,
   * when every file was well formed, the broken rules, by rule. {@link #problemCount()} says
   * how many there were in all.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns the number of problems found, kept or not. */
  public int problemCount() {
    return problemCount;
  }

  /** Returns the exact number of problems of each rule, by rule code, kept or not. */
  public Map<String, Integer> countsByRule() {
    return new TreeMap<>(countsByRule);
  }
}
