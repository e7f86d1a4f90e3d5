package io.github.otsatlas.corpus;

import java.util.Objects;

/**
 * One sentence of a text, as {@link Sentences#of(String)} finds it: its words with whitespace
 * folded ({@link io.github.otsatlas.model.Whitespace#fold}) and where it stands in the original
 * text, in Unicode code points, end exclusive — the unit in which a located quote's offsets are
 * counted ({@link io.github.otsatlas.model.QuoteLocation}), so that a quote and a sentence can
 * be compared by their ranges. Immutable and thread-safe.
 *
 * @param text the sentence with every run of whitespace folded to one space, not blank
 * @param start the offset of its first code point in the original text
 * @param end the offset just past its last code point
 */
public record Sentence(String text, int start, int end) {

  /** Creates a sentence; offsets must satisfy {@code 0 <= start < end}. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid sentence " + start + ".." + end + ": '" + text + "'");
    }
  }

  /**
   * Returns whether the range {@code [from, to)} of the same text shares a code point with this
   * sentence.
   *
   * @param from the start of the range, inclusive
   * @param to the end of the range, exclusive
   */
  public boolean overlaps(int from, int to) {
    return from < end && start < to;
  }
}
