package io.github.otsatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consistent set of facts and the sources that support them: every rule holds and every
 * citation's quote has been located in its source. {@link #of} is the only way to make one,
 * so a {@code Corpus} in hand is always whole and valid.
 *
 * <p>Immutable and thread-safe. Lists are in id order; equality compares every record and
 * every source text.
 */
public final class Corpus {
  private final List<Source> sources;
  private final List<State> states;
  private final List<Organization> organizations;
  private final List<Membership> memberships;
  private final List<Corridor> corridors;
  private final List<Summit> summits;
  private final List<Meeting> meetings;
  private final List<Agreement> agreements;
  private final List<Exercise> exercises;
  private final List<RecognitionAct> recognitions;
  private final Map<SourceId, Source> sourceById;
  private final Map<StateId, State> stateById;
  private final Map<OrganizationId, Organization> organizationById;
  private final Map<MembershipId, Membership> membershipById;
  private final Map<CorridorId, Corridor> corridorById;
  private final Map<SummitId, Summit> summitById;
  private final Map<MeetingId, Meeting> meetingById;
  private final Map<AgreementId, Agreement> agreementById;
  private final Map<ExerciseId, Exercise> exerciseById;
  private final Map<RecognitionId, RecognitionAct> recognitionById;
  private final Map<Citation, QuoteLocation> locations;
  private final List<Disagreement> disagreements;
  private final Map<FactRef, List<Disagreement>> disagreementsByFact;

  private Corpus(CorpusRules.Checker checked, Contents contents) {
    this.sources = sorted(contents.sources(), s -> s.id().value());
    this.states = sorted(contents.states(), s -> s.id().code());
    this.organizations = sorted(contents.organizations(), o -> o.id().code());
    this.memberships = sorted(contents.memberships(), m -> m.id().value());
    this.corridors = sorted(contents.corridors(), c -> c.id().value());
    this.summits = sorted(contents.summits(), s -> s.id().value());
    this.meetings = sorted(contents.meetings(), m -> m.id().value());
    this.agreements = sorted(contents.agreements(), a -> a.id().value());
    this.exercises = sorted(contents.exercises(), e -> e.id().value());
    this.recognitions = sorted(contents.recognitions(), r -> r.id().value());
    this.sourceById = index(this.sources, Source::id);
    this.stateById = index(this.states, State::id);
    this.organizationById = index(this.organizations, Organization::id);
    this.membershipById = index(this.memberships, Membership::id);
    this.corridorById = index(this.corridors, Corridor::id);
    this.summitById = index(this.summits, Summit::id);
    this.meetingById = index(this.meetings, Meeting::id);
    this.agreementById = index(this.agreements, Agreement::id);
    this.exerciseById = index(this.exercises, Exercise::id);
    this.recognitionById = index(this.recognitions, RecognitionAct::id);
    this.locations = Map.copyOf(checked.located);
    List<Disagreement> found = new ArrayList<>(checked.disagreements);
    found.sort(Comparator.comparing((Disagreement d) -> d.fact().kind())
        .thenComparing(d -> d.fact().id()).thenComparing(Disagreement::attribute));
    this.disagreements = List.copyOf(found);
    Map<FactRef, List<Disagreement>> byFact = new java.util.LinkedHashMap<>();
    for (Disagreement d : disagreements) {
      byFact.computeIfAbsent(d.fact(), k -> new ArrayList<>()).add(d);
    }
    byFact.replaceAll((k, v) -> List.copyOf(v));
    this.disagreementsByFact = Map.copyOf(byFact);
  }

  /**
   * Returns every disagreement between sources, fact by fact in the order of {@link #facts()}:
   * values of one attribute that no day or value satisfies together, and parties that a
   * complete list leaves off although other sources attest them.
   */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /** Returns the disagreements about one fact; empty if its sources agree or it is not here. */
  public List<Disagreement> disagreements(FactRef fact) {
    return disagreementsByFact.getOrDefault(Objects.requireNonNull(fact, "fact"), List.of());
  }

