package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.testing.CorpusGenerator;
import io.github.otsatlas.testing.CorpusShape;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark corpora: {@link CorpusGenerator} at {@link CorpusShape#benchmark(int)}, from
 * one fixed seed, so that every run and every implementation sees the same data. A JMH fork
 * uses one size, so each size is generated at most once per JVM.
 */
final class Corpora {
  /** The generator seed of every benchmark corpus. */
  static final long SEED = 20_211_112L;

  private static final Map<Integer, Corpus> GENERATED = new HashMap<>();

  private Corpora() {}

  /** Returns the generated, validated corpus of about {@code memberships} memberships. */
  static synchronized Corpus generated(int memberships) {
    return GENERATED.computeIfAbsent(memberships,
        Corpora::generateUncached);
  }

  /** Generates and validates the corpus anew, keeping no reference to it. */
  static Corpus generateUncached(int memberships) {
    return CorpusGenerator.generate(SEED, CorpusShape.benchmark(memberships)).toCorpus();
  }
}
