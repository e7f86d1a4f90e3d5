package io.github.otsatlas.query;

import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import com.google.common.collect.Range;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Period;
import java.time.LocalDate;
import io.github.otsatlas.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The membership index: every membership once, in flat arrays laid out organization by
 * organization (organizations in id order, each one's records by party, then start): the four
 * day bounds of each period as ints, the role, the party (a canonical instance shared by all
 * records, so reading it stays in cache) and the membership itself. An organization's records
 * are the range {@code [start, end)} of a {@code Slice}; a party's are a {@link PartySlice}
 * of positions into the same arrays.
 *
 * <p>A time query scans these arrays only — never all memberships, and never a membership
 * object unless the caller asks for it — so its cost is a few int comparisons per record of
 * one organization, whatever the size of the corpus. Built once; never mutated after
 * construction, so safely shared between threads.
 */
final class Slice {
  private static final Role[] ROLES = Role.values();
  static final Slice EMPTY = new Slice(new Store(List.of(), Map.of(), Map.of()), 0, 0);

  /** Receives the position of each record that matched, and its certainty. */
  interface Hit {
    void accept(int index, Certainty certainty);
  }

  /** The arrays shared by every slice of one atlas. */
  static final class Store {
    final Membership[] memberships;
    final Object[] keys;
    final byte[] roles;
    final int[] posFrom;
    final int[] posUntil;
    final int[] defFrom;
    final int[] defUntil;
    /**
     * For each record that complete lists leave off, the days they leave in doubt as pairs of
     * epoch days [from, until); null for the others (and the whole array null when none is).
     */
    final int[][] doubts;
    /** For each record whose role sources dispute, every role claimed; null for the others. */
    final Role[][] disputedRoles;
    /** The first position of each organization, in id order, and the organizations. */
    final int[] orgStart;
    final OrganizationId[] orgIds;

    Store(List<Membership> ordered, Map<OrganizationId, int[]> ranges,
        Map<MembershipId, List<Range<LocalDate>>> doubtful) {
      int n = ordered.size();
      memberships = ordered.toArray(new Membership[0]);
      keys = new Object[n];
      roles = new byte[n];
      posFrom = new int[n];
      posUntil = new int[n];
      defFrom = new int[n];
      defUntil = new int[n];
      int[][] doubtDays = doubtful.isEmpty() ? null : new int[n][];
      Role[][] disputed = null;
      Map<Object, Object> canonical = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Membership m = memberships[i];
        Period p = m.period();
        keys[i] = canonical.computeIfAbsent(m.party(), k -> k);
        roles[i] = (byte) m.role().ordinal();
        // From the period's public values: an open bound becomes the int beyond every day.
        Range<LocalDate> possible = p.possibleDays();
        posFrom[i] = possible.hasLowerBound() ? day(possible.lowerEndpoint()) : Integer.MIN_VALUE;
        posUntil[i] = possible.hasUpperBound() ? day(possible.upperEndpoint()) : Integer.MAX_VALUE;
        defFrom[i] = p.latestStart().map(Store::day).orElse(Integer.MAX_VALUE);
        defUntil[i] = p.earliestEnd().map(Store::day).orElse(Integer.MIN_VALUE);
        if (m.isRoleDisputed()) {
          if (disputed == null) {
            disputed = new Role[n][];
          }
          disputed[i] = m.roles().toArray(new Role[0]);
        }
        List<Range<LocalDate>> d = doubtful.get(m.id());
        if (d != null) {
          int[] pairs = new int[2 * d.size()];
          for (int k = 0; k < d.size(); k++) {
            Range<LocalDate> r = d.get(k);
            pairs[2 * k] = r.hasLowerBound() ? day(r.lowerEndpoint()) : Integer.MIN_VALUE;
            pairs[2 * k + 1] = r.hasUpperBound() ? day(r.upperEndpoint()) : Integer.MAX_VALUE;
          }
          doubtDays[i] = pairs;
        }
      }
      doubts = doubtDays;
      disputedRoles = disputed;
      orgStart = new int[ranges.size()];
      orgIds = new OrganizationId[ranges.size()];
      int k = 0;
      for (Map.Entry<OrganizationId, int[]> e : ranges.entrySet()) {
        orgIds[k] = e.getKey();
        orgStart[k++] = e.getValue()[0];
      }
    }

    private static int day(LocalDate d) {
      return When.clamp(d.toEpochDay());
    }

    /**
     * Returns whether the record at {@code i} definitely holds on some day of [from, to] once
     * the days that complete lists leave in doubt are taken out (it does before they are).
     */
    boolean definiteDespiteDoubts(int i, int from, int to) {
      if (doubts == null || doubts[i] == null) {
        return true;
      }
      long lo = Math.max(from, defFrom[i]);
      long hi = Math.min((long) to, (long) defUntil[i] - 1);
      int[] pairs = doubts[i];
      // walk up from lo past every doubtful range that covers it
      boolean moved = true;
      while (lo <= hi && moved) {
        moved = false;
        for (int k = 0; k < pairs.length; k += 2) {
          if (pairs[k] <= lo && lo < pairs[k + 1]) {
            lo = pairs[k + 1];
            moved = true;
          }
        }
      }
      return lo <= hi;
    }

    Role role(int i) {
      return ROLES[roles[i]];
    }

    /** Returns the organization of the record at position {@code i}. */
    OrganizationId organizationAt(int i) {
      int k = java.util.Arrays.binarySearch(orgStart, i);
      return orgIds[k >= 0 ? k : -k - 2];
    }
  }

  /** Builds the shared arrays and returns one slice per organization. */
  static Map<OrganizationId, Slice> build(List<Membership> all,
      Map<MembershipId, List<Range<LocalDate>>> doubtful) {
    Map<OrganizationId, List<Membership>> byOrg = new java.util.TreeMap<>(Comparator.comparing(OrganizationId::code));
    for (Membership m : all) {
      byOrg.computeIfAbsent(m.organization(), k -> new ArrayList<>()).add(m);
    }
    Comparator<Membership> order = Comparator.comparing(Membership::party)
        .thenComparing(m -> m.start().map(PartialDate::earliest).orElse(LocalDate.MIN))
        .thenComparing(Membership::id);
    List<Membership> ordered = new ArrayList<>(all.size());
    Map<OrganizationId, int[]> ranges = new LinkedHashMap<>();
    byOrg.forEach((org, ms) -> {
      ms.sort(order);
      ranges.put(org, new int[] {ordered.size(), ordered.size() + ms.size()});
      ordered.addAll(ms);
    });
    Store store = new Store(ordered, ranges, doubtful);
    Map<OrganizationId, Slice> out = new HashMap<>();
    ranges.forEach((org, r) -> out.put(org, new Slice(store, r[0], r[1])));
    return Map.copyOf(out);
  }

  final Store store;
  final int start;
  final int end;
  // The store's arrays, for the queries' convenience: positions are global.
  final Membership[] memberships;
  final Object[] keys;

  private Slice(Store store, int start, int end) {
    this.store = store;
    this.start = start;
    this.end = end;
    this.memberships = store.memberships;
    this.keys = store.keys;
  }

  int size() {
    return end - start;
  }

  /**
   * Calls {@code hit} for each record that holds under {@code when}, in slice order.
   *
   * @param wanted the roles wanted, or null for any
   * @param possible whether POSSIBLY answers are wanted
   */
  void scan(When when, Role[] wanted, boolean possible, Hit hit) {
    Store s = store;
    int from = when.from;
    int to = when.to;
    boolean always = when.isAlways();
    for (int i = start; i < end; i++) {
      if (s.posFrom[i] > to || s.posUntil[i] <= from) {
        continue;
      }
      boolean definite = always || (s.defFrom[i] <= to && s.defUntil[i] > from
          && (s.doubts == null || s.definiteDespiteDoubts(i, from, to)));
      if (!definite && !possible) {
        continue;
      }
      if (wanted != null) {
        Role[] claimed = s.disputedRoles == null ? null : s.disputedRoles[i];
        if (claimed == null ? !matches(s.role(i), wanted) : !matchesAny(claimed, wanted)) {
          continue;
        }
        // sources dispute the role: it may or may not be the one wanted
        definite &= claimed == null;
        if (!definite && !possible) {
          continue;
        }
      }
      hit.accept(i, definite ? Certainty.DEFINITELY : Certainty.POSSIBLY);
    }
  }

  /** Returns whether one of the roles claimed matches one wanted. */
  static boolean matchesAny(Role[] claimed, Role[] wanted) {
    for (Role r : claimed) {
      if (matches(r, wanted)) {
        return true;
      }
    }
    return false;
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
