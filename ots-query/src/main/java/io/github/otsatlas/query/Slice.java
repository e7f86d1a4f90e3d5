package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The memberships of one organization (or of one party) in flat arrays: the four day bounds
 * of each period as ints, the role and the other side of the membership (the party, for an
 * organization's slice; the organization, for a party's), beside the membership itself.
 *
 * <p>A time query scans these arrays only — never all memberships, and never a membership
 * object unless the caller asks for it — so its cost is a few int comparisons per record of
 * one organization, whatever the size of the corpus. The keys are canonical instances shared
 * by all slices, so reading them stays in cache. Built once; never mutated after
 * construction, so safely shared between threads.
 */
final class Slice {
  static final Slice EMPTY = new Slice(List.of(), Comparator.comparing(m -> m.id()), m -> m.party());

  /** Receives the index of each record that matched, and its certainty. */
  interface Hit {
    void accept(int index, Certainty certainty);
  }

  final Membership[] memberships;
  /** The other side of each membership, in slice order: runs of equal keys are adjacent. */
  final Object[] keys;
  final Role[] roles;
  final int[] posFrom;
  final int[] posUntil;
  final int[] defFrom;
  final int[] defUntil;

  /**
   * Builds the slice.
   *
   * @param order the order answers come out in; it must sort by {@code key} first
   * @param key the other side of each membership, already canonical
   */
  Slice(List<Membership> items, Comparator<Membership> order, Function<Membership, Object> key) {
    Membership[] ms = items.toArray(new Membership[0]);
    java.util.Arrays.sort(ms, order);
    int n = ms.length;
    this.memberships = ms;
    this.keys = new Object[n];
    this.roles = new Role[n];
    this.posFrom = new int[n];
    this.posUntil = new int[n];
    this.defFrom = new int[n];
    this.defUntil = new int[n];
    for (int i = 0; i < n; i++) {
      Period p = ms[i].period();
      keys[i] = key.apply(ms[i]);
      roles[i] = ms[i].role();
      posFrom[i] = When.clamp(p.possibleFromEpochDay());
      posUntil[i] = When.clamp(p.possibleUntilEpochDay());
      defFrom[i] = When.clamp(p.definiteFromEpochDay());
      defUntil[i] = When.clamp(p.definiteUntilEpochDay());
    }
  }

  int size() {
    return memberships.length;
  }

  /**
   * Calls {@code hit} for each record that holds under {@code when}, in slice order.
   *
   * @param wanted the roles wanted, or null for any
   * @param possible whether POSSIBLY answers are wanted
   */
  void scan(When when, Role[] wanted, boolean possible, Hit hit) {
    int from = when.from;
    int to = when.to;
    boolean always = when.isAlways();
    for (int i = 0; i < posFrom.length; i++) {
      if (posFrom[i] > to || posUntil[i] <= from) {
        continue;
      }
      boolean definite = always || (defFrom[i] <= to && defUntil[i] > from);
      if (!definite && !possible) {
        continue;
      }
      if (wanted != null && !matches(roles[i], wanted)) {
        continue;
      }
      hit.accept(i, definite ? Certainty.DEFINITELY : Certainty.POSSIBLY);
    }
  }

  static boolean matches(Role role, Role[] wanted) {
    for (Role w : wanted) {
      if (role.satisfies(w)) {
        return true;
      }
    }
    return false;
  }
}
