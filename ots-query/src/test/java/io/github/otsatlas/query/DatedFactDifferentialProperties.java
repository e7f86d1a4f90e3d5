package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.ExerciseStatus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.FactSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The queries of agreements, exercises and corridors by the days attested agree with a
 * brute-force scan of the same generated corpus, for random steps: the answers, their
 * certainties (counted day by day, not computed as the query does) and their order.
 */
final class DatedFactDifferentialProperties {
  /** Words asked of the generated signatories: some are whole words of them, "generat" is not. */
  private static final List<String> WORDS = List.of("generated fact", "FACT", "statement", "a generated",
      "supports", "generat", "document 1");

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets(io.github.otsatlas.testing.CorpusShape.small().withAgreementsAndExercises());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return AtlasArbitraries.days(1945, 2030);
  }

  @Property(tries = 60)
  void agreements_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    assertFalse(corpus.agreements().isEmpty(), "the generator makes agreements");
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int i = 0; i < 10; i++) {
      LocalDate first = a.isBefore(b) ? a : b;
      LocalDate last = a.isBefore(b) ? b : a;
      if (r.nextBoolean()) {
        // a year, where month and day precision straddle the edges
        first = LocalDate.of(a.getYear(), 1, 1);
        last = LocalDate.of(a.getYear(), 12, 31);
      }
      boolean timed = r.nextInt(4) != 0;
      boolean possible = r.nextBoolean();
      Party party = r.nextBoolean() ? randomParty(corpus, r) : null;
      StateId host = r.nextInt(3) == 0 ? randomState(corpus, r) : null;
      String city = r.nextInt(4) == 0 ? "city " + r.nextInt(6) : null;
      String words = r.nextInt(3) == 0 ? WORDS.get(r.nextInt(WORDS.size())) : null;
      AgreementKind kind = r.nextInt(3) == 0 ? AgreementKind.values()[r.nextInt(AgreementKind.values().length)] : null;
      SummitId summit = r.nextInt(4) == 0 && !corpus.summits().isEmpty()
          ? corpus.summits().get(r.nextInt(corpus.summits().size())).id() : null;

      AgreementQuery q = atlas.agreements();
      q = party == null ? q : q.withParty(party);
      q = words == null ? q : q.signedBy(words);
      q = timed ? q.during(first, last) : q;
      q = host == null ? q : q.hostedIn(host);
      q = city == null ? q : q.inCity(city);
      q = kind == null ? q : q.ofKind(kind);
      q = summit == null ? q : q.adoptedAt(summit);
      q = possible ? q.includingPossible() : q;

      LocalDate f = first;
      LocalDate l = last;
      Predicate<Agreement> keep = x -> (party == null || x.parties().contains(party))
          && (words == null || x.signatories().stream().anyMatch(s -> hasWords(s, words)))
          && (host == null || x.hostStates().contains(host))
          && (city == null || x.hostCities().stream().anyMatch(c -> c.equalsIgnoreCase(city)))
          && (kind == null || x.kind() == kind)
          && (summit == null || x.adoptedAt().equals(Optional.of(summit)));
      Function<Agreement, Certainty> certainty = x -> {
        Certainty c = timed ? BruteForce.within(x.dates(), f, l) : Certainty.DEFINITELY;
        boolean disputedPlace = (host != null && x.hostStates().size() > 1)
            || (city != null && x.hostCities().size() > 1);
        return disputedPlace ? c.and(Certainty.POSSIBLY) : c;
      };
      List<String> expected = BruteForce.expected(corpus.agreements(), keep, certainty, possible, Agreement::dates,
          x -> x.id().value());
      assertEquals(expected, show(q.list()), q::toString);
      assertEquals(q.list().stream().map(Answer::subject).toList(), q.agreements());
      if (!possible) {
        assertEquals(BruteForce.expected(corpus.agreements(), keep, certainty, true, Agreement::dates, x -> x.id().value())
            .size() - expected.size(), q.possibleLeftOut(), q::toString);
      }
    }
  }

  @Property(tries = 60)
  void exercises_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    assertFalse(corpus.exercises().isEmpty(), "the generator makes exercises");
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int i = 0; i < 10; i++) {
      LocalDate first = a.isBefore(b) ? a : b;
      LocalDate last = a.isBefore(b) ? b : a;
      boolean byYear = r.nextBoolean();
      boolean timed = r.nextInt(4) != 0;
      boolean possible = r.nextBoolean();
      Party involving = r.nextBoolean() ? randomParty(corpus, r) : null;
      Party organizer = r.nextInt(4) == 0 ? randomParty(corpus, r) : null;
      Party participant = r.nextInt(4) == 0 ? randomParty(corpus, r) : null;
      StateId host = r.nextInt(3) == 0 ? randomState(corpus, r) : null;
      OrganizationId framework = r.nextInt(3) == 0
          ? corpus.organizations().get(r.nextInt(corpus.organizations().size())).id() : null;
      ExerciseStatus status = r.nextInt(3) == 0 ? ExerciseStatus.values()[r.nextInt(ExerciseStatus.values().length)] : null;

      ExerciseQuery q = atlas.exercises();
      q = involving == null ? q : q.involving(involving);
      q = organizer == null ? q : q.organizedBy(organizer);
      q = participant == null ? q : q.withParticipant(participant);
      q = !timed ? q : byYear ? q.during(Year.of(a.getYear())) : q.during(first, last);
      q = host == null ? q : q.hostedIn(host);
      q = framework == null ? q : q.underFramework(framework);
      q = status == null ? q : q.withStatus(status);
      q = possible ? q.includingPossible() : q;

      LocalDate f = byYear ? LocalDate.of(a.getYear(), 1, 1) : first;
      LocalDate l = byYear ? LocalDate.of(a.getYear(), 12, 31) : last;
      Predicate<Exercise> keep = x -> (involving == null || x.organizers().contains(involving)
              || x.participants().contains(involving))
          && (organizer == null || x.organizers().contains(organizer))
          && (participant == null || x.participants().contains(participant))
          && (host == null || x.hostStates().contains(host))
          && (framework == null || x.framework().equals(Optional.of(framework)))
          && (status == null || x.status() == status);
      Function<Exercise, Certainty> certainty = x -> {
        Certainty c = timed ? BruteForce.within(x.dates(), f, l) : Certainty.DEFINITELY;
        return host != null && x.hostStates().size() > 1 ? c.and(Certainty.POSSIBLY) : c;
      };
      List<String> expected = BruteForce.expected(corpus.exercises(), keep, certainty, possible, Exercise::dates,
          x -> x.id().value());
      assertEquals(expected, show(q.list()), q::toString);
      assertEquals(q.list().stream().map(Answer::subject).toList(), q.exercises());
    }
  }

  @Property(tries = 60)
  void corridors_byTheDaysAttested_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    LocalDate first = a.isBefore(b) ? a : b;
    LocalDate last = a.isBefore(b) ? b : a;
    boolean oneDay = r.nextBoolean();
    LocalDate f = oneDay ? a : first;
    LocalDate l = oneDay ? a : last;
    StateId through = r.nextBoolean() ? randomState(corpus, r) : null;
    CorridorQuery q = through == null ? atlas.corridors() : atlas.corridors().through(through);
    q = (oneDay ? q.attestedOn(a) : q.attestedDuring(first, last)).includingPossible();
    List<String> expected = new ArrayList<>();
    for (Corridor c : corpus.corridors()) {
      if (through != null && !c.passes(io.github.otsatlas.model.Waypoint.of(through))) {
        continue;
      }
      // the strongest over the corridor's attestations, each counted day by day
      Certainty best = Certainty.NOT;
      for (var citation : c.allCitations()) {
        if (citation.asOf().isPresent()) {
          best = best.or(BruteForce.within(List.of(citation.asOf().get()), f, l));
        }
      }
      if (best != Certainty.NOT) {
        expected.add(c.id().value() + "=" + best);
      }
    }
    assertEquals(expected, show(q.list()), q::toString);
    for (Answer<Corridor> answer : q.list()) {
      assertTrue(answer.citations().stream().anyMatch(c -> c.asOf().isPresent()),
          "an answer by the days attested rests on an attestation: " + answer);
    }
  }



  /** Whole-word containment, case-insensitive (the generated names are ASCII). */
  private static boolean hasWords(String text, String words) {
    return (" " + text.toLowerCase(java.util.Locale.ROOT) + " ")
        .contains(" " + words.toLowerCase(java.util.Locale.ROOT) + " ");
  }

  private static Party randomParty(Corpus corpus, Random r) {
    return r.nextInt(4) == 0 ? corpus.organizations().get(r.nextInt(corpus.organizations().size())).id()
        : randomState(corpus, r);
  }

  private static StateId randomState(Corpus corpus, Random r) {
    return corpus.states().get(r.nextInt(corpus.states().size())).id();
  }

  private static List<String> show(List<? extends Answer<?>> answers) {
    return answers.stream().map(a -> ((Fact) a.subject()).ref().id() + "=" + a.certainty()).toList();
  }
}
