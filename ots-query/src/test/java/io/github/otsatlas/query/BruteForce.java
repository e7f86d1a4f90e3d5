package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.PartialDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The brute-force side of the differential properties of dated facts: dates counted day by day,
 * and the answers a query should give in the order it should give them. Written once, apart
 * from the code under test.
 */
final class BruteForce {
  private BruteForce() {}

  /**
   * Counts the days of each date inside the range: DEFINITELY if all days of all dates are
   * inside, POSSIBLY if some day of some date is (or there is no date), NOT otherwise.
   */
  static Certainty within(List<PartialDate> dates, LocalDate first, LocalDate last) {
    if (dates.isEmpty()) {
      return Certainty.POSSIBLY;
    }
    boolean all = true;
    boolean any = false;
    for (PartialDate d : dates) {
      long inside = d.earliest().datesUntil(d.latest().plusDays(1))
          .filter(x -> !x.isBefore(first) && !x.isAfter(last)).count();
      all &= inside == d.dayCount();
      any |= inside > 0;
    }
    return all ? Certainty.DEFINITELY : any ? Certainty.POSSIBLY : Certainty.NOT;
  }

  /**
   * The kept facts in date order (their earliest date, undated last), then by id, each as
   * {@code id=CERTAINTY}; POSSIBLY ones only when {@code possible}.
   */
  static <T> List<String> expected(List<T> all, Predicate<T> keep, Function<T, Certainty> certainty,
      boolean possible, Function<T, List<PartialDate>> dates, Function<T, String> id) {
    Comparator<T> order = Comparator.comparing((T t) -> dates.apply(t).isEmpty())
        .thenComparing(t -> dates.apply(t).stream().map(PartialDate::earliest).min(Comparator.naturalOrder())
            .orElse(LocalDate.MAX))
        .thenComparing(t -> dates.apply(t).stream()
            .min(Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::latest))
            .map(PartialDate::latest).orElse(LocalDate.MAX))
        .thenComparing(id);
    return all.stream().filter(keep).sorted(order)
        .map(t -> id.apply(t) + "=" + certainty.apply(t))
        .filter(s -> s.endsWith("=DEFINITELY") || (possible && s.endsWith("=POSSIBLY")))
        .toList();
  }
}
