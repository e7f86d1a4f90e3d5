package io.github.otsatlas.query;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.QuoteLocation;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.Whitespace;
import java.util.Objects;

/**
 * A citation found in its source: the citation, the source, and where the quote stands
 * (code-point offsets and the exact text, with the source's own line breaks). Immutable and
 * thread-safe.
 *
 * @param citation the citation, not null
 * @param source the cited source, not null
 * @param location where the quote stands in the source's text, not null
 */
public record Quotation(Citation citation, Source source, QuoteLocation location) {

  /** Checks that no part is null. */
  public Quotation {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(location, "location");
  }

  /** Returns the quote as it stands in the source, whitespace folded ({@link Whitespace#fold}). */
  public String text() {
    return Whitespace.fold(location.exact());
  }

  /** Returns {@code "quote" — source label [start..end]}. */
  @Override
  public String toString() {
    return "\"" + text() + "\" (" + source.label() + ", " + source.id() + " ["
        + location.start() + ".." + location.end() + "])";
  }
}
