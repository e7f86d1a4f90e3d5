package io.github.otsatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document's own words say about when it was published, for a document whose
 * publication date is unknown or coarse: a report of remarks "on 4 November 2024" was not
 * published before that day ({@link Relation#NOT_BEFORE}); a text that speaks of "20 October of
 * this year" as past, in a year it names, was published within that year ({@link
 * Relation#WITHIN}). The {@link #quote()} is the exact wording in the source's text, located
 * like a citation's quote. Immutable and thread-safe.
 *
 * @param relation how the date bounds the publication, not null
 * @param date the date, at the precision the words give, not null
 * @param quote the words of the document that give the bound, not blank
 */
public record PublicationBound(Relation relation, PartialDate date, String quote) {

  /** How a bound's date relates to the publication day. */
  public enum Relation {
    /** The document was published on or after the date's earliest day. */
    NOT_BEFORE,
    /** The document was published on one of the date's days. */
    WITHIN
  }

  /** Checks the parts. */
  public PublicationBound {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quote, "quote");
    if (Whitespace.isBlank(quote)) {
      throw new IllegalArgumentException("a publication bound's quote must not be blank");
    }
    if (Whitespace.hasLoneSurrogate(quote)) {
      throw new IllegalArgumentException("a publication bound's quote holds half of a surrogate pair");
    }
  }

  /** Returns the earliest publication day this bound allows. */
  public LocalDate earliest() {
    return date.earliest();
  }

  /** Returns the latest publication day this bound allows, if it gives one ({@link Relation#WITHIN}). */
  public java.util.Optional<LocalDate> latest() {
    return relation == Relation.WITHIN ? java.util.Optional.of(date.latest()) : java.util.Optional.empty();
  }
}