  /**
   * Checks the facts against every {@link Rule}, locates every citation, and returns the
   * corpus, which holds no meetings, agreements, exercises or recognitions ({@link #builder()}
   * takes every kind).
   *
   * <pre>{@code
   * Corpus corpus = Corpus.of(sources, states, organizations, memberships, corridors, summits);
   * }</pre>
   *
   * @return the corpus, never partially built
   * @throws CorpusValidationException with every violation, if any rule is broken
   */
  public static Corpus of(
      Collection<Source> sources,
      Collection<State> states,
      Collection<Organization> organizations,
      Collection<Membership> memberships,
      Collection<Corridor> corridors,
      Collection<Summit> summits) {
    return builder().sources(sources).states(states).organizations(organizations)
        .memberships(memberships).corridors(corridors).summits(summits).build();
  }

  /**
   * Checks the facts against every {@link Rule}, locates every citation, and returns the corpus,
   * which holds no meetings and no recognitions ({@link #builder()} takes every kind).
   *
   * @return the corpus, never partially built
   * @throws CorpusValidationException with every violation, if any rule is broken
   */
  public static Corpus of(
      Collection<Source> sources,
      Collection<State> states,
      Collection<Organization> organizations,
      Collection<Membership> memberships,
      Collection<Corridor> corridors,
      Collection<Summit> summits,
      Collection<Agreement> agreements,
      Collection<Exercise> exercises) {
    return builder().sources(sources).states(states).organizations(organizations)
        .memberships(memberships).corridors(corridors).summits(summits).agreements(agreements)
        .exercises(exercises).build();
  }

  /**
   * Returns a builder that takes the records of every kind and checks them all at {@link
   * Builder#build()}.
   *
   * <pre>{@code
   * Corpus corpus = Corpus.builder().sources(sources).states(states).summits(summits)
   *     .meetings(meetings).build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the records of a corpus, kind by kind; {@link #build()} checks them against every
   * {@link Rule}. Each setter replaces what was given before for its kind; a kind not given is
   * empty. Not thread-safe; the corpus it builds is.
   */
  public static final class Builder {
    private Collection<Source> sources = List.of();
    private Collection<State> states = List.of();
    private Collection<Organization> organizations = List.of();
    private Collection<Membership> memberships = List.of();
    private Collection<Corridor> corridors = List.of();
    private Collection<Summit> summits = List.of();
    private Collection<Meeting> meetings = List.of();
    private Collection<Agreement> agreements = List.of();
    private Collection<Exercise> exercises = List.of();
    private Collection<RecognitionAct> recognitions = List.of();

    private Builder() {}

    /** Sets the sources, with their texts. */
    public Builder sources(Collection<Source> sources) {
      this.sources = Objects.requireNonNull(sources, "sources");
      return this;
    }

    /** Sets the states. */
    public Builder states(Collection<State> states) {
      this.states = Objects.requireNonNull(states, "states");
      return this;
    }

    /** Sets the organizations. */
    public Builder organizations(Collection<Organization> organizations) {
      this.organizations = Objects.requireNonNull(organizations, "organizations");
      return this;
    }

    /** Sets the memberships. */
    public Builder memberships(Collection<Membership> memberships) {
      this.memberships = Objects.requireNonNull(memberships, "memberships");
      return this;
    }

    /** Sets the corridors. */
    public Builder corridors(Collection<Corridor> corridors) {
      this.corridors = Objects.requireNonNull(corridors, "corridors");
      return this;
    }

    /** Sets the summits. */
    public Builder summits(Collection<Summit> summits) {
      this.summits = Objects.requireNonNull(summits, "summits");
      return this;
    }

    /** Sets the meetings that are not summits. */
    public Builder meetings(Collection<Meeting> meetings) {
      this.meetings = Objects.requireNonNull(meetings, "meetings");
      return this;
    }

    /** Sets the agreements and declarations. */
    public Builder agreements(Collection<Agreement> agreements) {
      this.agreements = Objects.requireNonNull(agreements, "agreements");
      return this;
    }

    /** Sets the military exercises. */
    public Builder exercises(Collection<Exercise> exercises) {
      this.exercises = Objects.requireNonNull(exercises, "exercises");
      return this;
    }

    /** Sets the recognitions of states by states. */
    public Builder recognitions(Collection<RecognitionAct> recognitions) {
      this.recognitions = Objects.requireNonNull(recognitions, "recognitions");
      return this;
    }

    /**
     * Checks every record against every {@link Rule}, locates every citation, and returns the
     * corpus.
     *
     * @return the corpus, never partially built
     * @throws CorpusValidationException with every violation, if any rule is broken
     */
    public Corpus build() {
      Contents contents = contents();
      CorpusRules.Checker checked = CorpusRules.run(contents);
      List<Violation> violations = checked.violations();
      if (!violations.isEmpty()) {
        throw new CorpusValidationException(violations);
      }
      return new Corpus(checked, contents);
    }

