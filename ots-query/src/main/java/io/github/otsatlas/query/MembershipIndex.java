package io.github.otsatlas.query;

import com.google.common.collect.Range;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The membership index: every membership once, in flat arrays laid out organization by
 * organization (organizations in id order, each one's records by party, then start, then id):
 * the four day bounds of each period as ints, the role, the party (a canonical instance shared
 * by all its records, so reading it stays in cache) and the membership itself. An
 * organization's records are one range of positions; a party's are a list of positions, in
 * organization order.
 *
 * <p>A query walks one {@link Scan}: the one loop that decides, record by record, whether a
 * membership holds under a time filter and a role filter, and how certainly. It reads these
 * arrays only — never all memberships, and never a membership object unless the caller asks
 * for one — so its cost is a few int comparisons per record of one organization or party,
 * whatever the size of the corpus. Built once; never mutated after construction, so safely
 * shared between threads (a scan is not: each query call makes its own).
 */
final class MembershipIndex {
  private static final Role[] ROLES = Role.values();
  private static final int[] NONE = new int[0];
  static final MembershipIndex EMPTY = new MembershipIndex(List.of(), Map.of());

  private final Membership[] memberships;
  private final Party[] parties;
  private final byte[] roles;
  private final int[] posFrom;
  private final int[] posUntil;
  private final int[] defFrom;
  private final int[] defUntil;
  /**
   * For each record that complete lists leave off, the days they leave in doubt as pairs of
   * epoch days [from, until); null for the others (and the whole array null when none is).
   */
  private final int[][] doubts;
  /** For each record whose role sources dispute, every role claimed; null for the others (or all). */
  private final Role[][] disputedRoles;
  /** The first position of each organization, in id order, then the end; and the organizations. */
  private final int[] orgStart;
  private final OrganizationId[] orgIds;
  private final Map<OrganizationId, Integer> orgIndex;
  private final Map<Party, int[]> byParty;

  MembershipIndex(List<Membership> all, Map<MembershipId, List<Range<LocalDate>>> doubtful) {
    Map<OrganizationId, List<Membership>> byOrg = new TreeMap<>(Comparator.comparing(OrganizationId::code));
    for (Membership m : all) {
      byOrg.computeIfAbsent(m.organization(), k -> new ArrayList<>()).add(m);
    }
    Comparator<Membership> order = Comparator.comparing(Membership::party)
        .thenComparing(m -> m.start().map(PartialDate::earliest).orElse(LocalDate.MIN))
        .thenComparing(Membership::id);
    int n = all.size();
    memberships = new Membership[n];
    parties = new Party[n];
    roles = new byte[n];
    posFrom = new int[n];
    posUntil = new int[n];
    defFrom = new int[n];
    defUntil = new int[n];
    orgStart = new int[byOrg.size() + 1];
    orgIds = new OrganizationId[byOrg.size()];
    Map<OrganizationId, Integer> orgs = new HashMap<>();
    int[][] doubtDays = doubtful.isEmpty() ? null : new int[n][];
    Role[][] disputed = null;
    Map<Party, Party> canonical = new HashMap<>();
    Map<Party, List<Integer>> positions = new HashMap<>();
    int i = 0;
    int k = 0;
    for (Map.Entry<OrganizationId, List<Membership>> e : byOrg.entrySet()) {
      orgIds[k] = e.getKey();
      orgs.put(e.getKey(), k);
      orgStart[k++] = i;
      List<Membership> ms = new ArrayList<>(e.getValue());
      ms.sort(order);
      for (Membership m : ms) {
        memberships[i] = m;
        parties[i] = canonical.computeIfAbsent(m.party(), p -> p);
        positions.computeIfAbsent(parties[i], p -> new ArrayList<>()).add(i);
        roles[i] = (byte) m.role().ordinal();
        // From the period's public values: an open bound becomes the int beyond every day.
        Period p = m.period();
        Range<LocalDate> possible = p.possibleDays();
        posFrom[i] = possible.hasLowerBound() ? day(possible.lowerEndpoint()) : Integer.MIN_VALUE;
        posUntil[i] = possible.hasUpperBound() ? day(possible.upperEndpoint()) : Integer.MAX_VALUE;
        defFrom[i] = p.latestStart().map(MembershipIndex::day).orElse(Integer.MAX_VALUE);
        defUntil[i] = p.earliestEnd().map(MembershipIndex::day).orElse(Integer.MIN_VALUE);
        if (m.isRoleDisputed()) {
          if (disputed == null) {
            disputed = new Role[n][];
          }
          disputed[i] = m.roles().toArray(new Role[0]);
        }
        List<Range<LocalDate>> d = doubtful.get(m.id());
        if (d != null) {
          int[] pairs = new int[2 * d.size()];
          for (int r = 0; r < d.size(); r++) {
            pairs[2 * r] = d.get(r).hasLowerBound() ? day(d.get(r).lowerEndpoint()) : Integer.MIN_VALUE;
            pairs[2 * r + 1] = d.get(r).hasUpperBound() ? day(d.get(r).upperEndpoint()) : Integer.MAX_VALUE;
          }
          doubtDays[i] = pairs;
        }
        i++;
      }
    }
    orgStart[k] = i;
    doubts = doubtDays;
    disputedRoles = disputed;
    orgIndex = Map.copyOf(orgs);
    Map<Party, int[]> party = new HashMap<>();
    positions.forEach((p, list) -> party.put(p, list.stream().mapToInt(Integer::intValue).toArray()));
    byParty = Map.copyOf(party);
  }

  private static int day(LocalDate d) {
    return When.clamp(d.toEpochDay());
  }

  /** Returns the number of records of the organization (none if the index has none). */
  int sizeOf(OrganizationId organization) {
    Integer k = orgIndex.get(organization);
    return k == null ? 0 : orgStart[k + 1] - orgStart[k];
  }

  /** Returns a scan of the organization's records, by party, then start. */
  Scan ofOrganization(OrganizationId organization, When when, Role[] wanted, boolean possible) {
    Integer k = orgIndex.get(organization);
    return k == null ? new Scan(NONE, 0, 0, when, wanted, possible)
        : new Scan(null, orgStart[k], orgStart[k + 1], when, wanted, possible);
  }

  /** Returns a scan of the party's records, by organization. */
  Scan ofParty(Party party, When when, Role[] wanted, boolean possible) {
    int[] at = byParty.getOrDefault(party, NONE);
    return new Scan(at, 0, at.length, when, wanted, possible);
  }

  /**
   * Returns whether the record at {@code i} definitely holds on some day of [from, to] once
   * the days that complete lists leave in doubt are taken out (it does before they are).
   */
  private boolean definiteDespiteDoubts(int i, int from, int to) {
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

  /** Returns whether one of the roles claimed matches one wanted. */
  private static boolean matchesAny(Role[] claimed, Role[] wanted) {
    for (Role r : claimed) {
      if (matches(r, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Role role, Role[] wanted) {
    for (Role w : wanted) {
      if (role.satisfies(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The records of one organization or party that hold under a time and role filter, one at
   * a time: {@code while (scan.next()) { scan.party(); scan.certainty(); ... }}. Positions come
   * from a range, or from a party's list. Not thread-safe; each query call makes its own.
   */
  final class Scan {
    private final int[] at;
    private int k;
    private final int end;
    private final int from;
    private final int to;
    private final boolean always;
    private final Role[] wanted;
    private final boolean possible;
    private int position = -1;
    private boolean definite;

    private Scan(int[] at, int start, int end, When when, Role[] wanted, boolean possible) {
      this.at = at;
      this.k = start;
      this.end = end;
      this.from = when.from;
      this.to = when.to;
      this.always = when.isAlways();
      this.wanted = wanted;
      this.possible = possible;
    }

    /** Moves to the next record that holds; returns false when there is none. */
    boolean next() {
      while (k < end) {
        int i = at == null ? k : at[k];
        k++;
        if (posFrom[i] > to || posUntil[i] <= from) {
          continue;
        }
        boolean sure = always || (defFrom[i] <= to && defUntil[i] > from
            && (doubts == null || definiteDespiteDoubts(i, from, to)));
        if (!sure && !possible) {
          continue;
        }
        if (wanted != null) {
          Role[] claimed = disputedRoles == null ? null : disputedRoles[i];
          if (claimed == null ? !matches(ROLES[roles[i]], wanted) : !matchesAny(claimed, wanted)) {
            continue;
          }
          // sources dispute the role: it may or may not be the one wanted
          sure &= claimed == null;
          if (!sure && !possible) {
            continue;
          }
        }
        position = i;
        definite = sure;
        return true;
      }
      return false;
    }

    /** Returns the current record's certainty. */
    Certainty certainty() {
      return definite ? Certainty.DEFINITELY : Certainty.POSSIBLY;
    }

    /** Returns the current record's party (the canonical instance: compare with ==). */
    Party party() {
      return parties[position];
    }

    /** Returns the current record's membership. */
    Membership membership() {
      return memberships[position];
    }

    /** Returns the current record's organization. */
    OrganizationId organization() {
      int o = Arrays.binarySearch(orgStart, position);
      return orgIds[o >= 0 ? o : -o - 2];
    }
  }
}
