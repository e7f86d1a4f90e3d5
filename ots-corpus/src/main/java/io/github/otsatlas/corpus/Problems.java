package io.github.otsatlas.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems of one load, bounded: the first {@link CorpusLoadException#MAX_KEPT} are kept,
 * every one is counted by rule, so that an input with millions of broken records costs
 * counters, not memory. Thread-confined.
 */
final class Problems {
  private final List<Problem> kept = new ArrayList<>();
  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  void add(Problem p) {
    total++;
    counts.merge(p.rule().code(), 1, Integer::sum);
    if (kept.size() < CorpusLoadException.MAX_KEPT) {
      kept.add(p);
    }
  }

  boolean isEmpty() {
    return total == 0;
  }

  CorpusLoadException exception(String corpus) {
    return new CorpusLoadException(corpus, kept, counts, total);
  }
}
