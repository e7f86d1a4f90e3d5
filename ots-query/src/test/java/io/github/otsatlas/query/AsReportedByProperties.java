package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.CorpusRules;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.PublicationBound;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Atlas#asReportedBy(LocalDate)} against {@link ReportedByOracle}, a brute-force reading
 * of the whole corpus's claims by the sources certainly published by the day: on generated
 * corpora whose facts several sources report over time, for days near publication days and
 * bounds and for query days near period edges, every query family answers as the scan says —
 * answers, certainties, the facts they rest on and the disagreements they carry — and so do the
 * records, the evidence, the sources left out and the disagreements themselves.
 */
final class AsReportedByProperties {
  private static final CorpusShape SHAPE = CorpusShape.small().withSourcesOverTime();
  private static final Comparator<Membership> PARTY_ORDER = Comparator.comparing(Membership::party)
      .thenComparing(m -> m.start().map(PartialDate::earliest).orElse(LocalDate.MIN))
      .thenComparing(Membership::id);
  private static final Comparator<Summit> SUMMIT_ORDER = Comparator
      .comparing((Summit s) -> s.dates().isEmpty())
      .thenComparing(s -> s.dates().stream().min(Comparator.naturalOrder()).orElse(null),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Summit::id);
  private static final Set<Attribute> WHO = EnumSet.of(Attribute.PARTY, Attribute.ORGANIZATION, Attribute.ROLE);
  private static final Set<Attribute> WHO_WHEN = EnumSet.of(Attribute.PARTY, Attribute.ORGANIZATION,
      Attribute.ROLE, Attribute.START, Attribute.END);

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets(SHAPE);
  }

  @Property(tries = 100)
  void asReportedBy_answersAsTheBruteForceReadingOfTheSourcesPublishedByThen(
      @ForAll("corpora") FactSet facts, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas atlas = Atlas.of(corpus);
    Random r = new Random(seed);
    for (int k = 0; k < 3; k++) {
      LocalDate day = reportingDay(corpus, r);
      ReportedByOracle oracle = new ReportedByOracle(corpus, day);
      Atlas narrowed = atlas.asReportedBy(day);
      String at = "as reported by " + day;
      records(oracle, narrowed, at);
      for (int q = 0; q < 3; q++) {
        LocalDate queryDay = q == 0 ? day : queryDay(oracle, r);
        members(oracle, narrowed, queryDay, r, at);
        states(oracle, narrowed, queryDay, r, at);
        organizations(oracle, narrowed, queryDay, at);
      }
      memberEdges(oracle, narrowed, r, at);
      summits(oracle, narrowed, r, at);
      corridors(oracle, narrowed, at);
      timelines(oracle, narrowed, at);
      evidence(oracle, narrowed, r, at);
    }
  }

  /**
   * Half the time a day where a source's publication is decided (its first or last possible day,
   * a day its bounds name, or the day next to one), otherwise any day of the sources' years.
   */
  static LocalDate reportingDay(Corpus corpus, Random r) {
    List<LocalDate> edges = new ArrayList<>();
    for (Source s : corpus.sources()) {
      s.earliestPublication().ifPresent(edges::add);
      s.latestPublication().ifPresent(edges::add);
      s.published().ifPresent(p -> {
        edges.add(p.earliest());
        edges.add(p.latest());
      });
      for (PublicationBound b : s.publicationBounds()) {
        edges.add(b.date().earliest());
        edges.add(b.date().latest());
      }
    }
    if (r.nextBoolean() || edges.isEmpty()) {
      return LocalDate.ofEpochDay(LocalDate.of(1985, 1, 1).toEpochDay() + r.nextInt(45 * 366));
    }
    return edges.get(r.nextInt(edges.size())).plusDays(r.nextInt(3) - 1);
  }

  /** A day on or next to an edge of what the narrowed records say, or the reporting day, or any. */
  static LocalDate queryDay(ReportedByOracle oracle, Random r) {
    List<LocalDate> edges = new ArrayList<>();
    for (Membership m : oracle.memberships) {
      Period p = ReportedByOracle.period(m);
      if (p.possibleDays().hasLowerBound()) {
        edges.add(p.possibleDays().lowerEndpoint());
      }
      if (p.possibleDays().hasUpperBound()) {
        edges.add(p.possibleDays().upperEndpoint());
      }
      p.latestStart().ifPresent(edges::add);
      p.earliestEnd().ifPresent(edges::add);
      m.citations().forEach(c -> c.asOf().ifPresent(a -> edges.add(a.earliest())));
    }
    for (Disagreement d : oracle.disagreements) {
      d.doubtfulDays().ifPresent(x -> {
        edges.add(x.lowerEndpoint());
        if (x.hasUpperBound()) {
          edges.add(x.upperEndpoint());
        }
      });
    }
    int pick = r.nextInt(4);
    if (pick == 0 || edges.isEmpty()) {
      return LocalDate.ofEpochDay(LocalDate.of(1945, 1, 1).toEpochDay() + r.nextInt(86 * 366));
    }
    return edges.get(r.nextInt(edges.size())).plusDays(r.nextInt(3) - 1);
  }

  // --- the records, sources and disagreements ---

  private static void records(ReportedByOracle o, Atlas n, String at) {
    assertEquals(Optional.of(o.day), n.reportedBy(), at);
    assertEquals(ids(o.leftOut), ids(n.sourcesLeftOut()), at + ": sources left out");
    Corpus c = n.corpus();
    assertEquals(o.sources, c.sources(), at + ": sources");
    assertEquals(o.states, c.states(), at + ": states");
    assertEquals(o.organizations, c.organizations(), at + ": organizations");
    assertEquals(o.summits, c.summits(), at + ": summits");
    assertEquals(o.corridors, c.corridors(), at + ": corridors");
    assertEquals(o.memberships, c.memberships(), at + ": memberships");
    assertEquals(List.of(), CorpusRules.check(c.sources(), c.states(), c.organizations(), c.memberships(),
        c.corridors(), c.summits()), at + ": rules");
    assertEquals(sortedKeys(o.disagreements), sortedKeys(n.disagreements()), at + ": disagreements");
    // in fact order: by kind of fact, then id, then attribute
    List<Disagreement> ds = n.disagreements();
    for (int i = 1; i < ds.size(); i++) {
      Disagreement a = ds.get(i - 1);
      Disagreement b = ds.get(i);
      int order = Comparator.comparing((Disagreement d) -> d.fact().kind())
          .thenComparing(d -> d.fact().id()).thenComparing(Disagreement::attribute).compare(a, b);
      assertTrue(order <= 0, at + ": disagreements out of order: " + a + " before " + b);
    }
  }

  // --- members(org) ---

  private static void members(ReportedByOracle o, Atlas n, LocalDate day, Random r, String at) {
    List<OrganizationId> orgs = new ArrayList<>(o.full.organizations().stream().map(Organization::id).toList());
    for (OrganizationId org : orgs) {
      Role role = r.nextBoolean() ? null : Role.values()[r.nextInt(Role.values().length)];
      for (boolean possible : new boolean[] {false, true}) {
        MembershipQuery q = n.members(org).asOf(day);
        q = role == null ? q : q.withRole(role);
        q = possible ? q.includingPossible() : q;
        List<String> expected = members(o, org, role, possible, day, day);
        assertEquals(expected, shown(q.list()), at + ": " + q);
        assertEquals(expected.size(), q.count(), at + ": " + q + ".count()");
        List<Party> parties = memberAnswers(o, org, role, possible, day, day).stream()
            .map(m -> m.party()).distinct().toList();
        assertEquals(parties, q.parties(), at + ": " + q + ".parties()");
        assertEquals(partyAnswers(o, org, role, possible, day), shown(q.partyAnswers()),
            at + ": " + q + ".partyAnswers()");
      }
      LocalDate first = day.minusDays(r.nextInt(800));
      LocalDate last = day.plusDays(r.nextInt(800));
      MembershipQuery during = n.members(org).during(first, last).includingPossible();
      assertEquals(members(o, org, null, true, first, last), shown(during.list()), () -> at + ": " + during
          + o.memberships.stream().filter(m -> m.organization().equals(org))
              .map(m -> "\n  " + m.id() + " " + ReportedByOracle.period(m) + " definite " + ReportedByOracle.period(m).definiteDays()
                  + " doubts " + o.disagreements.stream().filter(d -> d.fact().equals(m.ref())).map(d -> d.doubtfulDays()).toList())
              .toList());
      List<String> ever = o.memberships.stream().filter(m -> m.organization().equals(org)).sorted(PARTY_ORDER)
          .map(m -> answer(m.ref(), Certainty.DEFINITELY, List.of(m), o.deciding(List.of(m), WHO, null, null)))
          .toList();
      assertEquals(ever, shown(n.members(org).list()), at + ": members(" + org + ")");
    }
  }

  /**
   * Members of the organization of a few memberships, asked on each edge of those memberships'
   * periods and on the days next to them: where a wrong start, end, attestation or doubt shows.
   */
  private static void memberEdges(ReportedByOracle o, Atlas n, Random r, String at) {
    for (int k = 0; k < 6 && !o.memberships.isEmpty(); k++) {
      Membership m = o.memberships.get(r.nextInt(o.memberships.size()));
      Period p = ReportedByOracle.period(m);
      List<LocalDate> edges = new ArrayList<>();
      p.latestStart().ifPresent(edges::add);
      p.earliestEnd().ifPresent(edges::add);
      if (p.possibleDays().hasLowerBound()) {
        edges.add(p.possibleDays().lowerEndpoint());
      }
      m.citations().forEach(c -> c.asOf().ifPresent(a -> edges.add(a.earliest())));
      o.disagreements.stream().filter(d -> d.fact().equals(m.ref())).forEach(d -> d.doubtfulDays()
          .ifPresent(x -> edges.add(x.lowerEndpoint())));
      for (LocalDate edge : edges) {
        for (int shift = -1; shift <= 1; shift++) {
          LocalDate day = edge.plusDays(shift);
          MembershipQuery q = n.members(m.organization()).asOf(day).includingPossible();
          assertEquals(members(o, m.organization(), null, true, day, day), shown(q.list()), at + ": " + q);
        }
      }
    }
  }

  private static List<Membership> memberAnswers(ReportedByOracle o, OrganizationId org, Role role,
      boolean possible, LocalDate first, LocalDate last) {
    return o.memberships.stream().filter(m -> m.organization().equals(org))
        .filter(m -> role == null || m.role().satisfies(role))
        .filter(m -> wanted(o.holds(m, first, last), possible))
        .sorted(PARTY_ORDER).toList();
  }

  private static List<String> members(ReportedByOracle o, OrganizationId org, Role role, boolean possible,
      LocalDate first, LocalDate last) {
    return memberAnswers(o, org, role, possible, first, last).stream()
        .map(m -> answer(m.ref(), o.holds(m, first, last), List.of(m), o.deciding(List.of(m), WHO_WHEN, first, last)))
        .toList();
  }

  private static List<String> partyAnswers(ReportedByOracle o, OrganizationId org, Role role, boolean possible,
      LocalDate day) {
    List<Membership> hits = memberAnswers(o, org, role, possible, day, day);
    List<String> out = new ArrayList<>();
    for (Party p : hits.stream().map(Membership::party).distinct().toList()) {
      List<Membership> basis = hits.stream().filter(m -> m.party().equals(p)).toList();
      Certainty best = basis.stream().map(m -> o.holds(m, day, day)).reduce(Certainty.NOT, Certainty::or);
      out.add(answer(p, best, basis, o.deciding(basis, WHO_WHEN, day, day)));
    }
    return out;
  }

  private static boolean wanted(Certainty c, boolean possible) {
    return c == Certainty.DEFINITELY || (possible && c == Certainty.POSSIBLY);
  }

  // --- states() ---

  private static void states(ReportedByOracle o, Atlas n, LocalDate day, Random r, String at) {
    List<OrganizationId> orgs = o.full.organizations().stream().map(Organization::id).toList();
    OrganizationId a = orgs.get(r.nextInt(orgs.size()));
    OrganizationId b = orgs.get(r.nextInt(orgs.size()));
    List<OrganizationId> asked = List.copyOf(new LinkedHashSet<>(List.of(a, b)));
    for (boolean possible : new boolean[] {false, true}) {
      for (String mode : List.of("all", "any", "none")) {
        MemberStateQuery q = mode.equals("all") ? n.states().memberOfAll(a, b)
            : mode.equals("any") ? n.states().memberOfAny(a, b) : n.states().memberOfNone(a, b);
        q = q.asOf(day);
        q = possible ? q.includingPossible() : q;
        List<String> expected = new ArrayList<>();
        for (State s : o.states) {
          Certainty combined = mode.equals("any") ? Certainty.NOT : Certainty.DEFINITELY;
          List<Membership> basis = new ArrayList<>();
          for (OrganizationId org : asked) {
            List<Membership> hits = o.memberships.stream()
                .filter(m -> m.party().equals(s.id()) && m.organization().equals(org))
                .filter(m -> wanted(o.holds(m, day, day), possible || mode.equals("none")))
                .sorted(PARTY_ORDER).toList();
            Certainty one = hits.stream().map(m -> o.holds(m, day, day)).reduce(Certainty.NOT, Certainty::or);
            combined = mode.equals("all") ? combined.and(one)
                : mode.equals("any") ? combined.or(one) : combined.and(one.not());
            basis.addAll(hits);
          }
          if (!wanted(combined, possible)) {
            continue;
          }
          expected.add(mode.equals("none") ? answer(s.id(), combined, List.of(s), List.of())
              : answer(s.id(), combined, basis, o.deciding(basis, WHO_WHEN, day, day)));
        }
        assertEquals(expected, shown(q.list()), at + ": " + q);
        assertEquals(expected.stream().map(x -> x.substring(0, x.indexOf('='))).toList(),
            q.states().stream().map(StateId::key).toList(), at + ": " + q + ".states()");
      }
    }
  }

  // --- organizations().withMember(party) ---

  private static void organizations(ReportedByOracle o, Atlas n, LocalDate day, String at) {
    List<Party> parties = new ArrayList<>();
    o.full.states().forEach(s -> parties.add(s.id()));
    o.full.organizations().forEach(x -> parties.add(x.id()));
    for (Party p : parties) {
      for (boolean possible : new boolean[] {false, true}) {
        MemberOrganizationQuery q = n.organizations().withMember(p).asOf(day);
        q = possible ? q.includingPossible() : q;
        List<String> expected = new ArrayList<>();
        for (Organization org : o.organizations) {
          List<Membership> hits = o.memberships.stream()
              .filter(m -> m.party().equals(p) && m.organization().equals(org.id()))
              .filter(m -> wanted(o.holds(m, day, day), possible)).sorted(PARTY_ORDER).toList();
          if (!hits.isEmpty()) {
            Certainty best = hits.stream().map(m -> o.holds(m, day, day)).reduce(Certainty.NOT, Certainty::or);
            expected.add(answer(org.ref(), best, hits, o.deciding(hits, WHO_WHEN, day, day)));
          }
        }
        assertEquals(expected, shown(q.list()), at + ": " + q);
      }
    }
  }

  // --- summits() ---

  private static void summits(ReportedByOracle o, Atlas n, Random r, String at) {
    List<OrganizationId> orgs = o.full.organizations().stream().map(Organization::id).toList();
    List<StateId> hosts = o.full.states().stream().map(State::id).toList();
    for (int k = 0; k < 6; k++) {
      OrganizationId org = r.nextBoolean() ? orgs.get(r.nextInt(orgs.size())) : null;
      StateId host = r.nextBoolean() ? hosts.get(r.nextInt(hosts.size())) : null;
      LocalDate first = null;
      LocalDate last = null;
      if (r.nextInt(3) > 0) {
        first = LocalDate.of(1950 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
        last = first.plusDays(r.nextInt(3000));
      }
      for (boolean possible : new boolean[] {false, true}) {
        SummitQuery q = n.summits();
        q = org == null ? q : q.of(org);
        q = host == null ? q : q.hostedIn(host);
        q = first == null ? q : q.during(first, last);
        q = possible ? q.includingPossible() : q;
        Set<Attribute> grounds = EnumSet.noneOf(Attribute.class);
        if (org != null) {
          grounds.add(Attribute.ORGANIZATION);
        }
        if (host != null) {
          grounds.add(Attribute.HOST_STATE);
        }
        if (first != null) {
          grounds.add(Attribute.DATE);
        }
        if (grounds.isEmpty()) {
          grounds = EnumSet.allOf(Attribute.class);
        }
        List<String> expected = new ArrayList<>();
        for (Summit s : o.summits.stream().sorted(SUMMIT_ORDER).toList()) {
          if ((org != null && !s.organization().equals(Optional.of(org)))
              || (host != null && !s.hostStates().contains(host))) {
            continue;
          }
          Certainty c = first == null ? Certainty.DEFINITELY : within(s.dates(), first, last);
          if (host != null && s.hostStates().size() > 1) {
            c = c.and(Certainty.POSSIBLY);
          }
          if (wanted(c, possible)) {
            expected.add(answer(s.ref(), c, List.of(s), o.deciding(List.of(s), grounds, first, last)));
          }
        }
        assertEquals(expected, shown(q.list()), at + ": " + q);
      }
    }
  }

  /** Over every day of every date claimed: all inside, some inside, or none; undated: possibly. */
  private static Certainty within(List<PartialDate> dates, LocalDate first, LocalDate last) {
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

  // --- corridors() ---

  private static void corridors(ReportedByOracle o, Atlas n, String at) {
    for (State s : o.full.states()) {
      Waypoint w = Waypoint.of(s.id());
      assertEquals(o.corridors.stream().filter(c -> c.passes(w)).map(c -> answer(c.ref(), Certainty.DEFINITELY,
          List.of(c), List.of())).toList(), shown(n.corridors().through(s.id()).list()), at + ": through " + s.id());
      assertEquals(o.corridors.stream().filter(c -> c.bypasses().contains(w)).map(c -> answer(c.ref(),
          Certainty.DEFINITELY, List.of(c), List.of())).toList(), shown(n.corridors().bypassing(s.id()).list()),
          at + ": bypassing " + s.id());
    }
  }

  // --- timeline(org) ---

  private static void timelines(ReportedByOracle o, Atlas n, String at) {
    for (Organization full : o.full.organizations()) {
      Optional<Organization> org = o.organizations.stream().filter(x -> x.id().equals(full.id())).findFirst();
      List<String> expected = new ArrayList<>();
      if (org.isPresent()) {
        Organization x = org.get();
        expected.add(event(x.founded(), TimelineEvent.Kind.FOUNDED, x.ref(), Optional.empty()));
        for (OrganizationName name : x.names().subList(1, x.names().size())) {
          expected.add(event(name.from(), TimelineEvent.Kind.RENAMED, x.ref(), Optional.empty()));
        }
        for (Membership m : o.memberships) {
          if (m.organization().equals(x.id())) {
            expected.add(event(m.start(), TimelineEvent.Kind.MEMBERSHIP_STARTED, m.ref(), Optional.of(m.party())));
            if (m.end().kind() == PeriodEnd.Kind.DATE) {
              expected.add(event(m.end().date(), TimelineEvent.Kind.MEMBERSHIP_ENDED, m.ref(), Optional.of(m.party())));
            }
          }
        }
        for (Summit s : o.summits) {
          if (s.organization().equals(Optional.of(x.id()))) {
            expected.add(event(s.date(), TimelineEvent.Kind.SUMMIT, s.ref(), Optional.empty()));
          }
        }
      }
      List<TimelineEvent> events = n.timeline(full.id());
      List<String> actual = events.stream().map(e -> event(e.date(), e.kind(), e.fact(), e.party())).toList();
      assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), at + ": timeline " + full.id());
      for (int i = 1; i < events.size(); i++) {
        assertTrue(TimelineEvent.ORDER.compare(events.get(i - 1), events.get(i)) <= 0, at + ": timeline order");
      }
    }
  }

  private static String event(Optional<PartialDate> date, TimelineEvent.Kind kind, FactRef fact, Optional<Party> party) {
    return date.map(PartialDate::toString).orElse("unknown") + " " + kind + " " + fact + " " + party.map(Party::key).orElse("");
  }

  // --- evidence ---

  private static void evidence(ReportedByOracle o, Atlas n, Random r, String at) {
    List<Fact> all = new ArrayList<>();
    all.addAll(o.states);
    all.addAll(o.organizations);
    all.addAll(o.memberships);
    all.addAll(o.corridors);
    all.addAll(o.summits);
    for (int k = 0; k < 6 && !all.isEmpty(); k++) {
      Fact f = all.get(r.nextInt(all.size()));
      Evidence ev = n.evidence(f.ref());
      List<String> claims = new ArrayList<>();
      List<Cited> parts = new ArrayList<>();
      parts.add(f);
      parts.addAll(f.parts());
      Set<Citation> quoted = new LinkedHashSet<>();
      for (Cited part : parts) {
        for (Claim claim : part.claims()) {
          List<Citation> cs = part.citations().stream().filter(c -> c.supports(claim)).toList();
          quoted.addAll(cs);
          claims.add(f.ref() + " " + claim + " " + (part == f && f.isClassified(claim)) + " " + cs);
        }
      }
      assertEquals(claims, ev.claims().stream().map(c -> c.fact() + " " + c.claim() + " " + c.classified() + " "
          + c.quotations().stream().map(Quotation::citation).toList()).toList(), at + ": evidence of " + f.ref());
      List<Citation> attesting = new ArrayList<>(new LinkedHashSet<>(parts.stream()
          .flatMap(p -> p.citations().stream()).filter(c -> c.asOf().isPresent()).toList()));
      quoted.addAll(attesting);
      assertEquals(attesting, ev.attestations().stream().map(Quotation::citation).toList(), at + ": attestations of " + f.ref());
      assertEquals(quoted.stream().map(c -> o.original(c.source()).value()).distinct().sorted().toList(),
          ids(ev.independentSources()), at + ": independent sources of " + f.ref());
      // every quotation is where the whole corpus located its selector
      for (Quotation q : ev.quotations()) {
        Citation c = q.citation();
        Citation same = o.full.fact(f.ref()).orElseThrow().allCitations().stream()
            .filter(x -> x.source().equals(c.source()) && x.quote().equals(c.quote())
                && x.prefix().equals(c.prefix()) && x.suffix().equals(c.suffix()))
            .findFirst().orElseThrow();
        assertEquals(o.full.locate(same), q.location(), at + ": location of " + c);
      }
    }
    for (Fact gone : o.full.facts()) {
      if (o.fact(gone.ref()).isEmpty()) {
        assertThrows(IllegalArgumentException.class, () -> n.evidence(gone.ref()), at + ": evidence of " + gone.ref());
        break;
      }
    }
  }

  // --- the whole atlas, once every source is published ---

  @Provide
  Arbitrary<FactSet> everySourceDated() {
    return AtlasArbitraries.factSets(SHAPE)
        .filter(f -> f.sources().stream().allMatch(s -> s.latestPublication().isPresent()));
  }

  @Property(tries = 25)
  void asReportedBy_onOrAfterEveryLatestPublication_answersAsTheWholeAtlas(
      @ForAll("everySourceDated") FactSet facts, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Atlas whole = Atlas.of(corpus);
    Random r = new Random(seed);
    LocalDate newest = corpus.sources().stream().map(s -> s.latestPublication().orElseThrow())
        .max(Comparator.naturalOrder()).orElseThrow();
    LocalDate day = newest.plusDays(r.nextInt(3) == 0 ? 0 : r.nextInt(4000));
    Atlas narrowed = whole.asReportedBy(day);
    assertEquals(List.of(), narrowed.sourcesLeftOut());
    assertEquals(corpus, narrowed.corpus());
    assertEquals(sortedKeys(whole.disagreements()), sortedKeys(narrowed.disagreements()));
    assertEquals(whole.disagreements(), narrowed.disagreements());
    // the same answers, query by query
    List<Function<Atlas, List<? extends Answer<?>>>> queries = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      LocalDate q = LocalDate.ofEpochDay(LocalDate.of(1945, 1, 1).toEpochDay() + r.nextInt(86 * 366));
      OrganizationId org = corpus.organizations().get(r.nextInt(corpus.organizations().size())).id();
      OrganizationId other = corpus.organizations().get(r.nextInt(corpus.organizations().size())).id();
      StateId state = corpus.states().get(r.nextInt(corpus.states().size())).id();
      queries.add(a -> a.members(org).asOf(q).includingPossible().list());
      queries.add(a -> a.members(org).during(q, q.plusDays(500)).list());
      queries.add(a -> a.states().memberOfAll(org, other).asOf(q).includingPossible().list());
      queries.add(a -> a.states().memberOfNone(org, other).asOf(q).list());
      queries.add(a -> a.organizations().withMember(state).asOf(q).includingPossible().list());
      queries.add(a -> a.summits().of(org).during(q, q.plusDays(2000)).includingPossible().list());
      queries.add(a -> a.summits().hostedIn(state).list());
      queries.add(a -> a.corridors().through(state).list());
    }
    for (Function<Atlas, List<? extends Answer<?>>> q : queries) {
      assertEquals(q.apply(whole), q.apply(narrowed));
    }
    for (Organization o : corpus.organizations()) {
      assertEquals(whole.timeline(o.id()), narrowed.timeline(o.id()));
    }
    for (Fact f : corpus.facts()) {
      assertEquals(whole.evidence(f.ref()).claims(), narrowed.evidence(f.ref()).claims());
      assertEquals(whole.evidence(f.ref()).independentSources(), narrowed.evidence(f.ref()).independentSources());
    }
  }

  // --- showing answers ---

  private static String answer(Object subject, Certainty c, List<? extends Fact> basis, List<Disagreement> ds) {
    String who = subject instanceof Party p ? p.key() : subject.toString();
    return who + "=" + c + " on " + basis.stream().map(f -> f.ref().toString()).toList() + " "
        + ds.stream().map(ReportedByOracle::key).toList();
  }

  private static List<String> shown(List<? extends Answer<?>> answers) {
    return answers.stream().map(a -> answer(subjectKey(a.subject()), a.certainty(), a.basis(), a.disagreements()))
        .toList();
  }

  private static Object subjectKey(Object subject) {
    if (subject instanceof Fact f) {
      return f instanceof State s ? s.id() : f.ref();
    }
    return subject;
  }

  private static List<String> ids(List<Source> sources) {
    return sources.stream().map(s -> s.id().value()).toList();
  }

  private static List<String> sortedKeys(List<Disagreement> ds) {
    return ds.stream().map(ReportedByOracle::key).sorted().toList();
  }
}
