package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Mode;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.CorpusShape;
import io.github.otsatlas.testing.FactSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every indexed query family agrees with a brute-force filter of the same generated corpus,
 * for random parameters: the answers, their certainties and their order.
 */
final class QueryDifferentialProperties {
  private static final Comparator<Membership> PARTY_ORDER = Comparator.comparing(Membership::party)
      .thenComparing(m -> m.start().map(PartialDate::earliest).orElse(LocalDate.MIN))
      .thenComparing(Membership::id);
  /** About 36 organizations of 70 records: each state holds about 70 memberships in all. */
  private static final CorpusShape WIDE = new CorpusShape(36, 36, 70, 4, 5, 1950, 2025, 0.7, 40);

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets();
  }

  /**
   * Corpora whose organizations have more records, and whose parties more memberships, than one
   * batch of the index's scan (64): the batches' seams are crossed in both layouts.
   */
  @Provide
  Arbitrary<FactSet> wideCorpora() {
    return AtlasArbitraries.factSets(WIDE);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return AtlasArbitraries.days(1945, 2030);
  }

  @Property(tries = 60)
  void members_asOf_matchesScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate randomDay,
      @ForAll long seed) {
    checkMembersAsOf(facts, randomDay, seed);
  }

  @Property(tries = 10)
  void members_asOf_inWideCorpora_matchesScan(@ForAll("wideCorpora") FactSet facts,
      @ForAll("days") LocalDate randomDay, @ForAll long seed) {
    assertCrossesBatches(facts);
    checkMembersAsOf(facts, randomDay, seed);
  }

  private static void checkMembersAsOf(FactSet facts, LocalDate randomDay, long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (Organization org : corpus.organizations()) {
      LocalDate day = nearEdge(corpus, r, randomDay);
      for (boolean possible : new boolean[] {false, true}) {
        Optional<Role> role = r.nextBoolean() ? Optional.empty()
            : Optional.of(Role.values()[r.nextInt(Role.values().length)]);
        MembershipQuery q = atlas.members(org.id()).asOf(day);
        q = role.map(q::withRole).orElse(q);
        q = possible ? q.includingPossible() : q;
        List<String> expected = corpus.memberships().stream()
            .filter(m -> m.organization().equals(org.id()))
            .filter(m -> role.isEmpty() || m.role().satisfies(role.get()))
            .sorted(PARTY_ORDER)
            .map(m -> m.id() + "=" + m.period().contains(day))
            .filter(s -> s.endsWith("=DEFINITELY") || (possible && s.endsWith("=POSSIBLY")))
            .toList();
        assertEquals(expected, show(q.list()), q::toString);
        assertEquals(expected.size(), q.count());
        assertEquals(q.list().stream().map(a -> a.subject().party()).distinct().toList(), q.parties());
        assertEquals(q.list().stream().map(a -> a.subject().party()).distinct().toList(),
            q.partyAnswers().stream().map(Answer::subject).toList());
      }
    }
  }

  @Property(tries = 60)
  void members_during_matchesScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b) {
    checkMembersDuring(facts, a, b);
  }

  @Property(tries = 10)
  void members_during_inWideCorpora_matchesScan(@ForAll("wideCorpora") FactSet facts,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    assertCrossesBatches(facts);
    checkMembersDuring(facts, a, b);
  }

  private static void checkMembersDuring(FactSet facts, LocalDate a, LocalDate b) {
    LocalDate first = a.isBefore(b) ? a : b;
    LocalDate last = a.isBefore(b) ? b : a;
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Period window = Period.ofDays(first, last);
    for (Organization org : corpus.organizations()) {
      List<String> expected = corpus.memberships().stream()
          .filter(m -> m.organization().equals(org.id()))
          .sorted(PARTY_ORDER)
          .map(m -> m.id() + "=" + m.period().overlaps(window))
          .filter(s -> !s.endsWith("=NOT"))
          .toList();
      assertEquals(expected, show(atlas.members(org.id()).during(first, last).includingPossible().list()));
    }
  }

  @Property(tries = 40)
  void members_underName_matchesScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate day) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    for (Organization org : corpus.organizations()) {
      for (OrganizationName name : org.names()) {
        Period named = org.namePeriods().get(name);
        List<String> expected = corpus.memberships().stream()
            .filter(m -> m.organization().equals(org.id()))
            .sorted(PARTY_ORDER)
            .map(m -> m.id() + "=" + m.period().contains(day).and(named.overlaps(m.period())))
            .filter(s -> !s.endsWith("=NOT"))
            .toList();
        assertEquals(expected, show(atlas.members(org.id()).asOf(day).underName(name.name())
            .includingPossible().list()));
      }
    }
  }

  @Property(tries = 60)
  void organizations_withMember_matchesScan(@ForAll("corpora") FactSet facts,
      @ForAll("days") LocalDate randomDay, @ForAll long seed) {
    checkOrganizationsWithMember(facts, randomDay, seed);
  }

  @Property(tries = 10)
  void organizations_withMember_inWideCorpora_matchesScan(@ForAll("wideCorpora") FactSet facts,
      @ForAll("days") LocalDate randomDay, @ForAll long seed) {
    assertCrossesBatches(facts);
    checkOrganizationsWithMember(facts, randomDay, seed);
  }

  private static void checkOrganizationsWithMember(FactSet facts, LocalDate randomDay, long seed) {
    Corpus corpus = facts.toCorpus();
    LocalDate day = nearEdge(corpus, new Random(seed), randomDay);
    Atlas atlas = Atlas.of(corpus);
    List<Party> parties = new ArrayList<>();
    corpus.states().forEach(s -> parties.add(s.id()));
    corpus.organizations().forEach(o -> parties.add(o.id()));
    for (Party p : parties) {
      List<String> expected = corpus.organizations().stream()
          .map(o -> o.id() + "=" + corpus.memberships().stream()
              .filter(m -> m.party().equals(p) && m.organization().equals(o.id()))
              .map(m -> m.period().contains(day)).reduce(Certainty.NOT, Certainty::or))
          .filter(s -> !s.endsWith("=NOT"))
          .toList();
      MemberOrganizationQuery q = atlas.organizations().withMember(p).asOf(day).includingPossible();
      assertEquals(expected, show(q.list()));
      assertEquals(q.list().stream().map(Answer::subject).toList(), q.organizations());
    }
  }

  @Property(tries = 60)
  void states_allAnyNone_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate randomDay,
      @ForAll long seed) {
    checkStatesAllAnyNone(facts, randomDay, seed);
  }

  @Property(tries = 10)
  void states_allAnyNone_inWideCorpora_matchScan(@ForAll("wideCorpora") FactSet facts,
      @ForAll("days") LocalDate randomDay, @ForAll long seed) {
    assertCrossesBatches(facts);
    checkStatesAllAnyNone(facts, randomDay, seed);
  }

  private static void checkStatesAllAnyNone(FactSet facts, LocalDate randomDay, long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    LocalDate day = nearEdge(corpus, r, randomDay);
    List<OrganizationId> orgs = corpus.organizations().stream().map(Organization::id).collect(Collectors.toList());
    OrganizationId a = orgs.get(r.nextInt(orgs.size()));
    OrganizationId b = orgs.get(r.nextInt(orgs.size()));
    Function<State, Certainty> inA = s -> member(corpus, s.id(), a, day);
    Function<State, Certainty> inB = s -> member(corpus, s.id(), b, day);
    assertEquals(expected(corpus, s -> inA.apply(s).and(inB.apply(s))),
        show(atlas.states().memberOfAll(a, b).asOf(day).includingPossible().list()));
    assertEquals(expected(corpus, s -> inA.apply(s).or(inB.apply(s))),
        show(atlas.states().memberOfAny(a, b).asOf(day).includingPossible().list()));
    assertEquals(expected(corpus, s -> inA.apply(s).not().and(inB.apply(s).not())),
        show(atlas.states().memberOfNone(a, b).asOf(day).includingPossible().list()));
    assertEquals(expected(corpus, s -> inA.apply(s).and(inB.apply(s))).stream()
            .filter(x -> x.endsWith("=DEFINITELY")).toList(),
        show(atlas.states().memberOfAll(a, b).asOf(day).list()));
    OrganizationId c = orgs.get(r.nextInt(orgs.size()));
    for (MemberStateQuery q : List.of(atlas.states().memberOfAll(a, b).asOf(day),
        atlas.states().memberOfAll(a, b).asOf(day).includingPossible(),
        atlas.states().memberOfAny(a, b).asOf(day),
        atlas.states().memberOfAny(a, b).asOf(day).includingPossible(),
        atlas.states().memberOfAll(a, b, c).during(day, day.plusYears(3)).includingPossible(),
        atlas.states().memberOfAny(a, c).withRole(Role.OBSERVER, Role.MEMBER).asOf(day).includingPossible(),
        atlas.states().memberOfAll(a).includingPossible(),
        atlas.states().memberOfNone(a, b).asOf(day))) {
      assertEquals(q.list().stream().map(x -> x.subject().id()).toList(), q.states(), q::toString);
    }
  }

  @Property(tries = 60)
  void corridors_matchScan(@ForAll("corpora") FactSet facts, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int i = 0; i < 20; i++) {
      StateId through = corpus.states().get(r.nextInt(corpus.states().size())).id();
      StateId bypass = corpus.states().get(r.nextInt(corpus.states().size())).id();
      Mode mode = Mode.values()[r.nextInt(Mode.values().length)];
      boolean useBypass = r.nextBoolean();
      boolean useMode = r.nextBoolean();
      CorridorQuery q = atlas.corridors().through(through);
      q = useBypass ? q.bypassing(bypass) : q;
      q = useMode ? q.withMode(mode) : q;
      List<String> expected = corpus.corridors().stream()
          .filter(c -> c.passes(Waypoint.of(through)))
          .filter(c -> !useBypass || c.bypasses().contains(Waypoint.of(bypass)))
          .filter(c -> !useMode || c.modes().contains(mode))
          .map(c -> c.id() + "=DEFINITELY").toList();
      assertEquals(expected, show(q.list()), q::toString);
      List<String> promoted = corpus.corridors().stream()
          .filter(c -> c.promoters().contains(through)).map(c -> c.id() + "=DEFINITELY").toList();
      assertEquals(promoted, show(atlas.corridors().promotedBy(through).list()));
    }
  }

  @Property(tries = 60)
  void summits_matchScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b, @ForAll long seed) {
    LocalDate first = a.isBefore(b) ? a : b;
    LocalDate last = a.isBefore(b) ? b : a;
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    OrganizationId org = corpus.organizations().get(r.nextInt(corpus.organizations().size())).id();
    StateId host = corpus.states().get(r.nextInt(corpus.states().size())).id();
    Comparator<Summit> order = Comparator.comparing((Summit s) -> s.date().map(PartialDate::earliest).orElse(LocalDate.MAX))
        .thenComparing(s -> s.date().map(PartialDate::latest).orElse(LocalDate.MAX))
        .thenComparing(Summit::id);
    List<String> expected = corpus.summits().stream()
        .filter(s -> s.organization().equals(Optional.of(org)))
        .sorted(order)
        .map(s -> s.id() + "=" + within(s.date(), first, last))
        .filter(s -> !s.endsWith("=NOT")).toList();
    assertEquals(expected, show(atlas.summits().of(org).during(first, last).includingPossible().list()));
    List<String> hosted = corpus.summits().stream()
        .filter(s -> s.hostState().equals(Optional.of(host))).sorted(order)
        .map(s -> s.id() + "=DEFINITELY").toList();
    assertEquals(hosted, show(atlas.summits().hostedIn(host).list()));
  }

  @Property(tries = 40)
  void members_ofParty_duringAYear_matchesScan(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate day) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Period year = Period.ofDays(LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31));
    for (Organization org : corpus.organizations()) {
      for (State s : corpus.states()) {
        List<String> expected = corpus.memberships().stream()
            .filter(m -> m.organization().equals(org.id()) && m.party().equals(s.id()))
            .sorted(PARTY_ORDER)
            .map(m -> m.id() + "=" + m.period().overlaps(year))
            .filter(x -> !x.endsWith("=NOT"))
            .toList();
        assertEquals(expected, show(atlas.members(org.id()).ofParty(s.id())
            .during(java.time.Year.of(day.getYear())).includingPossible().list()));
      }
    }
  }

  @Property(tries = 40)
  void states_byRecognition_summits_byAttendanceAndOutcome_corridors_byConnection_matchScan(
      @ForAll("corpora") FactSet facts, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (io.github.otsatlas.model.Recognition rec : io.github.otsatlas.model.Recognition.values()) {
      assertEquals(corpus.states().stream().filter(s -> s.recognition() == rec).map(s -> s.id() + "=DEFINITELY").toList(),
          show(atlas.states().withRecognition(rec).list()));
    }
    StateId recognizer = corpus.states().get(r.nextInt(corpus.states().size())).id();
    assertEquals(corpus.states().stream().filter(s -> s.recognizedBy().contains(recognizer))
        .map(s -> s.id() + "=DEFINITELY").toList(), show(atlas.states().recognizedBy(recognizer).list()));
    StateId attendee = corpus.states().get(r.nextInt(corpus.states().size())).id();
    io.github.otsatlas.model.OutcomeKind kind = io.github.otsatlas.model.OutcomeKind.values()[
        r.nextInt(io.github.otsatlas.model.OutcomeKind.values().length)];
    List<String> byDate = atlas.summits().includingPossible().list().stream().map(a -> a.subject().id().toString()).toList();
    assertEquals(byDate.stream().filter(id -> corpus.summit(io.github.otsatlas.model.SummitId.of(id)).orElseThrow()
            .attendance().contains(attendee)).map(id -> id + "=DEFINITELY").toList(),
        show(atlas.summits().attendedBy(attendee).list()));
    assertEquals(byDate.stream().filter(id -> corpus.summit(io.github.otsatlas.model.SummitId.of(id)).orElseThrow()
            .outcomes().stream().anyMatch(o -> o.kind() == kind)).map(id -> id + "=DEFINITELY").toList(),
        show(atlas.summits().withOutcome(kind).list()));
    for (Corridor target : corpus.corridors()) {
      assertEquals(corpus.corridors().stream().filter(c -> c.connectsTo().contains(target.id()))
          .map(c -> c.id() + "=DEFINITELY").toList(), show(atlas.corridors().connectsTo(target.id()).list()));
    }
  }

  /**
   * Half the time returns a day on or next to a boundary of a random membership (where
   * off-by-one errors live), otherwise {@code day}.
   */
  /** Fails unless some organization and some party hold more records than one scan batch. */
  private static void assertCrossesBatches(FactSet facts) {
    Corpus corpus = facts.toCorpus();
    assertTrue(corpus.memberships().stream()
        .collect(Collectors.groupingBy(Membership::organization, Collectors.counting()))
        .values().stream().anyMatch(n -> n > 64), "an organization of more than 64 records");
    assertTrue(corpus.memberships().stream()
        .collect(Collectors.groupingBy(Membership::party, Collectors.counting()))
        .values().stream().anyMatch(n -> n > 64), "a party of more than 64 records");
  }

  static LocalDate nearEdge(Corpus corpus, Random r, LocalDate day) {
    if (r.nextBoolean() || corpus.memberships().isEmpty()) {
      return day;
    }
    Period p = corpus.memberships().get(r.nextInt(corpus.memberships().size())).period();
    // the period's edges, from its public values: possible range, latest start, earliest end
    List<LocalDate> edges = new ArrayList<>();
    if (p.possibleDays().hasLowerBound()) {
      edges.add(p.possibleDays().lowerEndpoint());
    }
    if (p.possibleDays().hasUpperBound()) {
      edges.add(p.possibleDays().upperEndpoint());
    }
    p.latestStart().ifPresent(edges::add);
    p.earliestEnd().ifPresent(edges::add);
    if (edges.isEmpty()) {
      return day;
    }
    return edges.get(r.nextInt(edges.size())).plusDays(r.nextInt(3) - 1);
  }

  private static Certainty within(Optional<PartialDate> date, LocalDate first, LocalDate last) {
    if (date.isEmpty()) {
      return Certainty.POSSIBLY;
    }
    // count the possible days inside the range: all, some or none
    long inside = date.get().earliest().datesUntil(date.get().latest().plusDays(1))
        .filter(d -> !d.isBefore(first) && !d.isAfter(last)).count();
    return inside == 0 ? Certainty.NOT
        : inside == date.get().dayCount() ? Certainty.DEFINITELY : Certainty.POSSIBLY;
  }

  private static Certainty member(Corpus corpus, StateId s, OrganizationId org, LocalDate day) {
    return corpus.memberships().stream()
        .filter(m -> m.party().equals(s) && m.organization().equals(org))
        .map(m -> m.period().contains(day)).reduce(Certainty.NOT, Certainty::or);
  }

  private static List<String> expected(Corpus corpus, Function<State, Certainty> rule) {
    return corpus.states().stream().map(s -> s.id() + "=" + rule.apply(s))
        .filter(x -> !x.endsWith("=NOT")).toList();
  }

  private static List<String> show(List<? extends Answer<?>> answers) {
    return answers.stream().map(a -> id(a.subject()) + "=" + a.certainty()).toList();
  }

  private static String id(Object subject) {
    if (subject instanceof Membership) {
      return ((Membership) subject).id().toString();
    }
    if (subject instanceof Organization) {
      return ((Organization) subject).id().toString();
    }
    if (subject instanceof State) {
      return ((State) subject).id().toString();
    }
    if (subject instanceof Corridor) {
      return ((Corridor) subject).id().toString();
    }
    if (subject instanceof Summit) {
      return ((Summit) subject).id().toString();
    }
    return subject.toString();
  }
}
