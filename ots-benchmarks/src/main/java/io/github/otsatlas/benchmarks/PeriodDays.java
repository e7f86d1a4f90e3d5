package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Period;
import java.time.LocalDate;

/**
 * The four day bounds of a period as epoch days, from its public values, for the baselines
 * that store them in their own structures: an open bound is a value beyond every day.
 */
final class PeriodDays {
  static final long BEFORE_ANY_DAY = Long.MIN_VALUE / 4;
  static final long AFTER_ANY_DAY = Long.MAX_VALUE / 4;

  private PeriodDays() {}

  /** The first day the period possibly holds. */
  static long possibleFrom(Period p) {
    return p.possibleDays().hasLowerBound() ? p.possibleDays().lowerEndpoint().toEpochDay() : BEFORE_ANY_DAY;
  }

  /** The day from which the period no longer possibly holds. */
  static long possibleUntil(Period p) {
    return p.possibleDays().hasUpperBound() ? p.possibleDays().upperEndpoint().toEpochDay() : AFTER_ANY_DAY;
  }

  /** The latest possible start: the first day it may definitely hold. */
  static long definiteFrom(Period p) {
    return p.latestStart().map(LocalDate::toEpochDay).orElse(AFTER_ANY_DAY);
  }

  /** The earliest possible end: the first day it no longer definitely holds. */
  static long definiteUntil(Period p) {
    return p.earliestEnd().map(LocalDate::toEpochDay).orElse(BEFORE_ANY_DAY);
  }
}
