package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Role;

/**
 * One party's memberships: positions into the shared {@link Slice.Store}, in organization
 * order, with a copy of the two "possible" day bounds so that a scan skips what cannot match
 * without leaving these arrays. The definite bounds, the role and the organization are read
 * from the store for candidates only. Built once; never mutated, so safely shared.
 */
final class PartySlice {
  static final PartySlice EMPTY = new PartySlice(Slice.EMPTY.store, new int[0]);

  final Slice.Store store;
  final int[] positions;
  private final int[] posFrom;
  private final int[] posUntil;

  /** Builds the slice from positions in ascending order (hence by organization). */
  PartySlice(Slice.Store store, int[] positions) {
    this.store = store;
    this.positions = positions;
    this.posFrom = new int[positions.length];
    this.posUntil = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      posFrom[k] = store.posFrom[positions[k]];
      posUntil[k] = store.posUntil[positions[k]];
    }
  }

  /** Calls {@code hit} with the store position of each record that holds under {@code when}. */
  void scan(When when, Role[] wanted, boolean possible, Slice.Hit hit) {
    Slice.Store s = store;
    int from = when.from;
    int to = when.to;
    boolean always = when.isAlways();
    for (int k = 0; k < positions.length; k++) {
      if (posFrom[k] > to || posUntil[k] <= from) {
        continue;
      }
      int i = positions[k];
      boolean definite = always || (s.defFrom[i] <= to && s.defUntil[i] > from
          && (s.doubts == null || s.definiteDespiteDoubts(i, from, to)));
      if (!definite && !possible) {
        continue;
      }
      if (wanted != null) {
        Role[] claimed = s.disputedRoles == null ? null : s.disputedRoles[i];
        if (claimed == null ? !Slice.matches(s.role(i), wanted) : !Slice.matchesAny(claimed, wanted)) {
          continue;
        }
        definite &= claimed == null;
        if (!definite && !possible) {
          continue;
        }
      }
      hit.accept(i, definite ? Certainty.DEFINITELY : Certainty.POSSIBLY);
    }
  }
}