    /**
     * Checks the records given so far against every {@link Rule} and returns every violation,
     * in the order {@link CorpusRules#check} gives them, without building a corpus; empty when
     * {@link #build()} would succeed.
     */
    public List<Violation> violations() {
      return CorpusRules.run(contents()).violations();
    }

    private Contents contents() {
      return new Contents(List.copyOf(sources), List.copyOf(states), List.copyOf(organizations),
          List.copyOf(memberships), List.copyOf(corridors), List.copyOf(summits),
          List.copyOf(meetings), List.copyOf(agreements), List.copyOf(exercises),
          List.copyOf(recognitions));
    }
  }

  /**
   * Returns what the given sources say: the corpus with only their citations, the claims these
   * still support, and the facts whose required claims they still support. The rules of what
   * stays are those of {@code seeds/README.md}, "As reported by": a claim no remaining citation
   * supports disappears; a fact without support for its required claims disappears; a claim
   * that refers to a fact that disappeared disappears with it. Sources not in this corpus are
   * ignored. Quotes are not searched again.
   *
   * @param sources the ids of the sources to keep, not null
   */
  public Corpus onlyFrom(Collection<SourceId> sources) {
    return Narrowing.narrow(this, sources);
  }

  /** Builds a narrowed corpus, reusing the full corpus's quote locations. */
  static Corpus narrowed(Corpus full, Contents contents) {
    Map<List<Object>, QuoteLocation> bySelector = full.selectors();
    CorpusRules.Checker checker = new CorpusRules.Checker(contents);
    checker.boundsLocated = true;
    for (Fact f : contents.facts()) {
      for (Citation c : f.allCitations()) {
        checker.located.put(c, bySelector.get(Narrowing.selector(c)));
      }
    }
    checker.run();
    if (!checker.violations().isEmpty()) {
      throw new IllegalStateException("narrowing a valid corpus broke its rules: " + checker.violations());
    }
    return new Corpus(checker, contents);
  }

  private volatile Map<List<Object>, QuoteLocation> selectors;

  private Map<List<Object>, QuoteLocation> selectors() {
    Map<List<Object>, QuoteLocation> s = selectors;
    if (s == null) {
      s = Map.copyOf(Narrowing.selectors(this));
      selectors = s;
    }
    return s;
  }

  private static <T> List<T> sorted(Collection<T> items, Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    return List.copyOf(copy);
  }

