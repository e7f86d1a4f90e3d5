package io.github.otsatlas.query;

import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Fact;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One answer of a query: what was found, how certain it is, the facts it rests on, and which
 * of their claims decide it ({@link #grounds()}: for "members on day D", a membership's party,
 * organization, role, start, end and attestations). Immutable and thread-safe.
 *
 * @param subject what was found (a membership, a party, a state, a corridor, ...), not null
 * @param certainty {@code DEFINITELY} or {@code POSSIBLY}; never {@code NOT}
 * @param basis the facts the answer rests on, at least one
 * @param grounds the claims of the basis facts that decide the answer, not null
 * @param disagreements the disagreements between sources that decide the answer: about the
 *     claims it rests on, where they leave its days in doubt; such an answer is at most
 *     POSSIBLY on the days they decide
 * @param <T> the type of what was found
 */
public record Answer<T>(T subject, Certainty certainty, List<Fact> basis, Grounds grounds,
    List<Disagreement> disagreements) {

  /** Checks the parts and copies the basis and disagreements. */
  public Answer {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(grounds, "grounds");
    basis = List.copyOf(basis);
    disagreements = List.copyOf(disagreements);
    if (certainty == Certainty.NOT) {
      throw new IllegalArgumentException("an answer is never NOT: " + subject);
    }
    if (basis.isEmpty()) {
      throw new IllegalArgumentException("an answer rests on at least one fact: " + subject);
    }
  }

  /** Returns an answer that no disagreement decides. */
  public Answer(T subject, Certainty certainty, List<Fact> basis, Grounds grounds) {
    this(subject, certainty, basis, grounds, List.of());
  }

  /** Returns whether sources disagree on what decides this answer. */
  public boolean isDisputed() {
    return !disagreements.isEmpty();
  }

  static <T> Answer<T> of(T subject, Certainty certainty, Fact fact, Grounds grounds) {
    return new Answer<>(subject, certainty, List.of(fact), grounds);
  }

  /** Returns whether the answer holds definitely. */
  public boolean isDefinite() {
    return certainty == Certainty.DEFINITELY;
  }

  /**
   * Returns the citations the answer rests on, each once, in the basis order: those of the
   * basis facts (and their parts: see {@link Fact#allCitations()}) that support a claim of its
   * {@link #grounds()} or, where attestations decide it, attest a day.
   */
  public List<Citation> citations() {
    Set<Citation> all = new LinkedHashSet<>();
    for (Fact f : basis) {
      for (Citation c : f.allCitations()) {
        if (grounds.covers(c)) {
          all.add(c);
        }
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns {@code subject (CERTAINTY)}, a fact shown by its reference
   * ({@code membership:uzb-ots-member (DEFINITELY)}).
   */
  @Override
  public String toString() {
    return (subject instanceof Fact ? ((Fact) subject).ref() : subject) + " (" + certainty
        + (disagreements.isEmpty() ? "" : ", disputed") + ")";
  }
}
