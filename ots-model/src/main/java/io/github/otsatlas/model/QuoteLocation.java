package io.github.otsatlas.model;

import java.util.Objects;

/**
 * Where a citation's quote stands in its source: start and end offsets counted in Unicode
 * code points (as W3C Web Annotation selectors count them; end exclusive) and the exact
 * text between them, with the source's own line breaks. Immutable and thread-safe.
 *
 * @param source the source, not null
 * @param start the offset of the first code point of the quote
 * @param end the offset just past the last code point of the quote
 * @param exact the source's text between the offsets, not null
 */
public record QuoteLocation(SourceId source, int start, int end, String exact) {

  /** Creates a location; offsets must satisfy {@code 0 <= start < end}. */
  public QuoteLocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(exact, "exact");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid offsets " + start + ".." + end);
    }
  }
}