  private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
  }

  /** Returns the sources, by id. */
  public List<Source> sources() {
    return sources;
  }

  /** Returns the states, by id. */
  public List<State> states() {
    return states;
  }

  /** Returns the organizations, by id. */
  public List<Organization> organizations() {
    return organizations;
  }

  /** Returns the memberships, by id. */
  public List<Membership> memberships() {
    return memberships;
  }

  /** Returns the corridors, by id. */
  public List<Corridor> corridors() {
    return corridors;
  }

  /** Returns the summits, by id. */
  public List<Summit> summits() {
    return summits;
  }

  /** Returns the meetings that are not summits, by id. */
  public List<Meeting> meetings() {
    return meetings;
  }

  /** Returns the summits and the meetings together, summits first, each kind by id. */
  public List<Gathering> gatherings() {
    List<Gathering> all = new ArrayList<>(summits);
    all.addAll(meetings);
    return List.copyOf(all);
  }

  /** Returns the recognitions of states by states, by id. */
  public List<RecognitionAct> recognitions() {
    return recognitions;
  }

  /** Returns the agreements and declarations, by id. */
  public List<Agreement> agreements() {
    return agreements;
  }

  /** Returns the military exercises, by id. */
  public List<Exercise> exercises() {
    return exercises;
  }

  /** Returns the source with this id, if any. */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sourceById.get(id));
  }

  /** Returns the state with this id, if any. */
  public Optional<State> state(StateId id) {
    return Optional.ofNullable(stateById.get(id));
  }

  /** Returns the organization with this id, if any. */
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizationById.get(id));
  }

  /** Returns the membership with this id, if any. */
  public Optional<Membership> membership(MembershipId id) {
    return Optional.ofNullable(membershipById.get(id));
  }

  /** Returns the corridor with this id, if any. */
  public Optional<Corridor> corridor(CorridorId id) {
    return Optional.ofNullable(corridorById.get(id));
  }

  /** Returns the summit with this id, if any. */
  public Optional<Summit> summit(SummitId id) {
    return Optional.ofNullable(summitById.get(id));
  }

  /** Returns the meeting with this id, if any. */
  public Optional<Meeting> meeting(MeetingId id) {
    return Optional.ofNullable(meetingById.get(id));
  }

  /** Returns the recognition with this id, if any. */
  public Optional<RecognitionAct> recognition(RecognitionId id) {
    return Optional.ofNullable(recognitionById.get(id));
  }

  /** Returns the agreement with this id, if any. */
  public Optional<Agreement> agreement(AgreementId id) {
    return Optional.ofNullable(agreementById.get(id));
  }

  /** Returns the exercise with this id, if any. */
  public Optional<Exercise> exercise(ExerciseId id) {
    return Optional.ofNullable(exerciseById.get(id));
  }

  /**
   * Returns the fact a reference names, if the corpus has it ({@code source:} references
   * name no fact and give empty).
   */
  public Optional<Fact> fact(FactRef ref) {
    try {
      switch (ref.kind()) {
        case STATE:
          return Optional.ofNullable(stateById.get(StateId.of(ref.id())));
        case ORGANIZATION:
          return Optional.ofNullable(organizationById.get(OrganizationId.of(ref.id())));
        case MEMBERSHIP:
          return Optional.ofNullable(membershipById.get(MembershipId.of(ref.id())));
        case CORRIDOR:
          return Optional.ofNullable(corridorById.get(CorridorId.of(ref.id())));
        case SUMMIT:
          return Optional.ofNullable(summitById.get(SummitId.of(ref.id())));
        case MEETING:
          return Optional.ofNullable(meetingById.get(MeetingId.of(ref.id())));
        case RECOGNITION:
          return Optional.ofNullable(recognitionById.get(RecognitionId.of(ref.id())));
        case AGREEMENT:
          return Optional.ofNullable(agreementById.get(AgreementId.of(ref.id())));
        case EXERCISE:
          return Optional.ofNullable(exerciseById.get(ExerciseId.of(ref.id())));
        default:
          return Optional.empty();
      }
    } catch (IllegalArgumentException malformedId) {
      return Optional.empty();
    }
  }

  /**
   * Returns every fact: states, organizations, memberships, corridors, summits, meetings,
   * agreements, exercises, recognitions, each kind by id.
   */
  public List<Fact> facts() {
    return List.copyOf(contents().facts());
  }

  /** Returns the records kind by kind. */
  Contents contents() {
    return new Contents(sources, states, organizations, memberships, corridors, summits, meetings,
        agreements, exercises, recognitions);
  }

  /**
   * Returns where a citation of this corpus stands in its source.
   *
   * @param citation a citation carried by a fact of this corpus, not null
   * @throws IllegalArgumentException if the citation is not one of this corpus
   */
  public QuoteLocation locate(Citation citation) {
    QuoteLocation at = locations.get(Objects.requireNonNull(citation, "citation"));
    if (at == null) {
      throw new IllegalArgumentException("not a citation of this corpus: " + citation);
    }
    return at;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Corpus)) {
      return false;
    }
    Corpus that = (Corpus) o;
    return sources.equals(that.sources) && states.equals(that.states)
        && organizations.equals(that.organizations) && memberships.equals(that.memberships)
        && corridors.equals(that.corridors) && summits.equals(that.summits)
        && meetings.equals(that.meetings) && agreements.equals(that.agreements)
        && exercises.equals(that.exercises) && recognitions.equals(that.recognitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources, states, organizations, memberships, corridors, summits, meetings,
        agreements, exercises, recognitions);
  }

  /** Returns the counts of each kind of record. */
  @Override
  public String toString() {
    return "Corpus{sources=" + sources.size() + ", states=" + states.size() + ", organizations="
        + organizations.size() + ", memberships=" + memberships.size() + ", corridors="
        + corridors.size() + ", summits=" + summits.size() + ", meetings=" + meetings.size()
        + ", agreements=" + agreements.size() + ", exercises=" + exercises.size()
        + ", recognitions=" + recognitions.size() + ", citations=" + locations.size() + "}";
  }
}
