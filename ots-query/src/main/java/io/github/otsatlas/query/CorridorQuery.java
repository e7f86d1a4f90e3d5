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
 * status, kind, promoters and initiators. Every filter must hold (they combine with AND).
 * Answers come in corridor-id order; each rests on the corridor record, whose citations say
 * so, and is DEFINITELY unless sources disagree on what decides it (then POSSIBLY, and only
 * with {@link #includingPossible()}).
 *
 * <pre>{@code
 * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();
 * }</pre>
 *
 * <p>Steps, as in every query type: a step that adds a condition to a list ({@code through},
 * {@code bypassing}, {@code connectsTo}, {@code promotedBy}, {@code initiatedBy}, {@code
 * withMode}) may be repeated, and every condition must hold ({@code through(A).through(B)}
 * passes both); a step that sets a value ({@code withStatus}, {@code ofKind}) may be given
 * once, a second call throws {@link IllegalStateException}; {@code includingPossible()} is
 * idempotent. Each step costs constant time, so a chain of n steps is built in O(n). The
 * answers' evidence shows first the quotations that name the places and parties asked about.
 * Immutable and thread-safe.
 */
public final class CorridorQuery implements Query<Corridor> {
  private final Atlas atlas;
  private final Steps steps;

  /** One condition: the candidates it allows (from an index, or null) and the test itself. */
  private record Filter(String text, List<Corridor> candidates, Predicate<Corridor> test,
      Grounds grounds) {}

  /** The whole state of a query: the conditions that add up, and the values set once. */
  private record Steps(Chain<Filter> conditions, Filter status, Filter kind, boolean possible) {
    Steps withCondition(Filter f) {
      return new Steps(conditions.plus(f), status, kind, possible);
    }
  }

  CorridorQuery(Atlas atlas) {
    this(atlas, new Steps(Chain.empty(), null, null, false));
  }

  private CorridorQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

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
    return new CorridorQuery(atlas, new Steps(steps.conditions(), f, steps.kind(), steps.possible()));
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
    return new CorridorQuery(atlas, new Steps(steps.conditions(), steps.status(), f, steps.possible()));
  }

  /** Adds the POSSIBLY answers (those a disagreement between sources decides) to the DEFINITELY ones. */
  public CorridorQuery includingPossible() {
    return new CorridorQuery(atlas, new Steps(steps.conditions(), steps.status(), steps.kind(), true));
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
    Grounds grounds = filters.stream().map(Filter::grounds).reduce(Grounds::and).orElse(Grounds.ALL);
    List<Answer<Corridor>> out = new ArrayList<>();
    for (Corridor c : start) {
      if (filters.stream().allMatch(f -> f.test().test(c))) {
        Answer<Corridor> a = atlas.answer(c, Certainty.DEFINITELY, List.of(c), grounds, null);
        if (a.isDisputed()) {
          // sources disagree on what decides it: at most POSSIBLY
          a = atlas.answer(c, Certainty.POSSIBLY, List.of(c), grounds, null);
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
    if (steps.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
