package io.github.otsatlas.query;

import java.time.LocalDate;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Disagreement;
import com.google.common.collect.Range;
import io.github.otsatlas.corpus.SeedCorpus;
import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementId;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.ExerciseId;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingId;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.RecognitionId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entry point of the query API: a {@link Corpus} with its indexes, built once.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.seeded();
 * atlas.members(OrganizationId.of("OTS")).asOf(LocalDate.of(2022, 12, 1)).withRole(Role.OBSERVER).parties();
 * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();
 * atlas.summits().of(OrganizationId.of("OTS")).hostedIn(StateId.of("UZB")).list();
 * }</pre>
 *
 * <p>Immutable and thread-safe: every index is built in the constructor and never changes,
 * so one instance serves any number of threads.
 */
public final class Atlas {
  private final Corpus corpus;
  final MembershipIndex memberships;
  final Map<Waypoint, List<Corridor>> corridorsThrough;
  final Map<Waypoint, List<Corridor>> corridorsBypassing;
  final Map<Party, List<Corridor>> corridorsPromotedBy;
  final Map<Party, List<Corridor>> corridorsInitiatedBy;
  final Map<io.github.otsatlas.model.CorridorId, List<Corridor>> corridorsConnectingTo;
  final List<Summit> summitsByDate;
  final Map<OrganizationId, List<Summit>> summitsByOrganization;
  final Map<StateId, List<Summit>> summitsByHost;
  final List<Meeting> meetingsByDate;
  final List<RecognitionAct> recognitionsByDate;
  final List<Agreement> agreementsByDate;
  final Map<Party, List<Agreement>> agreementsByParty;
  final List<Exercise> exercisesByDate;
  final Map<Party, List<Exercise>> exercisesByParty;
  final Map<OrganizationId, List<Exercise>> exercisesByFramework;
  private final Optional<PartialDate> newestAttestation;
  private final NameIndex names;
  // For a narrowed atlas: the day, the sources left out, and the atlas it narrows (whose cache
  // of narrowed atlases it shares); for a whole atlas, empty, none and itself.
  private final Optional<LocalDate> reportedBy;
  private final List<Source> sourcesLeftOut;
  private final Atlas whole;
  private final Map<Set<SourceId>, Atlas> narrowed;

  private Atlas(Corpus corpus) {
    this(corpus, Optional.empty(), List.of(), null);
  }

