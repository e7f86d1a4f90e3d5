package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.CorpusShape;
import io.github.otsatlas.testing.FactSet;
import java.time.LocalDate;
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
 * The queries of summits and meetings (attendance, absence, invitations, kinds, collective
 * records), of recognitions and of organization and corridor relations agree with a
 * brute-force scan of the same generated corpus, for random steps: the answers, their
 * certainties (dates counted day by day) and their order.
 */
final class GatheringsAndRelationsDifferentialProperties {

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets(CorpusShape.small().withMeetingsAndRecognitions());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return AtlasArbitraries.days(1945, 2030);
  }

  @Property(tries = 60)
  void summitsAndMeetings_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    assertFalse(corpus.meetings().isEmpty(), "the generator makes meetings");
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int i = 0; i < 10; i++) {
      LocalDate first = a.isBefore(b) ? a : b;
      LocalDate last = a.isBefore(b) ? b : a;
      boolean timed = r.nextInt(3) != 0;
      boolean possible = r.nextBoolean();
      OrganizationId org = r.nextInt(3) == 0 ? randomOrganization(corpus, r) : null;
      StateId host = r.nextInt(3) == 0 ? randomState(corpus, r) : null;
      Party attending = r.nextInt(3) == 0 ? randomParty(corpus, r) : null;
      Party absent = r.nextInt(3) == 0 ? randomParty(corpus, r) : null;
      Party invited = r.nextInt(3) == 0 ? randomParty(corpus, r) : null;
      Predicate<Gathering> keep = g -> (org == null || g.organization().equals(Optional.of(org)))
          && (host == null || g.hostStates().contains(host))
          && (attending == null || g.attendance().contains(attending))
          && (absent == null || g.absence().contains(absent))
          && (invited == null || g.invited().contains(invited));
      Function<Gathering, Certainty> certainty = g -> {
        Certainty c = timed ? BruteForce.within(g.dates(), first, last) : Certainty.DEFINITELY;
        return host != null && g.hostStates().size() > 1 ? c.and(Certainty.POSSIBLY) : c;
      };

      if (r.nextBoolean()) {
        Boolean collective = r.nextInt(3) == 0 ? Boolean.valueOf(r.nextBoolean()) : null;
        SummitQuery q = atlas.summits();
        q = org == null ? q : q.of(org);
        q = host == null ? q : q.hostedIn(host);
        q = timed ? q.during(first, last) : q;
        q = attending == null ? q : q.attendedBy(attending);
        q = absent == null ? q : q.missedBy(absent);
        q = invited == null ? q : q.invited(invited);
        q = collective == null ? q : collective ? q.collectiveOnly() : q.individualOnly();
        q = possible ? q.includingPossible() : q;
        Predicate<Summit> kept = s -> keep.test(s) && (collective == null || s.collective() == collective);
        List<String> expected = BruteForce.expected(corpus.summits(), kept, certainty::apply, possible, Summit::dates, f -> f.ref().id());
        assertEquals(expected, show(q.list()), q::toString);
        if (!possible) {
          assertEquals(BruteForce.expected(corpus.summits(), kept, certainty::apply, true, Summit::dates, f -> f.ref().id()).size()
              - expected.size(), q.possibleLeftOut(), q::toString);
        }
      } else {
        MeetingKind kind = r.nextInt(3) == 0 ? MeetingKind.values()[r.nextInt(MeetingKind.values().length)] : null;
        MeetingQuery q = atlas.meetings();
        q = kind == null ? q : q.ofKind(kind);
        q = org == null ? q : q.of(org);
        q = host == null ? q : q.hostedIn(host);
        q = timed ? q.during(first, last) : q;
        q = attending == null ? q : q.attendedBy(attending);
        q = absent == null ? q : q.missedBy(absent);
        q = invited == null ? q : q.invited(invited);
        q = possible ? q.includingPossible() : q;
        Predicate<Meeting> kept = m -> keep.test(m) && (kind == null || m.kind() == kind);
        List<String> expected = BruteForce.expected(corpus.meetings(), kept, certainty::apply, possible, Meeting::dates, f -> f.ref().id());
        assertEquals(expected, show(q.list()), q::toString);
        if (!possible) {
          assertEquals(BruteForce.expected(corpus.meetings(), kept, certainty::apply, true, Meeting::dates, f -> f.ref().id()).size()
              - expected.size(), q.possibleLeftOut(), q::toString);
        }
      }
    }
  }

  @Property(tries = 60)
  void recognitions_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    assertFalse(corpus.recognitions().isEmpty(), "the generator makes recognitions");
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int i = 0; i < 10; i++) {
      LocalDate first = a.isBefore(b) ? a : b;
      LocalDate last = a.isBefore(b) ? b : a;
      boolean timed = r.nextInt(3) != 0;
      boolean possible = r.nextBoolean();
      boolean firstOnly = r.nextInt(3) == 0;
      StateId by = r.nextInt(3) == 0 ? randomState(corpus, r) : null;
      StateId of = r.nextInt(3) == 0 ? randomState(corpus, r) : null;
      RecognitionQuery q = atlas.recognitions();
      q = by == null ? q : q.by(by);
      q = of == null ? q : q.of(of);
      q = timed ? q.during(first, last) : q;
      q = firstOnly ? q.firstOnly() : q;
      q = possible ? q.includingPossible() : q;
      Predicate<RecognitionAct> kept = x -> (by == null || x.recognizer().equals(by))
          && (of == null || x.recognized().contains(of)) && (!firstOnly || x.first());
      Function<RecognitionAct, Certainty> certainty = x -> timed ? BruteForce.within(x.dates(), first, last) : Certainty.DEFINITELY;
      List<String> expected = BruteForce.expected(corpus.recognitions(), kept, certainty, possible, RecognitionAct::dates, f -> f.ref().id());
      assertEquals(expected, show(q.list()), q::toString);
    }
  }

  @Property(tries = 60)
  void organizationAndCorridorRelations_matchScan(@ForAll("corpora") FactSet facts, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int i = 0; i < 10; i++) {
      StateId ledBy = r.nextInt(2) == 0 ? randomState(corpus, r) : null;
      Party founder = r.nextInt(3) == 0 ? randomParty(corpus, r) : null;
      StateId host = r.nextInt(3) == 0 ? randomState(corpus, r) : null;
      OrganizationId within = r.nextInt(3) == 0 ? randomOrganization(corpus, r) : null;
      OrganizationQuery q = atlas.organizations();
      q = ledBy == null ? q : q.ledBy(ledBy);
      q = founder == null ? q : q.foundedBy(founder);
      q = host == null ? q : q.hostedIn(host);
      q = within == null ? q : q.within(within);
      List<String> expected = corpus.organizations().stream()
          .filter(o -> (ledBy == null || o.ledBy().contains(ledBy))
              && (founder == null || o.founders().contains(founder))
              && (host == null || o.hostState().equals(Optional.of(host)))
              && (within == null || o.framework().equals(Optional.of(within))))
          .map(o -> o.id().code() + "=DEFINITELY").toList();
      assertEquals(expected, show(q.list()), q::toString);

      Party stakeholder = r.nextBoolean() ? randomParty(corpus, r) : null;
      CorridorId other = r.nextBoolean() ? corpus.corridors().get(r.nextInt(corpus.corridors().size())).id() : null;
      CorridorQuery c = atlas.corridors();
      c = stakeholder == null ? c : c.withStakeholder(stakeholder);
      c = other == null ? c : c.canConnectTo(other);
      List<String> corridors = corpus.corridors().stream()
          .filter(k -> (stakeholder == null || k.stakeholders().contains(stakeholder))
              && (other == null || k.canConnectTo().contains(other)))
          .map(k -> k.id().value() + "=DEFINITELY").toList();
      assertEquals(corridors, show(c.list()), c::toString);
      if (other != null) {
        for (Corridor k : c.corridors()) {
          assertFalse(k.connectsTo().contains(other), "a possible connection is never a connection");
        }
      }
    }
  }



  private static Party randomParty(Corpus corpus, Random r) {
    return r.nextInt(4) == 0 ? randomOrganization(corpus, r) : randomState(corpus, r);
  }

  private static OrganizationId randomOrganization(Corpus corpus, Random r) {
    return corpus.organizations().get(r.nextInt(corpus.organizations().size())).id();
  }

  private static StateId randomState(Corpus corpus, Random r) {
    return corpus.states().get(r.nextInt(corpus.states().size())).id();
  }

  private static List<String> show(List<? extends Answer<?>> answers) {
    return answers.stream().map(a -> ((Fact) a.subject()).ref().id() + "=" + a.certainty()).toList();
  }
}
