package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The memberships of one organization (or of one party) in flat arrays: the four day bounds
 * of each period as ints, beside the membership. A time query scans these arrays only —
 * never all memberships — with int comparisons, and touches a membership object only for a
 * hit. Built once; never mutated after construction, so safely shared between threads.
 */
final class Slice {
  static final Slice EMPTY = new Slice(List.of(), Comparator.comparing(m -> m.id()));

  final Membership[] memberships;
  final int[] posFrom;
  final int[] posUntil;
  final int[] defFrom;
  final int[] defUntil;

  /** Builds the slice; {@code order} is the order answers come out in. */
  Slice(List<Membership> items, Comparator<Membership> order) {
    Membership[] ms = items.toArray(new Membership[0]);
    java.util.Arrays.sort(ms, order);
    this.memberships = ms;
    this.posFrom = new int[ms.length];
    this.posUntil = new int[ms.length];
    this.defFrom = new int[ms.length];
    this.defUntil = new int[ms.length];
    for (int i = 0; i < ms.length; i++) {
      Period p = ms[i].period();
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
   * Calls {@code hit} for each membership that holds under {@code when}, in slice order.
   *
   * @param roles the roles wanted, or null for any
   * @param possible whether POSSIBLY answers are wanted
   */
  void scan(When when, Role[] roles, boolean possible, BiConsumer<Membership, Certainty> hit) {
    int from = when.from;
    int to = when.to;
    for (int i = 0; i < memberships.length; i++) {
      if (posFrom[i] > to || posUntil[i] <= from) {
        continue;
      }
      boolean definite = when.isAlways() || (defFrom[i] <= to && defUntil[i] > from);
      if (!definite && !possible) {
        continue;
      }
      Membership m = memberships[i];
      if (roles != null && !matches(m.role(), roles)) {
        continue;
      }
      hit.accept(m, definite ? Certainty.DEFINITELY : Certainty.POSSIBLY);
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
