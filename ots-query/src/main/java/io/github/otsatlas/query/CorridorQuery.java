package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corridor;
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
 * Corridors filtered by the places they pass or bypass, modes, status, kind, promoters and
 * initiators. Every filter must hold (they combine with AND; {@code through} twice means
 * through both). Answers come in corridor-id order and are DEFINITELY: each rests on the
 * corridor record, whose citations say so.
 *
 * <pre>{@code
 * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CorridorQuery implements Query<Corridor> {
  private final Atlas atlas;
  private final List<Filter> filters;

  /** One indexed condition: the candidates it allows (from an index) and the test itself. */
  private record Filter(String text, List<Corridor> candidates, Predicate<Corridor> test,
      Grounds grounds) {}

  CorridorQuery(Atlas atlas) {
    this(atlas, List.of());
  }

  private CorridorQuery(Atlas atlas, List<Filter> filters) {
    this.atlas = atlas;
    this.filters = filters;
  }

  private CorridorQuery and(String text, List<Corridor> candidates, Predicate<Corridor> test,
      Grounds grounds) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(new Filter(text, candidates, test, grounds));
    return new CorridorQuery(atlas, List.copyOf(more));
  }

  /**
   * Keeps the corridors whose route passes the state (ordered route or unordered crossings).
   *
   * @throws IllegalArgumentException if the corpus has no such state
   */
  public CorridorQuery through(StateId state) {
    atlas.requireParty(state);
    return through(Waypoint.of(state));
  }

  /** Keeps the corridors that pass the place: a state, a sea ({@code Waypoint.sea("Caspian Sea")}), ... */
  public CorridorQuery through(Waypoint place) {
    return and("through(" + show(place) + ")", get(atlas.corridorsThrough, place), c -> c.passes(place),
        Grounds.of(Attribute.ROUTE, Attribute.CROSSES));
  }

  /**
   * Keeps the corridors a source says bypass the state.
   *
   * @throws IllegalArgumentException if the corpus has no such state
   */
  public CorridorQuery bypassing(StateId state) {
    atlas.requireParty(state);
    return bypassing(Waypoint.of(state));
  }

  /** Keeps the corridors a source says bypass the place. */
  public CorridorQuery bypassing(Waypoint place) {
    return and("bypassing(" + show(place) + ")", get(atlas.corridorsBypassing, place), c -> c.bypasses().contains(place),
        Grounds.of(Attribute.BYPASSES));
  }

  /** Keeps the corridors promoted by the party. */
  public CorridorQuery promotedBy(Party party) {
    atlas.requireParty(party);
    return and("promotedBy(" + party + ")", get(atlas.corridorsPromotedBy, party), c -> c.promoters().contains(party),
        Grounds.of(Attribute.PROMOTERS));
  }

  /** Keeps the corridors initiated by the party. */
  public CorridorQuery initiatedBy(Party party) {
    atlas.requireParty(party);
    return and("initiatedBy(" + party + ")", get(atlas.corridorsInitiatedBy, party), c -> c.initiators().contains(party),
        Grounds.of(Attribute.INITIATORS));
  }

  /** Keeps the corridors that carry the mode, as far as the sources say. */
  public CorridorQuery withMode(Mode mode) {
    Objects.requireNonNull(mode, "mode");
    return and("withMode(" + mode + ")", null, c -> c.modes().contains(mode),
        Grounds.of(Attribute.MODES));
  }

  /** Keeps the corridors of one of these statuses. */
  public CorridorQuery withStatus(CorridorStatus status, CorridorStatus... more) {
    EnumSet<CorridorStatus> set = EnumSet.of(status, more);
    return and("withStatus(" + String.join(", ", set.stream().map(Enum::name).toList()) + ")", null,
        c -> set.contains(c.status()), Grounds.of(Attribute.STATUS));
  }

  /** Keeps the corridors of one of these kinds. */
  public CorridorQuery ofKind(CorridorKind kind, CorridorKind... more) {
    EnumSet<CorridorKind> set = EnumSet.of(kind, more);
    return and("ofKind(" + String.join(", ", set.stream().map(Enum::name).toList()) + ")", null,
        c -> set.contains(c.kind()), Grounds.of(Attribute.KIND));
  }

  /**
   * Returns the answers in corridor-id order. Starts from the smallest index list among the
   * filters and tests the rest on it.
   */
  @Override
  public List<Answer<Corridor>> list() {
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
        out.add(Answer.of(c, Certainty.DEFINITELY, c, grounds));
      }
    }
    // every index list, like the corpus's own list, is in corridor-id order already
    return List.copyOf(out);
  }

  /** Returns zero: a corridor query has no time step, so its answers are all DEFINITELY. */
  @Override
  public int possibleLeftOut() {
    return 0;
  }

  /** Returns the corridors of the answers, in id order. */
  public List<Corridor> corridors() {
    return list().stream().map(Answer::subject).toList();
  }

  /** A state prints as its code, as elsewhere; other places with their kind ({@code sea:...}). */
  private static String show(Waypoint place) {
    return place.state().map(StateId::code).orElse(place.toString());
  }

  private static <K> List<Corridor> get(Map<K, List<Corridor>> index, K key) {
    return index.getOrDefault(Objects.requireNonNull(key), List.of());
  }

  /** Returns the query, as {@code corridors().through(AZE).bypassing(RUS)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("corridors()");
    filters.forEach(f -> b.append('.').append(f.text()));
    return b.toString();
  }
}
