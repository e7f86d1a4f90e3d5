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
 * @param label the subject for people: a fact's name (for a membership, the party's and the
 *     organization's names and the role), a party's name, not null
 * @param <T> the type of what was found
 */
public record Answer<T>(T subject, Certainty certainty, List<Fact> basis, Grounds grounds,
    List<Disagreement> disagreements, String label) {

  /** Checks the parts and copies the basis and disagreements. */
  public Answer {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(label, "label");
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

  /**
   * Returns an answer labelled by what its subject says of itself: a state's, organization's,
   * corridor's, summit's or agreement's name, an exercise's label; a membership or party by its id alone.
   */
  public Answer(T subject, Certainty certainty, List<Fact> basis, Grounds grounds,
      List<Disagreement> disagreements) {
    this(subject, certainty, basis, grounds, disagreements, ownLabel(subject));
  }

  /** Returns an answer that no disagreement decides, labelled as the five-part constructor does. */
  public Answer(T subject, Certainty certainty, List<Fact> basis, Grounds grounds) {
    this(subject, certainty, basis, grounds, List.of());
  }

  /** The name a subject gives itself, or empty. */
  static String ownLabel(Object subject) {
    if (subject instanceof io.github.otsatlas.model.State s) {
      return s.name();
    } else if (subject instanceof io.github.otsatlas.model.Organization o) {
      return o.name();
    } else if (subject instanceof io.github.otsatlas.model.Corridor c) {
      return c.name();
    } else if (subject instanceof io.github.otsatlas.model.Gathering g) {
      return g.name();
    } else if (subject instanceof io.github.otsatlas.model.Agreement a) {
      return a.name();
    } else if (subject instanceof io.github.otsatlas.model.Exercise e) {
      return e.label();
    } else if (subject instanceof io.github.otsatlas.model.RecognitionAct r) {
      return "recognition by " + r.recognizer().code() + " of " + (r.recognized().isEmpty()
          ? r.recognizedAs().orElse("") : String.join(", ", r.recognized().stream().map(id -> id.code()).toList()));
    }
    return "";
  }

  /** Returns whether sources disagree on what decides this answer. */
  public boolean isDisputed() {
    return !disagreements.isEmpty();
  }

  static <T> Answer<T> of(T subject, Certainty certainty, Fact fact, Grounds grounds) {
    return new Answer<>(subject, certainty, List.of(fact), grounds);
  }

  /**
   * Returns the citations the answer rests on ({@link #citations()}) with those whose quote
   * names one of {@code names} (compared folded, as look-up by name does) first.
   */
  static List<Citation> mentioningFirst(List<Citation> citations, List<String> names) {
    if (names.isEmpty()) {
      return citations;
    }
    List<String> folded = names.stream().map(NameIndex::fold).toList();
    List<Citation> first = new java.util.ArrayList<>();
    List<Citation> rest = new java.util.ArrayList<>();
    for (Citation c : citations) {
      String quote = NameIndex.fold(c.quote());
      (folded.stream().anyMatch(quote::contains) ? first : rest).add(c);
    }
    first.addAll(rest);
    return List.copyOf(first);
  }

  /** Returns whether the answer holds definitely. */
  public boolean isDefinite() {
    return certainty == Certainty.DEFINITELY;
  }

  /**
   * Returns the citations the answer rests on, each once, most relevant first: those of the
   * basis facts (and their parts: see {@link Fact#allCitations()}) that support a claim of its
   * {@link #grounds()} or, where attestations decide it, attest a day; those whose quote names
   * what the query asked about ({@link Grounds#mentions()}: for {@code corridors().through(KAZ)},
   * Kazakhstan) first, then in the basis order.
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
    return mentioningFirst(List.copyOf(all), grounds.mentions());
  }

  /**
   * Returns {@code subject label (CERTAINTY)}, a fact shown by its reference: {@code
   * membership:hun-ots-observer Hungary, OBSERVER of Organization of Turkic States (DEFINITELY)},
   * {@code state:KAZ Kazakhstan (DEFINITELY)}, {@code TKM Turkmenistan (POSSIBLY, disputed)}.
   */
  @Override
  public String toString() {
    return (subject instanceof Fact ? ((Fact) subject).ref() : subject)
        + (label.isEmpty() ? "" : " " + label) + " (" + certainty
        + (disagreements.isEmpty() ? "" : ", disputed") + ")";
  }
}
