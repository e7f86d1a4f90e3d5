package io.github.otsatlas.corpus;

import io.github.otsatlas.model.Corpus;

/**
 * The seed corpus embedded in this jar: the five source documents of the project's
 * {@code seeds/} folder and the facts curated from them. Needs no file on disk.
 *
 * <pre>{@code
 * Corpus seeds = SeedCorpus.load();
 * }</pre>
 */
public final class SeedCorpus {
  /** Where the build puts the seed folder on the class path. */
  static final String RESOURCE_BASE = "io/github/otsatlas/corpus/seeds/";

  private SeedCorpus() {}

  /**
   * Loads and validates the embedded seed corpus. Each call parses it anew (some tens of
   * milliseconds in a warm JVM); keep the result, which is immutable and thread-safe, to
   * share it.
   *
   * @return the seed corpus
   * @throws CorpusLoadException if the embedded files are broken (a packaging bug)
   */
  public static Corpus load() {
    return CorpusLoader.create().load(CorpusFiles.classpath(RESOURCE_BASE));
  }
}