  private Atlas(Corpus corpus, Optional<LocalDate> reportedBy, List<Source> sourcesLeftOut, Atlas whole) {
    this.corpus = corpus;
    this.reportedBy = reportedBy;
    this.sourcesLeftOut = List.copyOf(sourcesLeftOut);
    this.whole = whole == null ? this : whole;
    this.narrowed = whole == null ? new java.util.concurrent.ConcurrentHashMap<>() : whole.narrowed;
    this.memberships = new MembershipIndex(corpus.memberships(), corpus.organizations(), doubts(corpus));

    Map<Waypoint, List<Corridor>> through = new HashMap<>();
    Map<Waypoint, List<Corridor>> bypassing = new HashMap<>();
    Map<Party, List<Corridor>> promoted = new HashMap<>();
    Map<Party, List<Corridor>> initiated = new HashMap<>();
    Map<io.github.otsatlas.model.CorridorId, List<Corridor>> connecting = new HashMap<>();
    for (Corridor c : corpus.corridors()) {
      Set<Waypoint> passes = new LinkedHashSet<>(c.route());
      passes.addAll(c.crosses());
      passes.forEach(w -> through.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
      new LinkedHashSet<>(c.bypasses()).forEach(w -> bypassing.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
      new LinkedHashSet<>(c.promoters()).forEach(p -> promoted.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
      new LinkedHashSet<>(c.initiators()).forEach(p -> initiated.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
      new LinkedHashSet<>(c.connectsTo()).forEach(o -> connecting.computeIfAbsent(o, k -> new ArrayList<>()).add(c));
    }
    this.corridorsThrough = frozen(through);
    this.corridorsBypassing = frozen(bypassing);
    this.corridorsPromotedBy = frozen(promoted);
    this.corridorsInitiatedBy = frozen(initiated);
    this.corridorsConnectingTo = frozen(connecting);

    List<Summit> summits = new ArrayList<>(corpus.summits());
    summits.sort(SUMMIT_ORDER);
    this.summitsByDate = List.copyOf(summits);
    this.summitsByOrganization = frozen(summits.stream().filter(s -> s.organization().isPresent())
        .collect(Collectors.groupingBy(s -> s.organization().get(), LinkedHashMap::new, Collectors.toList())));
    Map<StateId, List<Summit>> byHost = new LinkedHashMap<>();
    for (Summit s : summits) {
      s.hostStates().forEach(h -> byHost.computeIfAbsent(h, k -> new ArrayList<>()).add(s));
    }
    this.summitsByHost = frozen(byHost);
    List<Meeting> meetings = new ArrayList<>(corpus.meetings());
    meetings.sort(GATHERING_ORDER);
    this.meetingsByDate = List.copyOf(meetings);
    List<RecognitionAct> recognitions = new ArrayList<>(corpus.recognitions());
    recognitions.sort(dateOrder(RecognitionAct::dates).thenComparing(RecognitionAct::id));
    this.recognitionsByDate = List.copyOf(recognitions);

    List<Agreement> agreements = new ArrayList<>(corpus.agreements());
    agreements.sort(dateOrder(Agreement::dates).thenComparing(Agreement::id));
    this.agreementsByDate = List.copyOf(agreements);
    Map<Party, List<Agreement>> byParty = new HashMap<>();
    agreements.forEach(a -> a.parties().forEach(p -> byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(a)));
    this.agreementsByParty = frozen(byParty);
    List<Exercise> exercises = new ArrayList<>(corpus.exercises());
    exercises.sort(dateOrder(Exercise::dates).thenComparing(Exercise::id));
    this.exercisesByDate = List.copyOf(exercises);
    Map<Party, List<Exercise>> involving = new HashMap<>();
    Map<OrganizationId, List<Exercise>> byFramework = new HashMap<>();
    for (Exercise e : exercises) {
      Set<Party> parties = new LinkedHashSet<>(e.organizers());
      parties.addAll(e.participants());
      parties.forEach(p -> involving.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
      e.framework().ifPresent(f -> byFramework.computeIfAbsent(f, k -> new ArrayList<>()).add(e));
    }
    this.exercisesByParty = frozen(involving);
    this.exercisesByFramework = frozen(byFramework);
    this.newestAttestation = corpus.facts().stream().flatMap(f -> f.allCitations().stream())
        .flatMap(c -> c.asOf().stream())
        .max(Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::latest));
    this.names = new NameIndex(corpus);
  }

  /**
   * Summits by date (earliest day, then latest; of disputed dates, the earliest), undated last,
   * then by id.
   */
  static final Comparator<Summit> SUMMIT_ORDER = dateOrder(Summit::dates).thenComparing(Summit::id);

  /** Summits and meetings in date order, then by id. */
  static final Comparator<Gathering> GATHERING_ORDER = dateOrder(Gathering::dates)
      .thenComparing(g -> g.ref().id());

  /**
   * Orders dated facts by date, as every dated query answers: by the earliest of their dates
   * (earliest day, then latest), undated last; ties are left to the caller (by id).
   */
  static <T> Comparator<T> dateOrder(Function<T, List<PartialDate>> dates) {
    return Comparator.comparing((T t) -> dates.apply(t).isEmpty())
        .thenComparing(t -> dates.apply(t).stream().min(Comparator.naturalOrder()).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));
  }

  /** The days on which complete lists that leave a membership off make it at most POSSIBLY. */
  private static Map<MembershipId, List<Range<LocalDate>>> doubts(Corpus corpus) {
    Map<MembershipId, List<Range<LocalDate>>> out = new HashMap<>();
    for (Disagreement d : corpus.disagreements()) {
      if (d.doubtfulDays().isPresent() && d.fact().kind() == FactRef.Kind.MEMBERSHIP) {
        out.computeIfAbsent(MembershipId.of(d.fact().id()), k -> new ArrayList<>()).add(d.doubtfulDays().get());
      }
    }
    return out;
  }


  private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> map) {
    Map<K, List<V>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static Set<SourceId> sourcesOf(Fact f) {
    Set<SourceId> ids = new LinkedHashSet<>();
    f.allCitations().forEach(c -> ids.add(c.source()));
    return ids;
  }


  /** Holds the seeded atlas; the JVM initialises it once, on first use, thread-safely. */
  private static final class Seeded {
    static final Atlas INSTANCE = new Atlas(SeedCorpus.load());
  }

  /**
   * Returns the atlas of the embedded seed corpus, loaded and indexed once per JVM.
   *
   * <pre>{@code
   * Atlas atlas = Atlas.seeded();
   * }</pre>
   */
  public static Atlas seeded() {
    return Seeded.INSTANCE;
  }

  /**
   * Returns an atlas over any corpus (one loaded with {@code CorpusLoader}, say).
   *
   * <pre>{@code
   * Atlas mine = Atlas.of(CorpusLoader.create().loadDirectory(Path.of("my-corpus")));
   * }</pre>
   *
   * @param corpus the corpus, not null
   */
  public static Atlas of(Corpus corpus) {
    return new Atlas(Objects.requireNonNull(corpus, "corpus"));
  }

  /** Returns the corpus this atlas answers from (for a narrowed atlas, the narrowed corpus). */
  public Corpus corpus() {
    return corpus;
  }

  /**
   * Returns the atlas of what the sources published on or before {@code day} said: the same
   * query API over only the sources that were <em>certainly</em> published by then (their
   * latest possible publication day, {@link Source#latestPublication()}, is on or before it; a
   * republication counts from its own publication). What stays is what those sources still
   * support ({@link Corpus#onlyFrom}); attestations, horizons, disagreements and certainties are
   * recomputed from it. The sources left out are {@link #sourcesLeftOut()}.
   *
   * <pre>{@code
   * Atlas by2024 = Atlas.seeded().asReportedBy(LocalDate.of(2024, 12, 31));
   * by2024.sourcesLeftOut();   // the sources not certainly published by then
   * }</pre>
   *
   * <p>Narrowing always starts from the whole atlas (narrowing a narrowed atlas to a later day
   * gives what the whole corpus's sources said by then). Narrowed atlases are built once per
   * set of sources kept and shared, so asking for another day with the same sources costs a
   * map look-up.
   *
   * @param day the day, not null
   */
  public Atlas asReportedBy(LocalDate day) {
    Objects.requireNonNull(day, "day");
    Set<SourceId> kept = new java.util.TreeSet<>(Comparator.comparing(SourceId::value));
    List<Source> leftOut = new ArrayList<>();
    for (Source s : whole.corpus.sources()) {
      if (s.publishedBy(day) == Certainty.DEFINITELY) {
        kept.add(s.id());
      } else {
        leftOut.add(s);
      }
    }
    Atlas base = whole.narrowed.computeIfAbsent(Set.copyOf(kept), k -> leftOut.isEmpty() ? whole
        : new Atlas(whole.corpus.onlyFrom(k), Optional.empty(), leftOut, whole));
    return new Atlas(base, Optional.of(day));
  }

  /** A view of a narrowed atlas under another day: shares every index. */
  private Atlas(Atlas base, Optional<LocalDate> reportedBy) {
    this.corpus = base.corpus;
    this.reportedBy = reportedBy;
    this.sourcesLeftOut = base.sourcesLeftOut;
    this.whole = base.whole;
    this.narrowed = base.narrowed;
    this.memberships = base.memberships;
    this.corridorsThrough = base.corridorsThrough;
    this.corridorsBypassing = base.corridorsBypassing;
    this.corridorsPromotedBy = base.corridorsPromotedBy;
    this.corridorsInitiatedBy = base.corridorsInitiatedBy;
    this.corridorsConnectingTo = base.corridorsConnectingTo;
    this.summitsByDate = base.summitsByDate;
    this.summitsByOrganization = base.summitsByOrganization;
    this.summitsByHost = base.summitsByHost;
    this.meetingsByDate = base.meetingsByDate;
    this.recognitionsByDate = base.recognitionsByDate;
    this.agreementsByDate = base.agreementsByDate;
    this.agreementsByParty = base.agreementsByParty;
    this.exercisesByDate = base.exercisesByDate;
    this.exercisesByParty = base.exercisesByParty;
    this.exercisesByFramework = base.exercisesByFramework;
    this.newestAttestation = base.newestAttestation;
    this.names = base.names;
  }

  /** Returns the day this atlas is narrowed to ({@link #asReportedBy}), or empty for the whole atlas. */
  public Optional<LocalDate> reportedBy() {
    return reportedBy;
  }

  /**
   * Returns the sources of the whole corpus that a narrowed atlas leaves out, because they were
   * not certainly published by its day (a source without a date never is), by id; empty for
   * the whole atlas.
   */
  public List<Source> sourcesLeftOut() {
    return sourcesLeftOut;
  }

  /**
   * Returns every disagreement between the sources of this atlas ({@link
   * Corpus#disagreements()}): values that no day or value satisfies together, and parties a
   * complete list leaves off. Every answer a disagreement decides carries it ({@link
   * Answer#disagreements()}) and is at most POSSIBLY.
   */
  public List<Disagreement> disagreements() {
    return corpus.disagreements();
  }

  /**
   * Returns the answer of a query with the disagreements that decide it: those about its basis
   * facts' attributes that it rests on, where the query's days (if any) meet the days they
   * leave in doubt.
   */
  <T> Answer<T> answer(T subject, Certainty certainty, List<Fact> basis, Grounds grounds,
      Range<LocalDate> window) {
    List<Disagreement> deciding = List.of();
    for (Fact f : basis) {
      for (Disagreement d : corpus.disagreements(f.ref())) {
        if (decides(d, grounds, window)) {
          if (deciding.isEmpty()) {
            deciding = new ArrayList<>();
          }
          deciding.add(d);
        }
      }
    }
    return new Answer<>(subject, certainty, basis, grounds, deciding, labelOf(subject));
  }

  /**
   * The subject of an answer for people: a membership as its party's and organization's names
   * and its role, a party by its name, any other fact by its own name.
   */
  String labelOf(Object subject) {
    if (subject instanceof Membership m) {
      return nameOrCode(m.party()) + ", " + m.roles().stream().map(Enum::name)
          .collect(Collectors.joining("/")) + " of " + nameOrCode(m.organization());
    } else if (subject instanceof Party p) {
      return nameOrCode(p);
    }
    return Answer.ownLabel(subject);
  }

  private String nameOrCode(Party party) {
    Optional<String> name = party instanceof StateId s ? corpus.state(s).map(State::name)
        : corpus.organization((OrganizationId) party).map(Organization::name);
    return name.orElse(party.code());
  }

  /** The names and aliases of a party, for {@link Grounds#mentions()}; none if it is absent. */
  List<String> namesOf(Party party) {
    if (party instanceof StateId s) {
      return corpus.state(s).map(st -> concat(st.name(), st.aliases())).orElse(List.of());
    }
    return corpus.organization((OrganizationId) party).map(o -> {
      List<String> all = new ArrayList<>();
      o.names().forEach(n -> all.add(n.name()));
      all.addAll(o.aliases());
      return List.copyOf(all);
    }).orElse(List.of());
  }

  private static List<String> concat(String first, List<String> more) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(more);
    return List.copyOf(all);
  }

  private static boolean decides(Disagreement d, Grounds grounds, Range<LocalDate> window) {
    if (!grounds.attributes().contains(d.attribute())) {
      return false;
    }
    if (d.doubtfulDays().isPresent()) {
      return window != null && window.isConnected(d.doubtfulDays().get())
          && !window.intersection(d.doubtfulDays().get()).isEmpty();
    }
    List<PartialDate> dates = new ArrayList<>();
    for (Disagreement.Side side : d.sides()) {
      try {
        dates.add(PartialDate.parse(side.claim().value()));
      } catch (IllegalArgumentException notADate) {
        return true; // disputed hosts, cities, ordinals decide whatever they select
      }
    }
    if (window == null) {
      return false;
    }
    LocalDate lo = dates.stream().map(PartialDate::earliest).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate hi = dates.stream().map(PartialDate::latest).max(Comparator.naturalOrder()).orElseThrow();
    Range<LocalDate> disputed = Range.closed(lo, hi);
    return window.isConnected(disputed) && !window.intersection(disputed).isEmpty();
  }

  /**
   * Returns the state, organization, corridor, summit, agreement or exercise that bears {@code
   * name}: its id, its name, one of an organization's dated names, or an alias. Names are compared folded: ignoring
   * case and diacritics the same way in every locale ({@code "turkiye"}, {@code "TÜRKİYE"} and
   * {@code "Türkiye"} are one name), dashes alike, runs of whitespace as one space.
   *
   * <pre>{@code
   * atlas.lookup("Turkic Council");   // organization:OTS by ALIAS 'Turkic Council'
   * atlas.lookup("Trans-Caspian International Transport Route").fact();   // the Middle Corridor
   * }</pre>
   *
   * <p>Built once per atlas (a narrowed atlas has its own, of the names its sources keep); a
   * look-up is one hash look-up after folding.
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if several facts bear the name (the message lists them:
   *     ask by kind, {@link #state(String)}, or by id), or none does (the message names the
   *     closest names, at most two edits away after folding)
   */
  public NameMatch<Fact> lookup(String name) {
    return names.find(name, Fact.class, "fact");
  }

  /**
   * Returns the state that bears {@code name} (its code, name or an alias), compared as {@link
   * #lookup(String)} does: {@code state("Turkey")} and {@code state("türkiye")} find TUR.
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no state or several bear it (naming the closest, or them)
   */
  public NameMatch<State> state(String name) {
    return names.find(name, State.class, "state");
  }

  /**
   * Returns the organization that bears {@code name}: its id, one of its dated names (the match
   * carries the period in which it bore it) or an alias, compared as {@link #lookup(String)} does.
   *
   * <pre>{@code
   * atlas.organization("Cooperation Council of Turkic Speaking States").bore();   // until 2021-11
   * }</pre>
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no organization or several bear it
   */
  public NameMatch<Organization> organization(String name) {
    return names.find(name, Organization.class, "organization");
  }

  /**
   * Returns the corridor that bears {@code name} (its id, name or an alias), compared as {@link
   * #lookup(String)} does.
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no corridor or several bear it
   */
  public NameMatch<Corridor> corridor(String name) {
    return names.find(name, Corridor.class, "corridor");
  }

  /**
   * Returns the summit that bears {@code name} (its id or its name), compared as {@link
   * #lookup(String)} does.
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no summit or several bear it
   */
  public NameMatch<Summit> summit(String name) {
    return names.find(name, Summit.class, "summit");
  }

  /**
   * Returns the meeting (not a summit) that bears {@code name} (its id or its name), compared as
   * {@link #lookup(String)} does.
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no meeting or several bear it
   */
  public NameMatch<Meeting> meeting(String name) {
    return names.find(name, Meeting.class, "meeting");
  }

  /**
   * Returns the agreement or declaration that bears {@code name} (its id or its label),
   * compared as {@link #lookup(String)} does.
   *
   * <pre>{@code
   * atlas.agreement("shusha declaration 2021").fact().date();   // 2021
   * }</pre>
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no agreement or several bear it
   */
  public NameMatch<Agreement> agreement(String name) {
    return names.find(name, Agreement.class, "agreement");
  }

  /**
   * Returns the military exercise that bears {@code name} (its id, its label or the name a
   * source gives it), compared as {@link #lookup(String)} does: {@code exercise("rubezh-2025")}.
   * Two exercises a source names alike ("Unity" in 2024 and in 2025) are an error that lists
   * both; ask by label or id.
   *
   * @param name the name, not null
   * @throws IllegalArgumentException if no exercise or several bear it
   */
  public NameMatch<Exercise> exercise(String name) {
    return names.find(name, Exercise.class, "exercise");
  }

  /** Returns the agreement with this id, or empty if this atlas has none. */
  public Optional<Agreement> agreement(AgreementId id) {
    return corpus.agreement(Objects.requireNonNull(id, "id"));
  }

  /** Returns the exercise with this id, or empty if this atlas has none. */
  public Optional<Exercise> exercise(ExerciseId id) {
    return corpus.exercise(Objects.requireNonNull(id, "id"));
  }

  /** Returns the state with this id, or empty if this atlas has none. */
  public Optional<State> state(StateId id) {
    return corpus.state(Objects.requireNonNull(id, "id"));
  }

  /** Returns the organization with this id, or empty if this atlas has none. */
  public Optional<Organization> organization(OrganizationId id) {
    return corpus.organization(Objects.requireNonNull(id, "id"));
  }

  /** Returns the corridor with this id, or empty if this atlas has none. */
  public Optional<Corridor> corridor(io.github.otsatlas.model.CorridorId id) {
    return corpus.corridor(Objects.requireNonNull(id, "id"));
  }

  /** Returns the summit with this id, or empty if this atlas has none. */
  public Optional<Summit> summit(io.github.otsatlas.model.SummitId id) {
    return corpus.summit(Objects.requireNonNull(id, "id"));
  }

  /** Returns the meeting with this id, or empty if this atlas has none. */
  public Optional<Meeting> meeting(MeetingId id) {
    return corpus.meeting(Objects.requireNonNull(id, "id"));
  }

  /** Returns the recognition with this id, or empty if this atlas has none. */
  public Optional<RecognitionAct> recognition(RecognitionId id) {
    return corpus.recognition(Objects.requireNonNull(id, "id"));
  }

  /** Returns the membership with this id, or empty if this atlas has none. */
  public Optional<Membership> membership(MembershipId id) {
    return corpus.membership(Objects.requireNonNull(id, "id"));
  }

  /** Returns the matcher of names that {@link #lookup(String)} uses. */
  NameIndex names() {
    return names;
  }

  /**
   * Starts a query of an organization's memberships.
   *
   * <pre>{@code
   * atlas.members(OTS).asOf(LocalDate.of(2022, 12, 1)).withRole(Role.OBSERVER).parties();
   * atlas.members(OTS).asOf(LocalDate.of(2021, 6, 1)).includingPossible().list();
   * }</pre>
   *
   * @param organization the organization, not null; one absent from this atlas gives no answers
   */
  public MembershipQuery members(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return new MembershipQuery(this, organization, corpus.organization(organization).orElse(null));
  }

  /**
   * Starts a query of organizations.
   *
   * <pre>{@code
   * atlas.organizations().withMember(StateId.of("KAZ")).asOf(day).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();
   * }</pre>
   */
  public OrganizationQuery organizations() {
    return new OrganizationQuery(this);
  }

  /**
   * Starts a query of states by their memberships.
   *
   * <pre>{@code
   * atlas.states().memberOfAll(OTS, CSTO).asOf(day).list();
   * }</pre>
   */
  public StateQuery states() {
    return new StateQuery(this);
  }

  /**
   * Starts a query of corridors.
   *
   * <pre>{@code
   * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();
   * }</pre>
   */
  public CorridorQuery corridors() {
    return new CorridorQuery(this);
  }

  /**
   * Starts a query of summits.
   *
   * <pre>{@code
   * atlas.summits().of(OTS).hostedIn(StateId.of("UZB")).list();
   * }</pre>
   */
  public SummitQuery summits() {
    return new SummitQuery(this);
  }

  /**
   * Starts a query of meetings that are not summits: of ministers or officials, visits,
   * conferences, roundtables. {@link #summits()} never returns one.
   *
   * <pre>{@code
   * atlas.meetings().ofKind(MeetingKind.MINISTERIAL).hostedIn(StateId.of("TUR")).list();
   * }</pre>
   */
  public MeetingQuery meetings() {
    return new MeetingQuery(this);
  }

  /**
   * Starts a query of recognitions of states by states.
   *
   * <pre>{@code
   * atlas.recognitions().by(StateId.of("TUR")).firstOnly().list();
   * }</pre>
   */
  public RecognitionQuery recognitions() {
    return new RecognitionQuery(this);
  }

  /**
   * Starts a query of agreements and declarations.
   *
   * <pre>{@code
   * atlas.agreements().withParty(StateId.of("TUR")).during(Year.of(2023)).list();
   * }</pre>
   */
  public AgreementQuery agreements() {
    return new AgreementQuery(this);
  }

  /**
   * Starts a query of military exercises.
   *
   * <pre>{@code
   * atlas.exercises().involving(StateId.of("KAZ")).underFramework(OrganizationId.of("CSTO")).list();
   * }</pre>
   */
  public ExerciseQuery exercises() {
    return new ExerciseQuery(this);
  }

  /**
   * Returns the history of an organization in date order: its founding, renames, every
   * membership's start and end, its summits (a collective record of several is none) and its other
   * meetings. Dates keep their precision; events whose
   * date the sources leave unknown come last.
   *
   * <pre>{@code
   * for (TimelineEvent e : atlas.timeline(OTS)) System.out.println(e);
   * }</pre>
   *
   * @param organization the organization, not null; one absent from this atlas has no events
   */
  public List<TimelineEvent> timeline(OrganizationId organization) {
    Optional<Organization> o = corpus.organization(Objects.requireNonNull(organization, "organization"));
    return o.isEmpty() ? List.of() : Timelines.of(this, o.get());
  }

  /**
   * Returns the evidence for a fact: claim by claim, the quotations that support it; the
   * quotations that attest a day on which it held; and the sources behind them,
   * republications folded into their originals.
   *
   * <pre>{@code
   * atlas.evidence(membership).independentSources();
   * }</pre>
   *
   * @param fact a fact of this atlas's corpus, not null
   * @throws IllegalArgumentException if the fact is not one of this atlas's corpus
   */
  public Evidence evidence(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    if (!corpus.fact(fact.ref()).map(fact::equals).orElse(false)) {
      throw new IllegalArgumentException("not a fact of this atlas: " + fact.ref());
    }
    return new Evidence(List.of(fact), Grounds.ALL, this::quotation, this::originalOf);
  }

  /**
   * Returns the evidence for the fact a reference names, such as {@code
   * FactRef.parse("membership:uzb-ots-member")}.
   *
   * @throws IllegalArgumentException if the corpus has no such fact
   */
  public Evidence evidence(FactRef ref) {
    return evidence(corpus.fact(ref).orElseThrow(
        () -> new IllegalArgumentException("no fact " + ref + " in the corpus")));
  }

  /**
   * Returns the evidence for one attribute of a fact: only the quotations that support its
   * claims of that attribute, and only the sources that give them.
   *
   * <pre>{@code
   * atlas.evidence(FactRef.parse("membership:uzb-ots-member"), Attribute.START).independentSources();
   * }</pre>
   *
   * @throws IllegalArgumentException if the corpus has no such fact
   */
  public Evidence evidence(FactRef ref, Attribute attribute) {
    return evidence(ref).forAttribute(attribute);
  }

  /**
   * Returns the evidence for an answer: the claims of its basis facts that decide it, each
   * with its quotations, and the attestations where they decide it.
   *
   * @param answer an answer of this atlas, not null
   */
  public Evidence evidence(Answer<?> answer) {
    return new Evidence(answer.basis(), answer.grounds(), this::quotation, this::originalOf);
  }

  private Quotation quotation(Citation c) {
    return new Quotation(c, corpus.source(c.source()).orElseThrow(), corpus.locate(c));
  }

  /**
   * Returns the newest attestation of the corpus (by its earliest day): the latest day on
   * which any source says a fact held. Past it, nothing with no dated end is definite.
   */
  public Optional<PartialDate> newestAttestation() {
    return newestAttestation;
  }

  /** Follows republications back to the first original that the corpus holds. */
  Source originalOf(Source source) {
    Source s = source;
    Set<SourceId> visited = new LinkedHashSet<>();
    while (s.republicationOf().isPresent() && visited.add(s.id())) {
      Optional<Source> original = corpus.source(s.republicationOf().get());
      if (original.isEmpty()) {
        break;
      }
      s = original.get();
    }
    return s;
  }

  /**
   * Returns the facts that cite a source, in the corpus order (states, organizations,
   * memberships, corridors, summits; each by id). Not indexed (it scans every fact's
   * citations, so that the index stays small): a reverse look-up, not a hot path.
   *
   * <pre>{@code
   * atlas.factsCiting(SourceId.of("newsaz-ozer-2024"));
   * }</pre>
   *
   * @param source the source, not null
   */
  public List<Fact> factsCiting(SourceId source) {
    Objects.requireNonNull(source, "source");
    return corpus.facts().stream().filter(f -> sourcesOf(f).contains(source)).toList();
  }

  /**
   * Returns the name of a party for people: a state's name ({@code Türkiye}), an
   * organization's current name.
   *
   * <pre>{@code
   * atlas.nameOf(StateId.of("XNC"));   // Turkish Republic of Northern Cyprus
   * }</pre>
   *
   * @param party a state or organization of the corpus, not null
   * @throws IllegalArgumentException if the corpus has no such party
   */
  public String nameOf(Party party) {
    requireParty(party);
    Optional<String> name = party instanceof StateId
        ? corpus.state((StateId) party).map(State::name)
        : corpus.organization((OrganizationId) party).map(Organization::name);
    return name.orElseThrow(() -> new IllegalArgumentException("unknown "
        + (party.isState() ? "state" : "organization") + " '" + party.code() + "'"));
  }

  /** Checks a party given to a query: a party absent from the corpus gives empty answers. */
  void requireParty(Party party) {
    Objects.requireNonNull(party, "party");
  }

  @Override
  public String toString() {
    return "Atlas" + corpus;
  }
}
