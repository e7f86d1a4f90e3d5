package io.github.otsatlas.query;

import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * The steps that {@link SummitQuery} and {@link MeetingQuery} share, for code that selects
 * either kind of {@link Gathering} the same way:
 *
 * <pre>{@code
 * static <Q extends GatheringQuery<Q, ?>> Q inUzbekistan(Q query) {
 *   return query.hostedIn(StateId.of("UZB")).during(Year.of(2024));
 * }
 * }</pre>
 *
 * <p>Each step returns a new query of the same type; the rules of a step given twice are those of
 * every query type: a step that sets a value throws {@link IllegalStateException} the second
 * time, {@code attendedBy}, {@code missedBy} and {@code invited} add up, {@code
 * includingPossible()} is idempotent. Implementations are immutable and thread-safe. Only the
 * query types of this package implement it.
 *
 * @param <Q> the query type itself
 * @param <G> the kind of gathering it answers with
 */
public interface GatheringQuery<Q extends GatheringQuery<Q, G>, G extends Gathering> extends Query<G> {

  /** Keeps the gatherings of the organization. */
  Q of(OrganizationId organization);

  /** Keeps the gatherings a source says this state hosted (POSSIBLY where sources dispute the host). */
  Q hostedIn(StateId state);

  /** Keeps the gatherings held in this city, compared folded (case and diacritics, any locale). */
  Q inCity(String city);

  /** Keeps the gatherings held on this day. */
  Q asOf(LocalDate day);

  /** Keeps the gatherings held within these days (both inclusive). */
  Q during(LocalDate first, LocalDate last);

  /** Keeps the gatherings held within the days this partial date allows. */
  Q during(PartialDate date);

  /** Keeps the gatherings held within this year. */
  Q during(Year year);

  /** Keeps the gatherings held within this month. */
  Q during(YearMonth month);

  /** Keeps the gatherings of this status as of their latest report. */
  Q withStatus(SummitStatus status);

  /** Keeps the gatherings a source reports attended by the party; repeated, every party must attend. */
  Q attendedBy(Party party);

  /** Keeps the gatherings a source reports the party did not attend; silence is not absence. */
  Q missedBy(Party party);

  /** Keeps the gatherings with an outcome of this kind. */
  Q withOutcome(OutcomeKind kind);

  /** Keeps the gatherings a source says the party was invited to; an invitation is no attendance. */
  Q invited(Party party);

  /** Adds the POSSIBLY answers. */
  Q includingPossible();
}
