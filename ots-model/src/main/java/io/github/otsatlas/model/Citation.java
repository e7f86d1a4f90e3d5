package io.github.otsatlas.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source and the exact words of it that support a fact, after the W3C Web Annotation
 * {@code TextQuoteSelector}: the quote, and optionally the text just before and after it
 * to choose one of several occurrences. A {@link Corpus} locates every citation in its
 * source ({@link Corpus#locate(Citation)}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Citation {

  /** Returns the cited source. */
  public abstract SourceId source();

  /** Returns the exact quote, not blank. */
  public abstract String quote();

  /** Returns the text just before the quote, to disambiguate, if given. */
  public abstract Optional<String> prefix();

  /** Returns the text just after the quote, to disambiguate, if given. */
  public abstract Optional<String> suffix();

  @Value.Check
  void check() {
    if (quote().isBlank()) {
      throw new IllegalArgumentException("a citation's quote must not be blank");
    }
  }

  /**
   * Returns a citation without prefix or suffix.
   *
   * @param source the source, not null
   * @param quote the exact quote, not blank
   */
  public static Citation of(SourceId source, String quote) {
    return builder().source(source).quote(quote).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}; {@code source} and {@code quote} are required. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
