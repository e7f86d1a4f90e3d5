package io.github.otsatlas.testing;

import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.RuleViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of valid OTS Atlas model objects, for property tests of code built on
 * the model. For example, a user's rule "an observer is never also a member on the same
 * day" can be tested against every generated corpus:
 *
 * <pre>{@code
 * @Property
 * void noObserverIsAlsoAMember(@ForAll("corpora") FactSet facts) {
 *   Corpus corpus = facts.toCorpus();
 *   ...
 * }
 *
 * @Provide
 * Arbitrary<FactSet> corpora() {
 *   return AtlasArbitraries.factSets();
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AtlasArbitraries {
  private AtlasArbitraries() {}

  /** Returns partial dates of every precision in the years 1990 to 2030. */
  public static Arbitrary<PartialDate> partialDates() {
    return partialDates(1990, 2030);
  }

  /**
   * Returns partial dates of every precision in the given years; they shrink towards a year
   * precision and the first year.
   *
   * @param fromYear the first year, 1 to 9999
   * @param toYear the last year, not before {@code fromYear}
   */
  public static Arbitrary<PartialDate> partialDates(int fromYear, int toYear) {
    Arbitrary<Integer> years = Arbitraries.integers().between(fromYear, toYear);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 31);
    Arbitrary<Integer> precision = Arbitraries.integers().between(0, 2);
    return Combinators.combine(precision, years, months, days).as((p, y, m, d) -> {
      if (p == 0) {
        return PartialDate.ofYear(y);
      }
      if (p == 1) {
        return PartialDate.ofMonth(y, m);
      }
      return PartialDate.ofDay(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
    });
  }

  /** Returns days in the years 1990 to 2030. */
  public static Arbitrary<LocalDate> days() {
    return days(1990, 2030);
  }

  /**
   * Returns days in the given years.
   *
   * @param fromYear the first year
   * @param toYear the last year
   */
  public static Arbitrary<LocalDate> days(int fromYear, int toYear) {
    long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
    long to = LocalDate.of(toYear, 12, 31).toEpochDay();
    return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns valid periods over the years 2015 to 2025: known or unknown starts, ends that
   * are dated, ongoing or unknown, and none to three attestations. The narrow range makes
   * imprecise boundaries meet and overlap often.
   */
  public static Arbitrary<Period> periods() {
    return periods(2015, 2025);
  }

  /**
   * Returns valid periods whose dates lie in the given years.
   *
   * @param fromYear the first year
   * @param toYear the last year, not before {@code fromYear}
   */
  public static Arbitrary<Period> periods(int fromYear, int toYear) {
    Arbitrary<Optional<PartialDate>> starts = partialDates(fromYear, toYear).optional(0.85);
    Arbitrary<PeriodEnd> ends = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, partialDates(fromYear, toYear).map(PeriodEnd::on)),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(PeriodEnd.ongoing())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(PeriodEnd.unknown())));
    Arbitrary<List<PartialDate>> attestations = partialDates(fromYear, toYear).list().ofMaxSize(3);
    return Combinators.combine(starts, ends, attestations)
        .as(AtlasArbitraries::periodOrEmpty)
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static Optional<Period> periodOrEmpty(
      Optional<PartialDate> start, PeriodEnd end, List<PartialDate> attestations) {
    try {
      return Optional.of(Period.of(start, end, attestations));
    } catch (RuleViolationException reversed) {
      return Optional.empty();
    }
  }

  /** Returns small valid fact sets ({@link CorpusShape#small()}). */
  public static Arbitrary<FactSet> factSets() {
    return factSets(CorpusShape.small());
  }

  /**
   * Returns valid fact sets of the given shape. Each is made by {@link CorpusGenerator} from
   * a seed jqwik draws, so a failing case is reproduced by its seed (shrinking moves the
   * seed, not the records).
   *
   * @param shape the size and mix, not null
   */
  public static Arbitrary<FactSet> factSets(CorpusShape shape) {
    return Arbitraries.longs().map(seed -> CorpusGenerator.generate(seed, shape));
  }
}
