package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.CorridorKind;
import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.Mode;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Waypoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Corridors filtered by the places they pass or bypass, the corridors they connect to, modes,
 * status, kind, promoters, initiators, and the days their sources say they held. Every filter
 * must hold (they combine with AND). Answers come in corridor-id order; each rests on the
 * corridor record, whose citations say so, and is DEFINITELY unless sources disagree on what
 * decides it or an attestation is too coarse to settle the days asked (then POSSIBLY, and only
 * with {@link #includingPossible()}).
 *
 * <p>Relations between corridors are those a document states: {@link #connectsTo}, {@link
 * #canConnectTo} (a possible connection, kept apart) and {@link #bypassing}. The seed documents call no corridor an alternative to another (one says
 * the Middle Corridor is "not an alternative" to the northern route), so the model records no
 * such relation and this query offers no step for it.
 *
 * <pre>{@code
 * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();
 * }</pre>
 *
 * <p>Steps, as in every query type: a step that adds a condition to a list ({@code through},
 * {@code bypassing}, {@code connectsTo}, {@code canConnectTo}, {@code promotedBy}, {@code
 * initiatedBy}, {@code withStakeholder}, {@code withMode}) may be repeated, and every condition must hold ({@code through(A).through(B)}
 * passes both); a step that sets a value ({@code withStatus}, {@code ofKind}) may be given
 * once, a second call throws {@link IllegalStateException}, and so does a second time step
 * ({@code attestedOn}, {@code attestedDuring}: the days a source says the corridor held);
 * {@code includingPossible()} is idempotent. Each step costs constant time, so a chain of n
 * steps is built in O(n). The answers' evidence shows first the quotations that name the places and parties asked about.
 * Immutable and thread-safe.
 */
public final class CorridorQuery implements Query<Corridor> {
  private final Atlas atlas;
  private final Steps steps;

  /** One condition: the candidates it allows (from an index, or null) and the test itself. */
  private record Filter(String text, List<Corridor> candidates, Predicate<Corridor> test,
      Grounds grounds) {}

  /**
   * The whole state of a query: the conditions that add up, and the values set once (null, or
   * {@link When#ALWAYS} for the days attested: not set).
   */
  private record Steps(Chain<Filter> conditions, Filter status, Filter kind, When attested,
      boolean possible) {
    Steps withCondition(Filter f) {
      return new Steps(conditions.plus(f), status, kind, attested, possible);
    }

    Steps withStatus(Filter f) {
      return new Steps(conditions, f, kind, attested, possible);
    }

    Steps withKind(Filter f) {
      return new Steps(conditions, status, f, attested, possible);
    }

    Steps withAttested(When w) {
      return new Steps(conditions, status, kind, w, possible);
    }

    Steps withPossible() {
      return new Steps(conditions, status, kind, attested, true);
    }
  }

  CorridorQuery(Atlas atlas) {
    this(atlas, new Steps(Chain.empty(), null, null, When.ALWAYS, false));
  }

  private CorridorQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  /** What an answer rests on when the query asks about the days attested: the attestations alone. */
  private static final Grounds ATTESTATIONS = new Grounds(java.util.Set.of(), true);

  private CorridorQuery and(String text, List<Corridor> candidates, Predicate<Corridor> test,
      Grounds grounds) {
    return new CorridorQuery(atlas, steps.withCondition(new Filter(text, candidates, test, grounds)));
  }

  /**
   * Keeps the corridors whose route passes the state (ordered route or unordered crossings).
   * A state absent from the atlas gives no answers.
   *
   * @param state the state, not null
   */
  public CorridorQuery through(StateId state) {
    atlas.requireParty(state);
    return through(Waypoint.of(state), atlas.namesOf(state));
  }

  /**
   * Keeps the corridors that pass the place: a state, a sea ({@code Waypoint.sea("Caspian Sea")}), ...
   *
   * @param place the place, not null
   */
  public CorridorQuery through(Waypoint place) {
    return through(place, names(place));
  }

  private CorridorQuery through(Waypoint place, List<String> names) {
    return and("through(" + show(place) + ")", get(atlas.corridorsThrough, place), c -> c.passes(place),
        Grounds.of(Attribute.ROUTE, Attribute.CROSSES).mentioning(names));
  }

  /**
   * Keeps the corridors a source says bypass the state.
   *
   * @param state the state, not null
   */
  public CorridorQuery bypassing(StateId state) {
    atlas.requireParty(state);
    return bypassing(Waypoint.of(state), atlas.namesOf(state));
  }

  /**
   * Keeps the corridors a source says bypass the place.
   *
   * @param place the place, not null
   */
  public CorridorQuery bypassing(Waypoint place) {
    return bypassing(place, names(place));
  }

  private CorridorQuery bypassing(Waypoint place, List<String> names) {
    return and("bypassing(" + show(place) + ")", get(atlas.corridorsBypassing, place),
        c -> c.bypasses().contains(place), Grounds.of(Attribute.BYPASSES).mentioning(names));
  }

  /**
   * Keeps the corridors a source says connect to {@code other} ({@link Corridor#connectsTo()}).
   *
   * @param other the corridor connected to, not null; one absent from the atlas gives no answers
   */
  public CorridorQuery connectsTo(CorridorId other) {
    Objects.requireNonNull(other, "other");
    return and("connectsTo(" + other.value() + ")", get(atlas.corridorsConnectingTo, other),
        c -> c.connectsTo().contains(other), Grounds.of(Attribute.CONNECTS_TO)
            .mentioning(atlas.corpus().corridor(other).map(c -> names(c)).orElse(List.of())));
  }

  /**
   * Keeps the corridors a source says can be connected to {@code other} ({@link
   * Corridor#canConnectTo()}): a possibility the source raises, which {@link #connectsTo} never
   * returns.
   *
   * @param other the corridor, not null; one absent from the atlas gives no answers
   */
  public CorridorQuery canConnectTo(CorridorId other) {
    Objects.requireNonNull(other, "other");
    return and("canConnectTo(" + other.value() + ")", null, c -> c.canConnectTo().contains(other),
        Grounds.of(Attribute.CAN_CONNECT_TO)
            .mentioning(atlas.corpus().corridor(other).map(c -> names(c)).orElse(List.of())));
  }

  /**
   * Keeps the corridors a source names the party a stakeholder of ({@link Corridor#stakeholders()}).
   *
   * @param party the party, not null
   */
  public CorridorQuery withStakeholder(Party party) {
    atlas.requireParty(party);
    return and("withStakeholder(" + party + ")", null, c -> c.stakeholders().contains(party),
        Grounds.of(Attribute.STAKEHOLDERS).mentioning(atlas.namesOf(party)));
  }

  /**
   * Keeps the corridors promoted by the party.
   *
   * @param party the party, not null
   */
  public CorridorQuery promotedBy(Party party) {
    atlas.requireParty(party);
    return and("promotedBy(" + party + ")", get(atlas.corridorsPromotedBy, party), c -> c.promoters().contains(party),
        Grounds.of(Attribute.PROMOTERS).mentioning(atlas.namesOf(party)));
  }

  /**
   * Keeps the corridors initiated by the party.
   *
   * @param party the party, not null
   */
  public CorridorQuery initiatedBy(Party party) {
    atlas.requireParty(party);
    return and("initiatedBy(" + party + ")", get(atlas.corridorsInitiatedBy, party), c -> c.initiators().contains(party),
        Grounds.of(Attribute.INITIATORS).mentioning(atlas.namesOf(party)));
  }

  /**
   * Keeps the corridors that carry the mode, as far as the sources say.
   *
   * @param mode the mode, not null
   */
  public CorridorQuery withMode(Mode mode) {
    Objects.requireNonNull(mode, "mode");
    return and("withMode(" + mode + ")", null, c -> c.modes().contains(mode),
        Grounds.of(Attribute.MODES));
  }

  /**
   * Keeps the corridors of one of these statuses.
   *
   * @throws IllegalStateException if a status filter is already set
   */
  public CorridorQuery withStatus(CorridorStatus status, CorridorStatus... more) {
    once(steps.status(), "status filter");
    EnumSet<CorridorStatus> set = EnumSet.of(status, more);
    Filter f = new Filter("withStatus(" + String.join(", ", set.stream().map(Enum::name).toList()) + ")", null,
        c -> set.contains(c.status()), Grounds.of(Attribute.STATUS));
    return new CorridorQuery(atlas, steps.withStatus(f));
  }

  /**
   * Keeps the corridors of one of these kinds.
   *
   * @throws IllegalStateException if a kind filter is already set
   */
  public CorridorQuery ofKind(CorridorKind kind, CorridorKind... more) {
    once(steps.kind(), "kind filter");
    EnumSet<CorridorKind> set = EnumSet.of(kind, more);
    Filter f = new Filter("ofKind(" + String.join(", ", set.stream().map(Enum::name).toList()) + ")", null,
        c -> set.contains(c.kind()), Grounds.of(Attribute.KIND));
    return new CorridorQuery(atlas, steps.withKind(f));
  }

  /**
   * Keeps the corridors that a source says held on {@code day}: a citation of the corridor
   * attests it ({@link io.github.otsatlas.model.Citation#asOf()}, the "as of" of a present-tense
   * sentence). A corridor has no dated claims of its own (no start, no end), so its
   * attestations are the only dates its sources give. An attestation known to a year or month
   * that contains the day makes the answer POSSIBLY; a corridor no citation dates is not kept.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public CorridorQuery attestedOn(java.time.LocalDate day) {
    return attested(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the corridors that a source says held on some day from {@code first} to {@code last},
   * both inclusive: DEFINITELY when one of its attestations lies wholly inside, POSSIBLY when
   * one only may (an attestation of "2025" for the days of June 2025), as {@link
   * #attestedOn(java.time.LocalDate)} explains.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public CorridorQuery attestedDuring(java.time.LocalDate first, java.time.LocalDate last) {
    return attested(When.between(first, last));
  }

  /**
   * Keeps the corridors that a source says held on some day the partial date allows.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public CorridorQuery attestedDuring(io.github.otsatlas.model.PartialDate date) {
    return attested(When.during(date));
  }

  /**
   * Keeps the corridors that a source says held on some day of the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public CorridorQuery attestedDuring(java.time.Year year) {
    return attested(When.during(io.github.otsatlas.model.PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps the corridors that a source says held on some day of the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public CorridorQuery attestedDuring(java.time.YearMonth month) {
    return attested(When.during(io.github.otsatlas.model.PartialDate.ofMonth(month.getYear(),
        month.getMonthValue())));
  }

  private CorridorQuery attested(When when) {
    return new CorridorQuery(atlas, steps.withAttested(when.replacing(steps.attested(), this)));
  }

  /**
   * Returns how certainly a citation of the corridor attests a day asked: the strongest over its
   * attestations, each compared as a dated fact is ({@link When#within}); NOT with none.
   */
  private Certainty attestedIn(Corridor c) {
    Certainty best = Certainty.NOT;
    for (io.github.otsatlas.model.Citation citation : c.allCitations()) {
      if (citation.asOf().isPresent()) {
        best = best.or(steps.attested().within(List.of(citation.asOf().get())));
      }
    }
    return best;
  }

  /** Adds the POSSIBLY answers (those a disagreement between sources decides, or an attestation's imprecision) to the DEFINITELY ones. */
  public CorridorQuery includingPossible() {
    return new CorridorQuery(atlas, steps.withPossible());
  }

  private List<Filter> filters() {
    List<Filter> all = new ArrayList<>(steps.conditions().toList());
    if (steps.status() != null) {
      all.add(steps.status());
    }
    if (steps.kind() != null) {
      all.add(steps.kind());
    }
    return all;
  }

  /**
   * Returns the answers in corridor-id order. Starts from the smallest index list among the
   * filters and tests the rest on it.
   */
  @Override
  public List<Answer<Corridor>> list() {
    return answers(steps.possible());
  }

  private List<Answer<Corridor>> answers(boolean possible) {
    List<Filter> filters = filters();
    List<Corridor> start = atlas.corpus().corridors();
    for (Filter f : filters) {
      if (f.candidates() != null && f.candidates().size() < start.size()) {
        start = f.candidates();
      }
    }
    When attested = steps.attested();
    Grounds grounds = filters.stream().map(Filter::grounds).reduce(Grounds::and)
        .map(g -> attested.isAlways() ? g : g.and(ATTESTATIONS))
        .orElse(attested.isAlways() ? Grounds.ALL : ATTESTATIONS);
    List<Answer<Corridor>> out = new ArrayList<>();
    for (Corridor c : start) {
      if (filters.stream().allMatch(f -> f.test().test(c))) {
        Certainty certainty = attested.isAlways() ? Certainty.DEFINITELY : attestedIn(c);
        if (certainty == Certainty.NOT) {
          continue;
        }
        Answer<Corridor> a = atlas.answer(c, certainty, List.of(c), grounds, attested.window());
        if (a.isDisputed() && a.isDefinite()) {
          // sources disagree on what decides it: at most POSSIBLY
          a = atlas.answer(c, Certainty.POSSIBLY, List.of(c), grounds, attested.window());
        }
        if (a.isDefinite() || possible) {
          out.add(a);
        }
      }
    }
    // every index list, like the corpus's own list, is in corridor-id order already
    return List.copyOf(out);
  }

  /** Returns how many answers a disagreement makes POSSIBLY and the query leaves out. */
  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the corridors of the answers, in id order. */
  public List<Corridor> corridors() {
    return list().stream().map(Answer::subject).toList();
  }

  /** A state prints as its code, as elsewhere; other places with their kind ({@code sea:...}). */
  private static String show(Waypoint place) {
    return place.state().map(StateId::code).orElse(place.toString());
  }

  private static List<String> names(Waypoint place) {
    return place.state().isPresent() ? List.of() : List.of(place.name());
  }

  private static List<String> names(Corridor c) {
    List<String> all = new ArrayList<>();
    all.add(c.name());
    all.addAll(c.aliases());
    return all;
  }

  private static <K> List<Corridor> get(Map<K, List<Corridor>> index, K key) {
    return index.getOrDefault(Objects.requireNonNull(key), List.of());
  }

  private void once(Object current, String what) {
    if (current != null) {
      throw new IllegalStateException(this + ": the " + what + " is already set");
    }
  }

  /** Returns the query, as {@code corridors().through(AZE).bypassing(RUS)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("corridors()");
    filters().forEach(f -> b.append('.').append(f.text()));
    b.append(steps.attested().toString().replace(".asOf(", ".attestedOn(").replace(".during(", ".attestedDuring("));
    if (steps.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
