package io.github.otsatlas.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source, the exact words of it that support claims of a fact, the claims they support,
 * and the day on which the words say the fact held, if they date it.
 *
 * <p>The words are selected after the W3C Web Annotation {@code TextQuoteSelector}: the quote,
 * and optionally the text just before and after it to choose one of several occurrences. A
 * {@link Corpus} locates every citation in its source ({@link Corpus#locate(Citation)}).
 *
 * <p>{@link #supports()} names the {@linkplain Claim claims} of its fact that the quoted words
 * state: never none, and never a claim the fact does not make. {@link #asOf()} is an
 * <em>attestation</em>: the day, at the precision known, on which the words say the fact
 * held — the "as of" of a present-tense sentence, usually but not always the source's
 * publication date. A citation without one dates nothing (a past-tense "joined in 2019"
 * supports a start, not a day on which the membership held).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Citation {

  /** Returns the cited source. */
  public abstract SourceId source();

  /** Returns the exact quote: not blank ({@link Whitespace#isBlank}), whole characters. */
  public abstract String quote();

  /** Returns the text just before the quote, to disambiguate, if given. */
  public abstract Optional<String> prefix();

  /** Returns the text just after the quote, to disambiguate, if given. */
  public abstract Optional<String> suffix();

  /**
   * Returns the claims of its fact that the quote supports: at least one, each once, in the
   * curated order. (A list rather than a set: a corpus holds hundreds of thousands of
   * citations, and a short list is a fraction of a set's memory.)
   */
  public abstract List<Claim> supports();

  /** Returns the day on which the quote says its fact held, if it dates its statement. */
  public abstract Optional<PartialDate> asOf();

  /**
   * Returns the role whose <em>complete list</em> of holders in its membership's organization,
   * on its {@linkplain #asOf() attestation day}, the quote gives, if it gives one (a roster
   * sentence: "In addition to the five member states, Turkmenistan, Hungary, and ... participate
   * as observers." lists every {@code OBSERVER}; "The OTS members are ..." every {@code MEMBER},
   * founders included). Every membership the sentence lists cites it so; a party that another
   * source attests in such a role but the list leaves out is a {@link Disagreement}. Only a
   * membership's citation that attests a day and supports its party and a role that satisfies
   * the role listed ({@link Role#satisfies}) may say so.
   */
  public abstract Optional<Role> completeListOf();

  /** Returns a copy that supports other claims: the same quote, read anew. */
  public abstract Citation withSupports(Iterable<? extends Claim> supports);

  /** Returns a copy with another attestation, or none. */
  public abstract Citation withAsOf(Optional<? extends PartialDate> asOf);

  /** Returns whether the quote supports {@code claim}. */
  public boolean supports(Claim claim) {
    return supports().contains(java.util.Objects.requireNonNull(claim, "claim"));
  }

  /** Returns whether the quote supports some claim of {@code attribute}. */
  public boolean supports(Attribute attribute) {
    java.util.Objects.requireNonNull(attribute, "attribute");
    return supports().stream().anyMatch(c -> c.attribute() == attribute);
  }

  @Value.Check
  void check() {
    if (Whitespace.isBlank(quote())) {
      throw new IllegalArgumentException("a citation's quote must not be blank");
    }
    if (Whitespace.hasLoneSurrogate(quote()) || prefix().map(Whitespace::hasLoneSurrogate).orElse(false)
        || suffix().map(Whitespace::hasLoneSurrogate).orElse(false)) {
      throw new IllegalArgumentException("a citation's quote, prefix and suffix must be whole"
          + " characters: one holds half of a surrogate pair");
    }
    if (new java.util.HashSet<>(supports()).size() < supports().size()) {
      throw new IllegalArgumentException("a citation names a claim twice: " + supports());
    }
    if (supports().isEmpty()) {
      throw new IllegalArgumentException("a citation must support at least one claim: \""
          + quote() + "\"");
    }
  }

  /**
   * Returns a citation without prefix, suffix or attestation.
   *
   * @param source the source, not null
   * @param quote the exact quote, not blank
   * @param supports the claims it supports, at least one
   */
  public static Citation of(SourceId source, String quote, Collection<Claim> supports) {
    return builder().source(source).quote(quote).addAllSupports(supports).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}; {@code source}, {@code quote} and one claim are required. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
