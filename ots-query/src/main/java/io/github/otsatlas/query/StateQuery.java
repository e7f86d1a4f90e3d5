package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * States by their memberships: members of all, of any or of none of a set of organizations,
 * on a day or over a range of days, in given roles. Answers come in state-id order.
 *
 * <pre>{@code
 * atlas.states().memberOfAll(OrganizationId.of("OTS"), OrganizationId.of("CSTO")).asOf(day).list();
 * }</pre>
 *
 * <p>For each state and organization, membership is the strongest certainty among the
 * state's matching memberships in it ({@code NOT} if none); "all" combines them with
 * three-valued AND, "any" with OR, "none" is AND of their negations. Immutable and
 * thread-safe.
 */
public final class StateQuery implements Query<State> {
  private enum Mode { ALL, ANY, NONE }

  private final Atlas atlas;
  private final Mode mode;
  private final List<OrganizationId> organizations;
  private final When when;
  private final Role[] roles;
  private final boolean possible;

  StateQuery(Atlas atlas) {
    this(atlas, null, List.of(), When.ALWAYS, null, false);
  }

  private StateQuery(Atlas atlas, Mode mode, List<OrganizationId> organizations, When when,
      Role[] roles, boolean possible) {
    this.atlas = atlas;
    this.mode = mode;
    this.organizations = organizations;
    this.when = when;
    this.roles = roles;
    this.possible = possible;
  }

  /** Keeps the states that are members of every one of the organizations. */
  public StateQuery memberOfAll(OrganizationId first, OrganizationId... more) {
    return with(Mode.ALL, first, more);
  }

  /** Keeps the states that are members of at least one of the organizations. */
  public StateQuery memberOfAny(OrganizationId first, OrganizationId... more) {
    return with(Mode.ANY, first, more);
  }

  /** Keeps the states that are members of none of the organizations. */
  public StateQuery memberOfNone(OrganizationId first, OrganizationId... more) {
    return with(Mode.NONE, first, more);
  }

  private StateQuery with(Mode m, OrganizationId first, OrganizationId... more) {
    if (mode != null) {
      throw new IllegalStateException(this + ": the organizations are already set");
    }
    List<OrganizationId> orgs = new ArrayList<>();
    orgs.add(first);
    orgs.addAll(List.of(more));
    orgs.forEach(atlas::organization);
    return new StateQuery(atlas, m, List.copyOf(new LinkedHashSet<>(orgs)), when, roles, possible);
  }

  /** Keeps what held on {@code day}. */
  public StateQuery asOf(LocalDate day) {
    requireNoTime();
    return new StateQuery(atlas, mode, organizations, When.on(Objects.requireNonNull(day, "day")), roles, possible);
  }

  /** Keeps what held on some day from {@code first} to {@code last}, inclusive. */
  public StateQuery during(LocalDate first, LocalDate last) {
    requireNoTime();
    return new StateQuery(atlas, mode, organizations, When.between(first, last), roles, possible);
  }

  /** Counts only memberships in these roles. */
  public StateQuery withRole(Role role, Role... more) {
    if (roles != null) {
      throw new IllegalStateException(this + ": the role filter is already set");
    }
    return new StateQuery(atlas, mode, organizations, when, EnumSet.of(role, more).toArray(new Role[0]), possible);
  }

  /** Adds the POSSIBLY answers to the DEFINITELY ones. */
  public StateQuery includingPossible() {
    return new StateQuery(atlas, mode, organizations, when, roles, true);
  }

  /**
   * Returns the answers in state-id order; each rests on the memberships that decide it
   * (for "none", on the state record itself).
   *
   * @throws IllegalStateException if no organizations were given
   */
  @Override
  public List<Answer<State>> list() {
    if (mode == null) {
      throw new IllegalStateException(this + ": say memberOfAll, memberOfAny or memberOfNone first");
    }
    // per organization: state -> strongest certainty and the memberships behind it
    List<Map<StateId, Certainty>> certainties = new ArrayList<>();
    Map<StateId, List<Fact>> basis = new HashMap<>();
    for (OrganizationId org : organizations) {
      Map<StateId, Certainty> c = new HashMap<>();
      atlas.slice(org).scan(when, roles, true, (m, cert) -> {
        if (m.party() instanceof StateId) {
          StateId s = (StateId) m.party();
          c.merge(s, cert, Certainty::or);
          basis.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
        }
      });
      certainties.add(c);
    }
    Set<StateId> candidates = mode == Mode.NONE ? allStates() : unionOrIntersection(certainties);
    List<Answer<State>> out = new ArrayList<>();
    for (StateId s : candidates) {
      Certainty combined = mode == Mode.ANY ? Certainty.NOT : Certainty.DEFINITELY;
      for (Map<StateId, Certainty> c : certainties) {
        Certainty one = c.getOrDefault(s, Certainty.NOT);
        combined = mode == Mode.ALL ? combined.and(one)
            : mode == Mode.ANY ? combined.or(one) : combined.and(one.not());
      }
      if (combined == Certainty.DEFINITELY || (possible && combined == Certainty.POSSIBLY)) {
        State state = atlas.corpus().state(s).orElseThrow();
        List<Fact> facts = mode == Mode.NONE || !basis.containsKey(s) ? List.of(state) : basis.get(s);
        out.add(new Answer<>(state, combined, facts));
      }
    }
    out.sort(java.util.Comparator.comparing(a -> a.subject().id().code()));
    return List.copyOf(out);
  }

  /** Returns the states of the answers, in id order. */
  public List<StateId> states() {
    return list().stream().map(a -> a.subject().id()).toList();
  }

  private Set<StateId> allStates() {
    Set<StateId> all = new LinkedHashSet<>();
    atlas.corpus().states().forEach(s -> all.add(s.id()));
    return all;
  }

  private Set<StateId> unionOrIntersection(List<Map<StateId, Certainty>> certainties) {
    Set<StateId> out = new LinkedHashSet<>(certainties.get(0).keySet());
    for (int i = 1; i < certainties.size(); i++) {
      if (mode == Mode.ALL) {
        out.retainAll(certainties.get(i).keySet());
      } else {
        out.addAll(certainties.get(i).keySet());
      }
    }
    return out;
  }

  private void requireNoTime() {
    if (!when.isAlways()) {
      throw new IllegalStateException(this + ": the time filter is already set");
    }
  }

  /** Returns the query, as {@code states().memberOfAll(OTS, CSTO).asOf(2024-11-04)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("states()");
    if (mode != null) {
      String verb = mode == Mode.ALL ? "memberOfAll" : mode == Mode.ANY ? "memberOfAny" : "memberOfNone";
      b.append('.').append(verb).append('(').append(String.join(", ",
          organizations.stream().map(OrganizationId::code).toList())).append(')');
    }
    b.append(when);
    if (roles != null) {
      b.append(".withRole(").append(String.join(", ", java.util.Arrays.stream(roles).map(Role::name).toList())).append(')');
    }
    if (possible) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
