package io.github.otsatlas.corpus;

/**
 * The limits a loader enforces on the files it reads, so that a hostile or broken corpus
 * cannot exhaust memory or the stack. Past a limit, loading fails with rule {@code limit}.
 * Immutable and thread-safe.
 *
 * <p>The defaults ({@link #defaults()}) fit a hand-curated corpus with room to spare: JSON
 * files up to 64 MiB, source texts up to 16 MiB each and 64 MiB together (a text named by
 * several sources is read and counted once), strings up to 1 Mi characters, and JSON nesting
 * up to 16 levels (the format itself needs 8: file, array, organization, names, name,
 * citations, citation, supports).
 *
 * @param maxJsonBytes the largest JSON file, in bytes
 * @param maxSourceBytes the largest source text file, in bytes
 * @param maxTotalSourceBytes the most bytes of all source texts together, each file once
 * @param maxStringLength the longest JSON string, in characters
 * @param maxNestingDepth the deepest JSON nesting of arrays and objects
 */
public record LoadLimits(long maxJsonBytes, long maxSourceBytes, long maxTotalSourceBytes,
    int maxStringLength, int maxNestingDepth) {

  /** Checks that every limit is positive. */
  public LoadLimits {
    if (maxJsonBytes < 1 || maxSourceBytes < 1 || maxTotalSourceBytes < 1 || maxStringLength < 1
        || maxNestingDepth < 1) {
      throw new IllegalArgumentException("every limit must be positive: " + this);
    }
    if (maxJsonBytes > Integer.MAX_VALUE - 8 || maxSourceBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("files are read into memory: at most 2 GiB each: " + this);
    }
  }

  /** Returns the default limits. */
  public static LoadLimits defaults() {
    return new LoadLimits(64L << 20, 16L << 20, 64L << 20, 1 << 20, 16);
  }

  /** Returns a copy with another limit on JSON file size, for large generated corpora. */
  public LoadLimits withMaxJsonBytes(long bytes) {
    return new LoadLimits(bytes, maxSourceBytes, maxTotalSourceBytes, maxStringLength, maxNestingDepth);
  }
}
