package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Period;
import java.time.LocalDate;

/**
 * The time filter of a query: no filter, one day, or a range of days (both inclusive).
 * Answers the certainty of a period against it from the period's four day bounds.
 */
final class When {
  static final When ALWAYS = new When(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null);

  final int from;
  final int to;
  private final LocalDate first;
  private final LocalDate last;

  private When(int from, int to, LocalDate first, LocalDate last) {
    this.from = from;
    this.to = to;
    this.first = first;
    this.last = last;
  }

  static When on(LocalDate day) {
    int d = Math.toIntExact(day.toEpochDay());
    return new When(d, d, day, day);
  }

  static When between(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range ends (" + last + ") before it starts (" + first + ")");
    }
    return new When(Math.toIntExact(first.toEpochDay()), Math.toIntExact(last.toEpochDay()), first, last);
  }

  boolean isAlways() {
    return first == null;
  }

  static int clamp(long epochDay) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochDay));
  }

  /** Whether a fact with these bounds held on some day of this filter. */
  Certainty of(int posFrom, int posUntil, int defFrom, int defUntil) {
    if (isAlways()) {
      return Certainty.DEFINITELY;
    }
    if (defFrom <= to && defUntil > from) {
      return Certainty.DEFINITELY;
    }
    return posFrom <= to && posUntil > from ? Certainty.POSSIBLY : Certainty.NOT;
  }

  Certainty of(Period p) {
    return of(clamp(p.possibleFromEpochDay()), clamp(p.possibleUntilEpochDay()),
        clamp(p.definiteFromEpochDay()), clamp(p.definiteUntilEpochDay()));
  }

  @Override
  public String toString() {
    if (isAlways()) {
      return "";
    }
    return first.equals(last) ? ".asOf(" + first + ")" : ".during(" + first + ", " + last + ")";
  }
}
