package io.github.otsatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source document: its metadata and its full text. A republication names the original
 * in {@link #republicationOf()} and does not count as an independent second source.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

  /** Returns the source's id. */
  public abstract SourceId id();

  /** Returns the document's file name within its corpus directory. */
  public abstract String file();

  /** Returns the title, if the document gives one. */
  public abstract Optional<String> title();

  /** Returns the authors, in the document's order; empty if it names none. */
  public abstract List<String> authors();

  /** Returns the outlet that published it, if known. */
  public abstract Optional<String> outlet();

  /**
   * Returns the publication date at the precision known, or empty if unknown. See {@link
   * #publicationBounds()} for what the document's own text says, and {@link
   * #earliestPublication()} and {@link #latestPublication()} for the days both allow.
   */
  public abstract Optional<PartialDate> published();

  /**
   * Returns the bounds the document's own words set on its publication day, each with its
   * quote; empty if none is recorded.
   */
  public abstract List<PublicationBound> publicationBounds();

  /**
   * Returns the earliest day on which the document may have been published, given its date and
   * its bounds; empty when neither bounds it from below.
   */
  @Value.Lazy
  public Optional<LocalDate> earliestPublication() {
    Optional<LocalDate> day = published().map(PartialDate::earliest);
    for (PublicationBound b : publicationBounds()) {
      day = Optional.of(day.filter(d -> d.isAfter(b.earliest())).orElse(b.earliest()));
    }
    return day;
  }

  /**
   * Returns the latest day on which the document may have been published, given its date and
   * its bounds; empty when nothing bounds it (a document without a date may be published on any
   * day). Only a source whose latest day is on or before a day was certainly published by it.
   */
  @Value.Lazy
  public Optional<LocalDate> latestPublication() {
    Optional<LocalDate> day = published().map(PartialDate::latest);
    for (PublicationBound b : publicationBounds()) {
      if (b.latest().isPresent()) {
        LocalDate l = b.latest().get();
        day = Optional.of(day.filter(d -> d.isBefore(l)).orElse(l));
      }
    }
    return day;
  }

  /**
   * Returns whether the document was published on or before {@code day}: {@link
   * Certainty#DEFINITELY} when its latest possible publication day is, {@link Certainty#NOT}
   * when its earliest possible day is after it, {@link Certainty#POSSIBLY} otherwise.
   *
   * @param day the day, not null
   */
  public Certainty publishedBy(LocalDate day) {
    java.util.Objects.requireNonNull(day, "day");
    if (latestPublication().map(l -> !l.isAfter(day)).orElse(false)) {
      return Certainty.DEFINITELY;
    }
    return earliestPublication().map(e -> e.isAfter(day)).orElse(false) ? Certainty.NOT : Certainty.POSSIBLY;
  }

  /** Returns the http or https URL the document names for itself, if any. */
  public abstract Optional<String> url();

  /** Returns the BCP 47 language tag of the text, such as {@code en}; never empty. */
  public abstract String language();

  /** Returns the source this one republishes, if it is a republication. */
  public abstract Optional<SourceId> republicationOf();

  /** Returns the curator's note, if any. */
  public abstract Optional<String> note();

  /** Returns the full text of the document, exactly as stored (left out of {@code toString}). */
  @Value.Redacted
  public abstract String text();

  @Value.Check
  void check() {
    if (!LANGUAGE_TAG.matcher(language()).matches()) {
      throw new IllegalArgumentException("source " + id() + ": language '" + language()
          + "' is not a BCP 47 tag such as en or pt-BR");
    }
    url().ifPresent(u -> {
      java.net.URI uri;
      try {
        uri = new java.net.URI(u);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("source " + id() + ": url '" + u + "' is not a URI", e);
      }
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("source " + id() + ": url '" + u
            + "' is not an http or https address");
      }
    });
    title().ifPresent(t -> Facts.requireText("source " + id(), "title", t));
    outlet().ifPresent(o -> Facts.requireText("source " + id(), "outlet", o));
    Facts.requireTexts("source " + id(), "authors", authors());
    if (earliestPublication().isPresent() && latestPublication().isPresent()
        && earliestPublication().get().isAfter(latestPublication().get())) {
      throw new IllegalArgumentException("source " + id() + ": its date and publication bounds"
          + " leave no day: not before " + earliestPublication().get() + " and not after "
          + latestPublication().get());
    }
  }

  // BCP 47 in its common shape: a language of 2-3 letters (or 4-8), then subtags of 1-8
  // letters and digits.
  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a short label for people: the title ("untitled document" and the file name when
   * the document gives none), the outlet when known, and the date or "date unknown".
   */
  public String label() {
    StringBuilder b = new StringBuilder(title().orElse("untitled document " + file()));
    outlet().ifPresent(o -> b.append(", ").append(o));
    b.append(", ").append(published().map(PartialDate::toString).orElse("date unknown"));
    return b.toString();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
