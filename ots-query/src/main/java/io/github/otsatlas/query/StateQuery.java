package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

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
    orgs.forEach(o -> Objects.requireNonNull(o, "organization"));
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
    List<Answer<State>> out = new ArrayList<>();
    combine((id, certainty, runs, at) -> {
      State state = atlas.corpus().state(id).orElseThrow();
      List<Fact> basis = new ArrayList<>();
      if (mode != Mode.NONE) {
        for (int k = 0; k < runs.length; k++) {
          if (at[k] >= 0) {
            runs[k].addBasis(at[k], basis);
          }
        }
      }
      out.add(basis.isEmpty() ? Answer.of(state, certainty, state, Grounds.of(Attribute.NAME))
          : atlas.answer(state, certainty, basis, when.isAlways() ? Grounds.MEMBERSHIP
              : Grounds.MEMBERSHIP_IN_TIME, when.window()));
    });
    return List.copyOf(out);
  }

  @Override
  public int possibleLeftOut() {
    return possible ? 0 : includingPossible().states().size() - states().size();
  }

  /** Returns the states of the answers, in id order, without building answers. */
  public List<StateId> states() {
    List<StateId> out = new ArrayList<>();
    combine((id, certainty, runs, at) -> out.add(id));
    return List.copyOf(out);
  }

  /** Receives one state of the answers, with where it stands in each organization's runs. */
  private interface Found {
    void accept(StateId state, Certainty certainty, Runs[] runs, int[] at);
  }

  /**
   * Combines the organizations' member runs, each sorted by state, walking them side by side:
   * no hashing, and no membership object touched unless an answer needs its basis.
   */
  private void combine(Found found) {
    if (mode == null) {
      throw new IllegalStateException(this + ": say memberOfAll, memberOfAny or memberOfNone first");
    }
    Runs[] runs = new Runs[organizations.size()];
    for (int k = 0; k < runs.length; k++) {
      // POSSIBLY records cannot change a definite "all" or "any"; "none" needs them to rule
      // a state out.
      runs[k] = new Runs(atlas.slice(organizations.get(k)), when, roles, possible || mode == Mode.NONE);
    }
    List<StateId> candidates;
    if (mode == Mode.ALL) {
      candidates = runs[0].states();
    } else if (mode == Mode.ANY) {
      java.util.TreeSet<StateId> union = new java.util.TreeSet<>(Comparator.comparing(StateId::code));
      for (Runs r : runs) {
        union.addAll(r.states());
      }
      candidates = new ArrayList<>(union);
    } else {
      candidates = atlas.corpus().states().stream().map(State::id).toList();
    }
    int[] cursor = new int[runs.length];
    int[] at = new int[runs.length];
    for (StateId s : candidates) {
      Certainty combined = mode == Mode.ANY ? Certainty.NOT : Certainty.DEFINITELY;
      for (int k = 0; k < runs.length; k++) {
        at[k] = runs[k].seek(cursor, k, s);
        Certainty one = at[k] >= 0 ? runs[k].best[at[k]] : Certainty.NOT;
        combined = mode == Mode.ALL ? combined.and(one)
            : mode == Mode.ANY ? combined.or(one) : combined.and(one.not());
      }
      if (combined == Certainty.DEFINITELY || (possible && combined == Certainty.POSSIBLY)) {
        found.accept(s, combined, runs, at);
      }
    }
  }

  /**
   * The states among one organization's matching memberships, in state order: for each, the
   * strongest certainty and the range of its hits (record positions in the store). Plain
   * arrays sized by the slice: no boxing, no hashing.
   */
  private static final class Runs {
    final Slice slice;
    final StateId[] keys;
    final Certainty[] best;
    final int[] runStart;
    final int[] hits;
    int runs;
    int hitCount;

    Runs(Slice slice, When when, Role[] roles, boolean possible) {
      this.slice = slice;
      int n = slice.size();
      this.keys = new StateId[n];
      this.best = new Certainty[n];
      this.runStart = new int[n + 1];
      this.hits = new int[n];
      slice.scan(when, roles, possible, (i, c) -> {
        Object key = slice.keys[i];
        if (!(key instanceof StateId)) {
          return;
        }
        if (runs == 0 || keys[runs - 1] != key) {
          keys[runs] = (StateId) key;
          best[runs] = c;
          runStart[runs] = hitCount;
          runs++;
        } else {
          best[runs - 1] = best[runs - 1].or(c);
        }
        hits[hitCount++] = i;
      });
      runStart[runs] = hitCount;
    }

    List<StateId> states() {
      return java.util.Arrays.asList(keys).subList(0, runs);
    }

    /** Advances this organization's cursor to {@code s}; returns its run index, or -1. */
    int seek(int[] cursor, int k, StateId s) {
      int c = cursor[k];
      while (c < runs && keys[c] != s && keys[c].code().compareTo(s.code()) < 0) {
        c++;
      }
      cursor[k] = c;
      return c < runs && keys[c].equals(s) ? c : -1;
    }

    void addBasis(int run, List<Fact> basis) {
      for (int h = runStart[run]; h < runStart[run + 1]; h++) {
        basis.add(slice.memberships[hits[h]]);
      }
    }
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
    b.append(When.roleText(roles));
    if (possible) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
