package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Fact;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One answer of a query: what was found, how certain it is, and the facts it rests on (whose
 * citations support it). Immutable and thread-safe.
 *
 * @param subject what was found (a membership, a party, a state, a corridor, ...), not null
 * @param certainty {@code DEFINITELY} or {@code POSSIBLY}; never {@code NOT}
 * @param basis the facts the answer rests on, at least one
 * @param <T> the type of what was found
 */
public record Answer<T>(T subject, Certainty certainty, List<Fact> basis) {

  /** Checks the parts and copies the basis. */
  public Answer {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(certainty, "certainty");
    basis = List.copyOf(basis);
    if (certainty == Certainty.NOT) {
      throw new IllegalArgumentException("an answer is never NOT: " + subject);
    }
    if (basis.isEmpty()) {
      throw new IllegalArgumentException("an answer rests on at least one fact: " + subject);
    }
  }

  static <T> Answer<T> of(T subject, Certainty certainty, Fact fact) {
    return new Answer<>(subject, certainty, List.of(fact));
  }

  /** Returns whether the answer holds definitely. */
  public boolean isDefinite() {
    return certainty == Certainty.DEFINITELY;
  }

  /**
   * Returns the citations of the basis facts (with their parts': see {@link
   * Fact#allCitations()}), each once, in the basis order.
   */
  public List<Citation> citations() {
    Set<Citation> all = new LinkedHashSet<>();
    for (Fact f : basis) {
      all.addAll(f.allCitations());
    }
    return List.copyOf(all);
  }

  /**
   * Returns {@code subject (CERTAINTY)}, a fact shown by its reference
   * ({@code membership:uzb-ots-member (DEFINITELY)}).
   */
  @Override
  public String toString() {
    return (subject instanceof Fact ? ((Fact) subject).ref() : subject) + " (" + certainty + ")";
  }
}
