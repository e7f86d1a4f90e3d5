package io.github.otsatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a subset of the sources says: {@link Corpus#onlyFrom(Collection)}. The one place that
 * defines which claims and facts survive when sources are taken away.
 *
 * <ol>
 *   <li>A citation stays if its source stays. A claim stays if a citation that stays supports
 *       it, or if its attribute is the curators' classification.
 *   <li>A fact stays if every one of its required claims stays (state: name, or an alias, which
 *       then stands as its name; the same for a corridor; organization: one
 *       dated name; membership: party, organization, role; summit outcome: kind;
 *       organization name: name), and some source that stays supports one of its claims or of
 *       its parts' claims. An agreement needs its kind or one of its parties; an exercise its
 *       name, one of its organizers or participants, or its framework. A kind, recognition or
 *       status that no remaining source states becomes {@code UNKNOWN}, which is no claim.
 *   <li>A claim that refers to a fact that did not stay (a membership granted at a summit that
 *       no remaining source reports, a corridor bypassing a state no remaining source names, an
 *       agreement's party, place or summit, an exercise's host, organizer, participant or
 *       framework) is dropped with it; a membership whose party or organization did not stay does not stay.
 *   <li>A dated end that no longer has support becomes {@code ongoing}, or {@code unknown} when
 *       a remaining source still says how it ended; an unsupported end reason is dropped.
 *   <li>A republication whose original did not stay no longer names it.
 * </ol>
 */
final class Narrowing {
  private final Corpus full;
  private final Set<SourceId> kept;
  private final Set<StateId> states = new HashSet<>();
  private final Set<OrganizationId> organizations = new HashSet<>();
  private final Set<SummitId> summits = new HashSet<>();
  private final Set<CorridorId> corridors = new HashSet<>();

  private Narrowing(Corpus full, Set<SourceId> kept) {
    this.full = full;
    this.kept = kept;
  }

  static Corpus narrow(Corpus full, Collection<SourceId> kept) {
    return new Narrowing(full, Set.copyOf(kept)).run();
  }

  private Corpus run() {
    List<Source> sources = new ArrayList<>();
    for (Source s : full.sources()) {
      if (kept.contains(s.id())) {
        sources.add(s.republicationOf().isPresent() && !kept.contains(s.republicationOf().get())
            ? ((ImmutableSource) ImmutableSource.copyOf(s)).withRepublicationOf(Optional.<SourceId>empty()) : s);
      }
    }
    // Facts that no other fact's survival depends on come first: states, organizations by their
    // own claims; then summits (which name states and organizations); then the rest.
    List<State> keptStates = new ArrayList<>();
    for (State s : full.states()) {
      Set<Claim> c = surviving(s, s.classified());
      if (named(c, s.name(), s.aliases()).isPresent() && supported(s)) {
        states.add(s.id());
        keptStates.add(s);
      }
    }
    List<Organization> orgCandidates = new ArrayList<>();
    for (Organization o : full.organizations()) {
      Set<Claim> c = surviving(o, o.classified());
      boolean named = o.names().stream().anyMatch(n -> has(surviving(n, Set.of()), Attribute.NAME, n.name()));
      if (named && supported(o)) {
        organizations.add(o.id());
        orgCandidates.add(o);
      }
    }
    List<Summit> keptSummits = new ArrayList<>();
    for (Summit s : full.summits()) {
      Summit narrowed = summit(s);
      if (narrowed != null) {
        summits.add(s.id());
        keptSummits.add(narrowed);
      }
    }
    List<Meeting> keptMeetings = new ArrayList<>();
    for (Meeting m : full.meetings()) {
      Meeting narrowed = meeting(m);
      if (narrowed != null) {
        keptMeetings.add(narrowed);
      }
    }
    for (Corridor c : full.corridors()) {
      Set<Claim> claims = surviving(c, c.classified());
      if (named(claims, c.name(), c.aliases()).isPresent() && supported(c)) {
        corridors.add(c.id());
      }
    }
    List<State> outStates = keptStates.stream().map(this::state).toList();
    List<Organization> outOrgs = orgCandidates.stream().map(this::organization).toList();
    List<Corridor> outCorridors = new ArrayList<>();
    for (Corridor c : full.corridors()) {
      if (corridors.contains(c.id())) {
        outCorridors.add(corridor(c));
      }
    }
    List<Membership> outMemberships = new ArrayList<>();
    for (Membership m : full.memberships()) {
      Membership narrowed = membership(m);
      if (narrowed != null) {
        outMemberships.add(narrowed);
      }
    }
    List<Agreement> outAgreements = new ArrayList<>();
    for (Agreement a : full.agreements()) {
      Agreement narrowed = agreement(a);
      if (narrowed != null) {
        outAgreements.add(narrowed);
      }
    }
    List<Exercise> outExercises = new ArrayList<>();
    for (Exercise e : full.exercises()) {
      Exercise narrowed = exercise(e);
      if (narrowed != null) {
        outExercises.add(narrowed);
      }
    }
    List<RecognitionAct> outRecognitions = new ArrayList<>();
    for (RecognitionAct r : full.recognitions()) {
      RecognitionAct narrowed = recognition(r);
      if (narrowed != null) {
        outRecognitions.add(narrowed);
      }
    }
    return Corpus.narrowed(full, new Contents(sources, outStates, outOrgs, outMemberships,
        outCorridors, keptSummits, keptMeetings, outAgreements, outExercises, outRecognitions));
  }

  // --- claims and citations ---

  /** The claims of a fact or part that a remaining citation supports, and the classified ones. */
  private Set<Claim> surviving(Cited part, Set<Attribute> classified) {
    Set<Claim> out = new HashSet<>();
    for (Citation c : part.citations()) {
      if (kept.contains(c.source())) {
        out.addAll(c.supports());
      }
    }
    for (Claim c : part.claims()) {
      if (classified.contains(c.attribute())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether a remaining source supports some claim of the fact or of one of its parts. */
  private boolean supported(Fact f) {
    return f.allCitations().stream().anyMatch(c -> kept.contains(c.source()));
  }

  private static boolean has(Set<Claim> claims, Attribute a, Object value) {
    return claims.contains(claim(a, value));
  }

  private static Claim claim(Attribute a, Object value) {
    return Claim.of(a, a.holdsParties() ? ((Party) value).key() : value);
  }

  private static <T> List<T> keep(Set<Claim> claims, Attribute a, Collection<T> values, Predicate<T> exists) {
    List<T> out = new ArrayList<>();
    for (T v : values) {
      if (has(claims, a, v) && exists.test(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static <T> Optional<T> keep(Set<Claim> claims, Attribute a, Optional<T> value, Predicate<T> exists) {
    return value.filter(v -> has(claims, a, v) && exists.test(v));
  }

  /**
   * The remaining citations of a part, each supporting only the claims the narrowed part still
   * makes; a citation left supporting nothing is dropped.
   */
  private List<Citation> citations(Cited original, List<Claim> claims) {
    return citations(original, claims, Optional.empty());
  }

  /**
   * As {@link #citations(Cited, List)}, where an alias of the fact became its name ({@code
   * asName}): a citation that supported that alias supports the name.
   */
  private List<Citation> citations(Cited original, List<Claim> claims, Optional<String> asName) {
    Set<Claim> made = new HashSet<>(claims);
    Optional<Claim> alias = asName.map(n -> new Claim(Attribute.ALIASES, n));
    Optional<Claim> name = asName.map(n -> new Claim(Attribute.NAME, n));
    List<Citation> out = new ArrayList<>();
    for (Citation c : original.citations()) {
      if (!kept.contains(c.source())) {
        continue;
      }
      List<Claim> supports = c.supports().stream().map(x -> alias.isPresent() && x.equals(alias.get()) ? name.get() : x)
          .filter(made::contains).distinct().toList();
      if (!supports.isEmpty()) {
        out.add(supports.equals(c.supports()) ? c : c.withSupports(supports));
      }
    }
    return out;
  }

  private boolean party(Party p) {
    return p instanceof StateId ? states.contains(p) : organizations.contains(p);
  }

  private boolean waypoint(Waypoint w) {
    return w.state().map(states::contains).orElse(true);
  }

  // --- each kind ---

  /**
   * The name a fact keeps: its name when a remaining citation supports it (or it is classified),
   * else the first alias one supports, which then stands as its name; empty when neither.
   */
  private static Optional<String> named(Set<Claim> claims, String name, List<String> aliases) {
    if (has(claims, Attribute.NAME, name)) {
      return Optional.of(name);
    }
    return aliases.stream().filter(a -> has(claims, Attribute.ALIASES, a)).findFirst();
  }

  /** The aliases a fact keeps: those still supported, but the one that became its name. */
  private static List<String> aliases(Set<Claim> claims, String name, List<String> aliases) {
    return keep(claims, Attribute.ALIASES, aliases, a -> !a.equals(name));
  }

  private State state(State s) {
    Set<Claim> c = surviving(s, s.classified());
    String name = named(c, s.name(), s.aliases()).orElseThrow();
    State probe = State.builder().id(s.id()).name(name)
        .addAllAliases(aliases(c, name, s.aliases()))
        .recognition(has(c, Attribute.RECOGNITION, s.recognition()) ? s.recognition() : Recognition.UNKNOWN)
        .addAllRecognizedBy(keep(c, Attribute.RECOGNIZED_BY, s.recognizedBy(), states::contains))
        .addAllClassified(name.equals(s.name()) ? s.classified() : without(s.classified(), Attribute.NAME))
        .note(s.note()).addCitations(s.citations().get(0)).build();
    return probe.withCitations(citations(s, probe.claims(), name.equals(s.name()) ? Optional.empty() : Optional.of(name)));
  }

  private static Set<Attribute> without(Set<Attribute> set, Attribute a) {
    Set<Attribute> out = new HashSet<>(set);
    out.remove(a);
    return out;
  }

  private Organization organization(Organization o) {
    Set<Claim> c = surviving(o, o.classified());
    List<OrganizationName> names = new ArrayList<>();
    for (OrganizationName n : o.names()) {
      Set<Claim> nc = surviving(n, Set.of());
      if (!has(nc, Attribute.NAME, n.name())) {
        continue;
      }
      OrganizationName probe = OrganizationName.builder().name(n.name())
          .from(keep(nc, Attribute.FROM, n.from(), v -> true))
          .renamedAt(keep(nc, Attribute.RENAMED_AT, n.renamedAt(), summits::contains))
          .addCitations(n.citations().get(0)).build();
      names.add(probe.withCitations(citations(n, probe.claims())));
    }
    Organization.Builder b = Organization.builder().id(o.id())
        .kind(has(c, Attribute.KIND, o.kind()) ? o.kind() : OrganizationKind.UNKNOWN).addAllNames(names)
        .addAllAliases(keep(c, Attribute.ALIASES, o.aliases(), v -> true))
        .founded(keep(c, Attribute.FOUNDED, o.founded(), v -> true))
        .headquarters(keep(c, Attribute.HEADQUARTERS, o.headquarters(), v -> true))
        .successorOf(keep(c, Attribute.SUCCESSOR_OF, o.successorOf(), organizations::contains))
        .addAllLedBy(keep(c, Attribute.LED_BY, o.ledBy(), states::contains))
        .addAllFounders(keep(c, Attribute.FOUNDERS, o.founders(), this::party))
        .addAllFounderBodies(keep(c, Attribute.FOUNDER_BODIES, o.founderBodies(), v -> true))
        .hostState(keep(c, Attribute.HOST_STATE, o.hostState(), states::contains))
        .framework(keep(c, Attribute.FRAMEWORK, o.framework(), organizations::contains))
        .addAllClassified(o.classified()).note(o.note());
    Organization probe = b.build();
    return probe.withCitations(citations(o, probe.claims()));
  }

  private Summit summit(Summit s) {
    Set<Claim> c = surviving(s, s.classified());
    List<Outcome> outcomes = outcomes(s);
    List<Party> attending = keep(c, Attribute.ATTENDANCE, s.attendance(), this::party);
    List<Party> absent = keep(c, Attribute.ABSENCE, s.absence(), this::party);
    List<StateId> hosts = keep(c, Attribute.HOST_STATE, s.hostStates(), states::contains);
    Summit.Builder b = Summit.builder().id(s.id()).name(s.name())
        .organization(keep(c, Attribute.ORGANIZATION, s.organization(), organizations::contains))
        .ordinal(keep(c, Attribute.ORDINAL, s.ordinal(), v -> true))
        .addAllInvited(keep(c, Attribute.INVITED, s.invited(), this::party))
        .format(s.format() != SummitFormat.UNKNOWN && has(c, Attribute.FORMAT, s.format())
            ? s.format() : SummitFormat.UNKNOWN)
        .collective(s.collective() && has(c, Attribute.COLLECTIVE, true) && !hosts.isEmpty())
        .addAllDates(keep(c, Attribute.DATE, s.dates(), v -> true))
        .addAllHostCities(keep(c, Attribute.HOST_CITY, s.hostCities(), v -> true))
        .addAllHostStates(hosts)
        .addAllStatuses(keep(c, Attribute.STATUS, s.statuses(), v -> true))
        .addAllOutcomes(outcomes)
        .addAllAttendance(attending).addAllAbsence(absent)
        .addAllDelegates(delegates(c, s, attending, absent))
        .addAllClassified(s.classified()).note(s.note());
    Summit probe = b.addCitations(probeCitation()).build();
    List<Citation> own = citations(s, probe.claims());
    return reported(own, outcomes) ? probe.withCitations(own) : null;
  }

  private Meeting meeting(Meeting m) {
    Set<Claim> c = surviving(m, m.classified());
    List<Outcome> outcomes = outcomes(m);
    List<Party> attending = keep(c, Attribute.ATTENDANCE, m.attendance(), this::party);
    List<Party> absent = keep(c, Attribute.ABSENCE, m.absence(), this::party);
    Meeting probe = Meeting.builder().id(m.id()).name(m.name())
        .organization(keep(c, Attribute.ORGANIZATION, m.organization(), organizations::contains))
        .kind(m.kind() != MeetingKind.UNKNOWN && has(c, Attribute.KIND, m.kind()) ? m.kind() : MeetingKind.UNKNOWN)
        .ordinal(keep(c, Attribute.ORDINAL, m.ordinal(), v -> true))
        .addAllInvited(keep(c, Attribute.INVITED, m.invited(), this::party))
        .addAllDates(keep(c, Attribute.DATE, m.dates(), v -> true))
        .addAllHostCities(keep(c, Attribute.HOST_CITY, m.hostCities(), v -> true))
        .addAllHostStates(keep(c, Attribute.HOST_STATE, m.hostStates(), states::contains))
        .addAllStatuses(keep(c, Attribute.STATUS, m.statuses(), v -> true))
        .addAllOutcomes(outcomes)
        .addAllAttendance(attending).addAllAbsence(absent)
        .addAllDelegates(delegates(c, m, attending, absent))
        .addAllClassified(m.classified()).note(m.note())
        .addCitations(probeCitation()).build();
    List<Citation> own = citations(m, probe.claims());
    return reported(own, outcomes) ? probe.withCitations(own) : null;
  }

  /** A stand-in citation, replaced once the claims that stay are known. */
  private static Citation probeCitation() {
    return Citation.of(SourceId.of("probe"), "probe", List.of(new Claim(Attribute.NAME, "probe")));
  }

  /** Whether a summit or meeting is still reported: by a citation of its own or of an outcome. */
  private static boolean reported(List<Citation> own, List<Outcome> outcomes) {
    return !own.isEmpty() || outcomes.stream().anyMatch(o -> !o.citations().isEmpty());
  }

  /** The outcomes of a summit or meeting whose kind is still supported, with what stays of them. */
  private List<Outcome> outcomes(Gathering g) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome o : g.outcomes()) {
      Set<Claim> oc = surviving(o, Set.of());
      if (!has(oc, Attribute.KIND, o.kind())) {
        continue;
      }
      Outcome probe = Outcome.builder().kind(o.kind()).text(o.text())
          .addAllParties(keep(oc, Attribute.PARTIES, o.parties(), this::party))
          .addCitations(o.citations().get(0)).build();
      outcomes.add(probe.withCitations(citations(o, probe.claims())));
    }
    return outcomes;
  }

  /** The delegates whose claim survives, for parties still attending or absent. */
  private static List<Delegate> delegates(Set<Claim> c, Gathering g, List<Party> attending, List<Party> absent) {
    return g.delegates().stream()
        .filter(d -> c.contains(new Claim(Attribute.DELEGATES, d.key())))
        .filter(d -> attending.contains(d.party()) || absent.contains(d.party()))
        .toList();
  }

  private RecognitionAct recognition(RecognitionAct r) {
    Set<Claim> c = surviving(r, r.classified());
    if (!has(c, Attribute.RECOGNIZER, r.recognizer()) || !states.contains(r.recognizer())) {
      return null;
    }
    List<StateId> recognized = keep(c, Attribute.RECOGNIZED, r.recognized(), states::contains);
    Optional<String> as = keep(c, Attribute.RECOGNIZED_AS, r.recognizedAs(), v -> true);
    if (recognized.isEmpty() && as.isEmpty()) {
      return null;
    }
    RecognitionAct probe = RecognitionAct.builder().id(r.id()).recognizer(r.recognizer())
        .addAllRecognized(recognized).recognizedAs(as)
        .addAllDates(keep(c, Attribute.DATE, r.dates(), v -> true))
        .first(r.first() && has(c, Attribute.FIRST, true))
        .addAllClassified(r.classified()).note(r.note())
        .addCitations(probeCitation()).build();
    return probe.withCitations(citations(r, probe.claims()));
  }

  private Corridor corridor(Corridor k) {
    Set<Claim> c = surviving(k, k.classified());
    boolean route = !k.route().isEmpty()
        && c.contains(new Claim(Attribute.ROUTE, Corridor.routeText(k.route())))
        && k.route().stream().allMatch(this::waypoint);
    String name = named(c, k.name(), k.aliases()).orElseThrow();
    Corridor probe = Corridor.builder().id(k.id()).name(name)
        .addAllAliases(aliases(c, name, k.aliases()))
        .kind(has(c, Attribute.KIND, k.kind()) ? k.kind() : CorridorKind.UNKNOWN)
        .addAllModes(keep(c, Attribute.MODES, k.modes(), v -> true))
        .addAllRoute(route ? k.route() : List.of())
        .addAllCrosses(keep(c, Attribute.CROSSES, k.crosses(), this::waypoint))
        .status(k.status() != CorridorStatus.UNKNOWN && has(c, Attribute.STATUS, k.status())
            ? k.status() : CorridorStatus.UNKNOWN)
        .addAllPromoters(keep(c, Attribute.PROMOTERS, k.promoters(), this::party))
        .addAllInitiators(keep(c, Attribute.INITIATORS, k.initiators(), this::party))
        .addAllBypasses(keep(c, Attribute.BYPASSES, k.bypasses(), this::waypoint))
        .addAllConnectsTo(keep(c, Attribute.CONNECTS_TO, k.connectsTo(), corridors::contains))
        .addAllCanConnectTo(keep(c, Attribute.CAN_CONNECT_TO, k.canConnectTo(), corridors::contains))
        .addAllStakeholders(keep(c, Attribute.STAKEHOLDERS, k.stakeholders(), this::party))
        .addAllClassified(name.equals(k.name()) ? k.classified() : without(k.classified(), Attribute.NAME))
        .note(k.note()).addCitations(k.citations().get(0)).build();
    return probe.withCitations(citations(k, probe.claims(), name.equals(k.name()) ? Optional.empty() : Optional.of(name)));
  }

  private Membership membership(Membership m) {
    Set<Claim> c = surviving(m, Set.of());
    if (!has(c, Attribute.PARTY, m.party()) || !has(c, Attribute.ORGANIZATION, m.organization())
        || m.roles().stream().noneMatch(r -> has(c, Attribute.ROLE, r)) || !party(m.party())
        || !organizations.contains(m.organization())) {
      return null;
    }
    Optional<EndReason> endReason = keep(c, Attribute.END_REASON, m.endReason(), v -> true);
    PeriodEnd end = m.end();
    if (end.kind() == PeriodEnd.Kind.DATE && !has(c, Attribute.END, end.date().get())) {
      end = endReason.isPresent() ? PeriodEnd.unknown() : PeriodEnd.ongoing();
    } else if (end.kind() == PeriodEnd.Kind.UNKNOWN && m.endReason().isPresent() && endReason.isEmpty()) {
      end = PeriodEnd.ongoing();
    }
    Membership probe = Membership.builder().id(m.id()).party(m.party()).organization(m.organization())
        .addAllRoles(keep(c, Attribute.ROLE, m.roles(), v -> true)).addAllStarts(keep(c, Attribute.START, m.starts(), v -> true)).end(end)
        .endReason(endReason).grantedAt(keep(c, Attribute.GRANTED_AT, m.grantedAt(), summits::contains))
        .note(m.note()).addCitations(m.citations().get(0)).build();
    return probe.withCitations(citations(m, probe.claims()));
  }

  private Agreement agreement(Agreement a) {
    if (!supported(a)) {
      return null;
    }
    Set<Claim> c = surviving(a, a.classified());
    AgreementKind kind = a.kind() != AgreementKind.UNKNOWN && has(c, Attribute.KIND, a.kind())
        ? a.kind() : AgreementKind.UNKNOWN;
    List<Party> parties = keep(c, Attribute.PARTIES, a.parties(), this::party);
    if (kind == AgreementKind.UNKNOWN && parties.isEmpty()) {
      return null;
    }
    Agreement probe = Agreement.builder().id(a.id()).name(a.name()).kind(kind).addAllParties(parties)
        .addAllSignatories(keep(c, Attribute.SIGNATORIES, a.signatories(), v -> true))
        .addAllDates(keep(c, Attribute.DATE, a.dates(), v -> true))
        .addAllHostCities(keep(c, Attribute.HOST_CITY, a.hostCities(), v -> true))
        .addAllHostStates(keep(c, Attribute.HOST_STATE, a.hostStates(), states::contains))
        .adoptedAt(keep(c, Attribute.ADOPTED_AT, a.adoptedAt(), summits::contains))
        .subject(keep(c, Attribute.SUBJECT, a.subject(), v -> true))
        .addAllClassified(a.classified()).note(a.note()).addCitations(a.citations().get(0)).build();
    List<Citation> own = citations(a, probe.claims());
    return own.isEmpty() ? null : probe.withCitations(own);
  }

  private Exercise exercise(Exercise e) {
    if (!supported(e)) {
      return null;
    }
    Set<Claim> c = surviving(e, e.classified());
    Optional<String> name = keep(c, Attribute.NAME, e.name(), v -> true);
    List<Party> organizers = keep(c, Attribute.ORGANIZERS, e.organizers(), this::party);
    List<Party> participants = keep(c, Attribute.PARTICIPANTS, e.participants(), this::party);
    Optional<OrganizationId> framework = keep(c, Attribute.FRAMEWORK, e.framework(), organizations::contains);
    if (name.isEmpty() && organizers.isEmpty() && participants.isEmpty() && framework.isEmpty()) {
      return null;
    }
    Exercise probe = Exercise.builder().id(e.id()).label(e.label()).name(name)
        .status(e.status() != ExerciseStatus.UNKNOWN && has(c, Attribute.STATUS, e.status())
            ? e.status() : ExerciseStatus.UNKNOWN)
        .addAllDates(keep(c, Attribute.DATE, e.dates(), v -> true))
        .addAllHostStates(keep(c, Attribute.HOST_STATE, e.hostStates(), states::contains))
        .addAllOrganizers(organizers).addAllParticipants(participants).framework(framework)
        .addAllClassified(e.classified()).note(e.note()).addCitations(e.citations().get(0)).build();
    List<Citation> own = citations(e, probe.claims());
    return own.isEmpty() ? null : probe.withCitations(own);
  }

  /** The locations of the full corpus's quotes, by selector, for the narrowed citations. */
  static Map<List<Object>, QuoteLocation> selectors(Corpus full) {
    Map<List<Object>, QuoteLocation> out = new HashMap<>();
    for (Fact f : full.facts()) {
      for (Citation c : f.allCitations()) {
        out.putIfAbsent(selector(c), full.locate(c));
      }
    }
    return out;
  }

  static List<Object> selector(Citation c) {
    return List.of(c.source(), c.quote(), c.prefix(), c.suffix());
  }
}
