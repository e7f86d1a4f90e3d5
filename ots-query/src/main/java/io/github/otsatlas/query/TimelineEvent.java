package io.github.otsatlas.query;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event in an organization's history: its date at the precision the sources give (or
 * empty when unknown), what happened, the party concerned, and the fact and citations
 * behind it. Immutable and thread-safe.
 *
 * @param date the date, at its precision, or empty when the sources leave it unknown
 * @param kind what happened
 * @param text a one-line description
 * @param party the party concerned, for membership events
 * @param fact the fact the event comes from
 * @param citations the citations that support it, at least one
 */
public record TimelineEvent(
    Optional<PartialDate> date, Kind kind, String text, Optional<Party> party, FactRef fact,
    List<Citation> citations) {

  /** What happened. */
  public enum Kind {
    /** The organization was founded. */
    FOUNDED,
    /** The organization took a new name. */
    RENAMED,
    /** A party's membership (in any role: member, observer, ...) started. */
    MEMBERSHIP_STARTED,
    /** A party's membership ended (withdrawn, suspended, role changed, ...). */
    MEMBERSHIP_ENDED,
    /** A summit of the organization (a collective record of several summits is none). */
    SUMMIT,
    /** A meeting of the organization that is not a summit. */
    MEETING
  }

  /** Date order: by earliest possible day, then latest; undated last; then kind, then text. */
  static final Comparator<TimelineEvent> ORDER = Comparator
      .comparing((TimelineEvent e) -> e.date().isEmpty())
      .thenComparing(e -> e.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TimelineEvent::kind)
      .thenComparing(TimelineEvent::text);

  /** Checks the parts and copies the citations. */
  public TimelineEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(fact, "fact");
    citations = List.copyOf(citations);
  }

  /** Returns {@code 2019  MEMBERSHIP_STARTED  Uzbekistan joins as MEMBER}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%-10s  %-18s  %s",
        date.map(PartialDate::toString).orElse("unknown"), kind, text);
  }
}
