package io.github.otsatlas.query;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.CorridorKind;
import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.EndReason;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.Waypoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A brute-force reading of what the sources certainly published by a day say, from the whole
 * corpus, written from the rules of {@code seeds/README.md} and {@code Corpus.onlyFrom} alone:
 * it never calls the narrowing, and it never builds an atlas or a corpus. Its records are plain
 * model values; its answers are computed by scanning them, with certainties from {@link
 * Period#of} over the surviving starts, end and attestations.
 *
 * <p>The rules, as this oracle states them:
 *
 * <ol>
 *   <li>A source is heard when it was certainly published by the day ({@code publishedBy(day) ==
 *       DEFINITELY}); a citation is heard when its source is.
 *   <li>A claim is said when a heard citation of its record (or of the part that makes it: an
 *       organization's name, a summit's outcome) names it, or when it is the curators'
 *       classification.
 *   <li>A record stays when what it cannot do without is said: a state its name (or an alias,
 *       which then stands as its name), an organization one of its names, a corridor the same, an outcome its kind, a membership its
 *       party, its organization and one of its roles (and its party and organization stay); a
 *       summit stays when a heard citation still names one of its claims or one of its outcomes
 *       stays.
 *   <li>A value stays when it is said and whatever it names stays. A kind, recognition, format or
 *       corridor status that is not said becomes unknown. A route stays whole or not at all. A
 *       dated end that is not said becomes unknown when the end reason stays, ongoing otherwise; an
 *       unknown end whose reason is not said becomes ongoing.
 *   <li>A record keeps its heard citations, each naming only the claims that stayed; a citation
 *       left naming none is gone, with its attestation.
 *   <li>A republication whose original is not heard stands alone.
 * </ol>
 */
final class ReportedByOracle {
  private static final Set<Attribute> PARTY_VALUED = EnumSet.of(Attribute.PARTY,
      Attribute.PROMOTERS, Attribute.INITIATORS, Attribute.ATTENDANCE, Attribute.PARTIES);

  final Corpus full;
  final LocalDate day;
  final Set<SourceId> heard = new HashSet<>();
  final List<Source> sources = new ArrayList<>();
  final List<Source> leftOut = new ArrayList<>();
  final List<State> states = new ArrayList<>();
  final List<Organization> organizations = new ArrayList<>();
  final List<Membership> memberships = new ArrayList<>();
  final List<Corridor> corridors = new ArrayList<>();
  final List<Summit> summits = new ArrayList<>();
  final List<Disagreement> disagreements = new ArrayList<>();
  private final Map<FactRef, List<Disagreement>> disagreementsOf = new HashMap<>();
  private final Map<MembershipId, RangeSet<Long>> doubts = new HashMap<>();

  ReportedByOracle(Corpus full, LocalDate day) {
    this.full = full;
    this.day = day;
    for (Source s : full.sources()) {
      if (s.publishedBy(day) == Certainty.DEFINITELY) {
        heard.add(s.id());
      } else {
        leftOut.add(s);
      }
    }
    for (Source s : full.sources()) {
      if (heard.contains(s.id())) {
        sources.add(s.republicationOf().filter(o -> !heard.contains(o)).isPresent()
            ? Source.builder().id(s.id()).file(s.file()).title(s.title()).addAllAuthors(s.authors())
                .outlet(s.outlet()).published(s.published()).addAllPublicationBounds(s.publicationBounds())
                .url(s.url()).language(s.language()).note(s.note()).text(s.text()).build()
            : s);
      }
    }
    readRecords();
    findDisagreements();
  }

  // --- what is said ---

  private boolean said(Cited part, Set<Attribute> classified, Attribute a, Object value) {
    if (classified.contains(a)) {
      return true;
    }
    Claim claim = Claim.of(a, PARTY_VALUED.contains(a) ? ((Party) value).key() : value);
    return part.citations().stream().anyMatch(c -> heard.contains(c.source()) && c.supports(claim));
  }

  private <T> List<T> saidOf(Cited part, Set<Attribute> classified, Attribute a, Collection<T> values,
      Predicate<T> names) {
    return values.stream().filter(v -> said(part, classified, a, v) && names.test(v)).toList();
  }

  private <T> Optional<T> saidOf(Cited part, Set<Attribute> classified, Attribute a, Optional<T> value,
      Predicate<T> names) {
    return value.filter(v -> said(part, classified, a, v) && names.test(v));
  }

  /**
   * The name a state or corridor is heard by: its own when a heard citation gives it, else the
   * first of its aliases one gives (which then stands as its name).
   */
  private Optional<String> heardName(Cited part, Set<Attribute> classified, String name, List<String> aliases) {
    if (said(part, classified, Attribute.NAME, name)) {
      return Optional.of(name);
    }
    for (String a : aliases) {
      if (said(part, classified, Attribute.ALIASES, a)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The heard citations of a part, each naming only the claims that stayed; none left empty. */
  private List<Citation> heardCitations(Cited original, List<Claim> stayed) {
    return heardCitations(original, stayed, null);
  }

  /** As above, where the alias {@code asName} stands as the name: its support supports the name. */
  private List<Citation> heardCitations(Cited original, List<Claim> stayed, String asName) {
    List<Citation> out = new ArrayList<>();
    for (Citation c : original.citations()) {
      if (heard.contains(c.source())) {
        List<Claim> still = c.supports().stream()
            .map(x -> asName != null && x.attribute() == Attribute.ALIASES && x.value().equals(asName)
                ? new Claim(Attribute.NAME, asName) : x)
            .filter(stayed::contains).distinct().toList();
        if (!still.isEmpty()) {
          out.add(still.equals(c.supports()) ? c : c.withSupports(still));
        }
      }
    }
    return out;
  }

  private static final Citation PROBE = Citation.of(SourceId.of("oracle-probe"), "probe",
      List.of(new Claim(Attribute.NAME, "probe")));

  // --- the records ---

  private final Set<StateId> stateIds = new HashSet<>();
  private final Set<OrganizationId> orgIds = new HashSet<>();
  private final Set<SummitId> summitIds = new HashSet<>();
  private final Set<CorridorId> corridorIds = new HashSet<>();

  private boolean stays(Party p) {
    return p instanceof StateId s ? stateIds.contains(s) : orgIds.contains((OrganizationId) p);
  }

  private boolean stays(Waypoint w) {
    return w.state().map(stateIds::contains).orElse(true);
  }

  private void readRecords() {
    for (State s : full.states()) {
      if (heardName(s, s.classified(), s.name(), s.aliases()).isPresent()) {
        stateIds.add(s.id());
      }
    }
    for (Organization o : full.organizations()) {
      if (o.names().stream().anyMatch(n -> said(n, Set.of(), Attribute.NAME, n.name()))) {
        orgIds.add(o.id());
      }
    }
    for (Summit s : full.summits()) {
      Optional<Summit> read = summit(s);
      read.ifPresent(x -> {
        summitIds.add(x.id());
        summits.add(x);
      });
    }
    for (Corridor c : full.corridors()) {
      if (heardName(c, c.classified(), c.name(), c.aliases()).isPresent()) {
        corridorIds.add(c.id());
      }
    }
    for (State s : full.states()) {
      if (stateIds.contains(s.id())) {
        Set<Attribute> cl = s.classified();
        String name = heardName(s, cl, s.name(), s.aliases()).orElseThrow();
        Set<Attribute> kept = new HashSet<>(cl);
        if (!name.equals(s.name())) {
          kept.remove(Attribute.NAME);
        }
        State probe = State.builder().id(s.id()).name(name)
            .addAllAliases(saidOf(s, cl, Attribute.ALIASES, s.aliases(), v -> !v.equals(name)))
            .recognition(s.recognition() != Recognition.UNKNOWN && said(s, cl, Attribute.RECOGNITION, s.recognition())
                ? s.recognition() : Recognition.UNKNOWN)
            .addAllRecognizedBy(saidOf(s, cl, Attribute.RECOGNIZED_BY, s.recognizedBy(), stateIds::contains))
            .addAllClassified(kept).note(s.note()).addCitations(PROBE).build();
        states.add(probe.withCitations(heardCitations(s, probe.claims(), name.equals(s.name()) ? null : name)));
      }
    }
    for (Organization o : full.organizations()) {
      if (orgIds.contains(o.id())) {
        organizations.add(organization(o));
      }
    }
    for (Corridor c : full.corridors()) {
      if (corridorIds.contains(c.id())) {
        corridors.add(corridor(c));
      }
    }
    for (Membership m : full.memberships()) {
      membership(m).ifPresent(memberships::add);
    }
  }

  private Organization organization(Organization o) {
    Set<Attribute> cl = o.classified();
    List<OrganizationName> names = new ArrayList<>();
    for (OrganizationName n : o.names()) {
      if (said(n, Set.of(), Attribute.NAME, n.name())) {
        OrganizationName probe = OrganizationName.builder().name(n.name())
            .from(saidOf(n, Set.of(), Attribute.FROM, n.from(), v -> true))
            .renamedAt(saidOf(n, Set.of(), Attribute.RENAMED_AT, n.renamedAt(), summitIds::contains))
            .addCitations(PROBE).build();
        names.add(probe.withCitations(heardCitations(n, probe.claims())));
      }
    }
    Organization probe = Organization.builder().id(o.id())
        .kind(o.kind() != OrganizationKind.UNKNOWN && said(o, cl, Attribute.KIND, o.kind())
            ? o.kind() : OrganizationKind.UNKNOWN)
        .addAllNames(names).addAllAliases(saidOf(o, cl, Attribute.ALIASES, o.aliases(), v -> true))
        .founded(saidOf(o, cl, Attribute.FOUNDED, o.founded(), v -> true))
        .headquarters(saidOf(o, cl, Attribute.HEADQUARTERS, o.headquarters(), v -> true))
        .successorOf(saidOf(o, cl, Attribute.SUCCESSOR_OF, o.successorOf(), orgIds::contains))
        .addAllClassified(cl).note(o.note()).build();
    return probe.withCitations(heardCitations(o, probe.claims()));
  }

  private Optional<Summit> summit(Summit s) {
    Set<Attribute> cl = s.classified();
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome o : s.outcomes()) {
      if (said(o, Set.of(), Attribute.KIND, o.kind())) {
        Outcome probe = Outcome.builder().kind(o.kind()).text(o.text())
            .addAllParties(saidOf(o, Set.of(), Attribute.PARTIES, o.parties(), this::stays))
            .addCitations(PROBE).build();
        outcomes.add(probe.withCitations(heardCitations(o, probe.claims())));
      }
    }
    Summit probe = Summit.builder().id(s.id()).name(s.name())
        .organization(saidOf(s, cl, Attribute.ORGANIZATION, s.organization(), orgIds::contains))
        .ordinal(saidOf(s, cl, Attribute.ORDINAL, s.ordinal(), v -> true))
        .format(s.format() != SummitFormat.UNKNOWN && said(s, cl, Attribute.FORMAT, s.format())
            ? s.format() : SummitFormat.UNKNOWN)
        .addAllDates(saidOf(s, cl, Attribute.DATE, s.dates(), v -> true))
        .addAllHostCities(saidOf(s, cl, Attribute.HOST_CITY, s.hostCities(), v -> true))
        .addAllHostStates(saidOf(s, cl, Attribute.HOST_STATE, s.hostStates(), stateIds::contains))
        .addAllStatuses(saidOf(s, cl, Attribute.STATUS, s.statuses(), v -> true))
        .addAllOutcomes(outcomes)
        .addAllAttendance(saidOf(s, cl, Attribute.ATTENDANCE, s.attendance(), this::stays))
        .addAllClassified(cl).note(s.note()).addCitations(PROBE).build();
    List<Citation> own = heardCitations(s, probe.claims());
    if (own.isEmpty() && outcomes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(probe.withCitations(own));
  }

  private Corridor corridor(Corridor k) {
    Set<Attribute> cl = k.classified();
    boolean route = !k.route().isEmpty() && said(k, cl, Attribute.ROUTE, Corridor.routeText(k.route()))
        && k.route().stream().allMatch(this::stays);
    String name = heardName(k, cl, k.name(), k.aliases()).orElseThrow();
    Set<Attribute> kept = new HashSet<>(cl);
    if (!name.equals(k.name())) {
      kept.remove(Attribute.NAME);
    }
    Corridor probe = Corridor.builder().id(k.id()).name(name)
        .addAllAliases(saidOf(k, cl, Attribute.ALIASES, k.aliases(), v -> !v.equals(name)))
        .kind(k.kind() != CorridorKind.UNKNOWN && said(k, cl, Attribute.KIND, k.kind()) ? k.kind() : CorridorKind.UNKNOWN)
        .addAllModes(saidOf(k, cl, Attribute.MODES, k.modes(), v -> true))
        .addAllRoute(route ? k.route() : List.of())
        .addAllCrosses(saidOf(k, cl, Attribute.CROSSES, k.crosses(), this::stays))
        .status(k.status() != CorridorStatus.UNKNOWN && said(k, cl, Attribute.STATUS, k.status())
            ? k.status() : CorridorStatus.UNKNOWN)
        .addAllPromoters(saidOf(k, cl, Attribute.PROMOTERS, k.promoters(), this::stays))
        .addAllInitiators(saidOf(k, cl, Attribute.INITIATORS, k.initiators(), this::stays))
        .addAllBypasses(saidOf(k, cl, Attribute.BYPASSES, k.bypasses(), this::stays))
        .addAllConnectsTo(saidOf(k, cl, Attribute.CONNECTS_TO, k.connectsTo(), corridorIds::contains))
        .addAllClassified(kept).note(k.note()).addCitations(PROBE).build();
    return probe.withCitations(heardCitations(k, probe.claims(), name.equals(k.name()) ? null : name));
  }

  private Optional<Membership> membership(Membership m) {
    Set<Attribute> none = Set.of();
    List<Role> roles = saidOf(m, none, Attribute.ROLE, m.roles(), v -> true);
    if (!said(m, none, Attribute.PARTY, m.party()) || !said(m, none, Attribute.ORGANIZATION, m.organization())
        || roles.isEmpty() || !stays(m.party()) || !orgIds.contains(m.organization())) {
      return Optional.empty();
    }
    Optional<EndReason> reason = saidOf(m, none, Attribute.END_REASON, m.endReason(), v -> true);
    PeriodEnd end = switch (m.end().kind()) {
      case DATE -> said(m, none, Attribute.END, m.end().date().get()) ? m.end()
          : reason.isPresent() ? PeriodEnd.unknown() : PeriodEnd.ongoing();
      case UNKNOWN -> m.endReason().isPresent() && reason.isEmpty() ? PeriodEnd.ongoing() : m.end();
      case ONGOING -> m.end();
    };
    Membership probe = Membership.builder().id(m.id()).party(m.party()).organization(m.organization())
        .addAllRoles(roles).addAllStarts(saidOf(m, none, Attribute.START, m.starts(), v -> true))
        .end(end).endReason(reason)
        .grantedAt(saidOf(m, none, Attribute.GRANTED_AT, m.grantedAt(), summitIds::contains))
        .note(m.note()).addCitations(PROBE).build();
    return Optional.of(probe.withCitations(heardCitations(m, probe.claims())));
  }

  // --- disagreements ---

  private SourceId voice(SourceId id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst()
        .flatMap(Source::republicationOf).orElse(id);
  }

  private static final Set<Attribute> DATED = EnumSet.of(Attribute.START, Attribute.END,
      Attribute.DATE, Attribute.FOUNDED, Attribute.FROM);

  /** Whether some value satisfies all: nested roles, dates that share a day, one value. */
  private static boolean agree(Attribute a, List<String> values) {
    for (String x : values) {
      for (String y : values) {
        boolean ok;
        if (a == Attribute.ROLE) {
          ok = Role.valueOf(x).satisfies(Role.valueOf(y)) || Role.valueOf(y).satisfies(Role.valueOf(x));
        } else if (DATED.contains(a)) {
          ok = PartialDate.parse(x).isCompatibleWith(PartialDate.parse(y));
        } else {
          ok = x.equals(y);
        }
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  private void findDisagreements() {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(states);
    facts.addAll(organizations);
    facts.addAll(memberships);
    facts.addAll(corridors);
    facts.addAll(summits);
    for (Fact f : facts) {
      List<Cited> parts = new ArrayList<>();
      parts.add(f);
      parts.addAll(f.parts());
      for (Cited part : parts) {
        Map<Attribute, List<Claim>> single = new LinkedHashMap<>();
        for (Claim c : part.claims()) {
          if (!c.attribute().isList() && c.attribute() != Attribute.STATUS) {
            single.computeIfAbsent(c.attribute(), k -> new ArrayList<>()).add(c);
          }
        }
        single.forEach((a, claims) -> {
          if (agree(a, claims.stream().map(Claim::value).toList())) {
            return;
          }
          List<Disagreement.Side> sides = new ArrayList<>();
          for (Claim c : claims) {
            List<Citation> cs = part.citations().stream().filter(x -> x.supports(c)).toList();
            if (!cs.isEmpty()) {
              sides.add(new Disagreement.Side(f.ref(), c, c.toString(), cs));
            }
          }
          if (sides.size() >= 2) {
            add(new Disagreement(Disagreement.Kind.VALUES, f.ref(), a, sides, Optional.empty()));
          }
        });
      }
    }
    // complete lists: one per organization, role, voice, passage and day
    Map<List<Object>, List<Membership>> named = new LinkedHashMap<>();
    Map<List<Object>, List<Citation>> said = new LinkedHashMap<>();
    for (Membership m : memberships) {
      for (Citation c : m.citations()) {
        if (c.completeListOf().isPresent() && c.asOf().isPresent()) {
          List<Object> key = List.of(m.organization(), c.completeListOf().get(), voice(c.source()),
              c.quote(), c.prefix(), c.suffix(), c.asOf().get());
          List<Membership> ms = named.computeIfAbsent(key, k -> new ArrayList<>());
          if (!ms.contains(m)) {
            ms.add(m);
          }
          List<Citation> cs = said.computeIfAbsent(key, k -> new ArrayList<>());
          if (cs.stream().noneMatch(x -> x.source().equals(c.source()))) {
            cs.add(c);
          }
        }
      }
    }
    named.forEach((key, listed) -> {
      OrganizationId org = (OrganizationId) key.get(0);
      Role role = (Role) key.get(1);
      PartialDate listDay = (PartialDate) key.get(6);
      Range<Long> listDays = Range.closed(listDay.earliest().toEpochDay(), listDay.latest().toEpochDay());
      Set<Party> parties = new HashSet<>();
      listed.forEach(m -> parties.add(m.party()));
      for (Membership x : memberships) {
        if (!x.organization().equals(org) || !x.role().satisfies(role) || parties.contains(x.party())) {
          continue;
        }
        if (!meets(days(period(x).possibleDays()), listDays)) {
          continue;
        }
        LocalDate from = listDay.earliest();
        Optional<LocalDate> again = x.citations().stream().flatMap(c -> c.asOf().stream())
            .map(PartialDate::earliest).filter(e -> e.isAfter(listDay.latest())).min(Comparator.naturalOrder());
        Range<LocalDate> doubtful = again.isPresent() ? Range.closedOpen(from, again.get()) : Range.atLeast(from);
        List<Citation> attesting = x.citations().stream()
            .filter(c -> c.supports(Attribute.ROLE) || c.supports(Attribute.PARTY)).toList();
        Claim claim = Claim.of(Attribute.ROLE, x.role());
        add(new Disagreement(Disagreement.Kind.LEFT_OFF_LIST, x.ref(), Attribute.ROLE, List.of(
            new Disagreement.Side(x.ref(), claim, "attested", attesting),
            new Disagreement.Side(listed.get(0).ref(), claim, "left off", said.get(key))),
            Optional.of(doubtful)));
        doubts.computeIfAbsent(x.id(), k -> TreeRangeSet.create()).add(days(doubtful));
      }
    });
  }

  private void add(Disagreement d) {
    disagreements.add(d);
    disagreementsOf.computeIfAbsent(d.fact(), k -> new ArrayList<>()).add(d);
  }

  /** A disagreement as the properties compare it: everything but the sides' wording. */
  static String key(Disagreement d) {
    StringBuilder b = new StringBuilder(d.kind() + " " + d.fact() + " " + d.attribute());
    for (Disagreement.Side s : d.sides()) {
      b.append(" | ").append(s.fact()).append(' ').append(s.claim()).append(' ').append(s.citations());
    }
    return b.append(" | ").append(d.doubtfulDays()).toString();
  }

  // --- certainties ---

  /** The days as epoch days, closed below and open above; unbounded ends stay unbounded. */
  static Range<Long> days(Range<LocalDate> r) {
    long lo = !r.hasLowerBound() ? Long.MIN_VALUE / 4
        : r.lowerEndpoint().toEpochDay() + (r.lowerBoundType() == com.google.common.collect.BoundType.OPEN ? 1 : 0);
    long hi = !r.hasUpperBound() ? Long.MAX_VALUE / 4
        : r.upperEndpoint().toEpochDay() + (r.upperBoundType() == com.google.common.collect.BoundType.CLOSED ? 1 : 0);
    return lo >= hi ? Range.closedOpen(0L, 0L) : Range.closedOpen(lo, hi);
  }

  static boolean meets(Range<Long> a, Range<Long> b) {
    return a.isConnected(b) && !a.intersection(b).isEmpty();
  }

  /** The membership's period, from its surviving starts, end and attestations. */
  static Period period(Membership m) {
    return Period.of(m.starts(), m.end(), m.citations().stream().flatMap(c -> c.asOf().stream()).toList());
  }

  /**
   * Whether the membership held on some day from {@code first} to {@code last}, over every
   * completion of its period ({@link Period#overlaps}); a complete list that leaves it off keeps
   * a definite answer only where some day of the window that the list does not doubt is itself
   * definite.
   */
  Certainty holds(Membership m, LocalDate first, LocalDate last) {
    Period p = period(m);
    Certainty c = p.overlaps(Period.ofDays(first, last));
    RangeSet<Long> doubted = doubts.get(m.id());
    if (c != Certainty.DEFINITELY || doubted == null) {
      return c;
    }
    Range<Long> window = Range.closedOpen(first.toEpochDay(), last.toEpochDay() + 1);
    RangeSet<Long> definite = TreeRangeSet.create();
    Range<Long> d = days(p.definiteDays());
    if (meets(d, window)) {
      definite.add(d.intersection(window));
    }
    definite.removeAll(doubted);
    return definite.isEmpty() ? Certainty.POSSIBLY : Certainty.DEFINITELY;
  }

  /**
   * The disagreements that decide an answer: about an attribute it rests on, and for a date or an
   * omission, about days that meet the window (none without a window); others always.
   */
  List<Disagreement> deciding(List<? extends Fact> basis, Set<Attribute> grounds, LocalDate first, LocalDate last) {
    List<Disagreement> out = new ArrayList<>();
    for (Fact f : basis) {
      // a fact's disagreements in attribute order, as the corpus lists them
      List<Disagreement> about = new ArrayList<>(disagreementsOf.getOrDefault(f.ref(), List.of()));
      about.sort(Comparator.comparing(Disagreement::attribute));
      for (Disagreement d : about) {
        if (!grounds.contains(d.attribute())) {
          continue;
        }
        boolean dated = d.doubtfulDays().isPresent() || DATED.contains(d.attribute());
        if (!dated) {
          out.add(d);
          continue;
        }
        if (first == null) {
          continue;
        }
        Range<Long> window = Range.closedOpen(first.toEpochDay(), last.toEpochDay() + 1);
        Range<Long> disputed;
        if (d.doubtfulDays().isPresent()) {
          disputed = days(d.doubtfulDays().get());
        } else {
          long lo = Long.MAX_VALUE;
          long hi = Long.MIN_VALUE;
          for (Disagreement.Side s : d.sides()) {
            PartialDate p = PartialDate.parse(s.claim().value());
            lo = Math.min(lo, p.earliest().toEpochDay());
            hi = Math.max(hi, p.latest().toEpochDay() + 1);
          }
          disputed = Range.closedOpen(lo, hi);
        }
        if (meets(disputed, window)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  Optional<Fact> fact(FactRef ref) {
    List<? extends Fact> kind = switch (ref.kind()) {
      case STATE -> states;
      case ORGANIZATION -> organizations;
      case MEMBERSHIP -> memberships;
      case CORRIDOR -> corridors;
      case SUMMIT -> summits;
      default -> List.of();
    };
    return kind.stream().filter(f -> f.ref().equals(ref)).map(f -> (Fact) f).findFirst();
  }

  /** The source a quotation's source stands for: its original when that is heard too. */
  SourceId original(SourceId id) {
    return voice(id);
  }
}
