package io.github.otsatlas.query;

import com.google.common.collect.Range;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Organization;
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
 * for each record, its two definite day bounds and its party side by side in one int array (the
 * party as a number into one canonical instance per party, numbered in party order, so that
 * numbers compare as parties do), its two possible day bounds, its role and the membership
 * itself. An organization's records are one range of positions.
 *
 * <p>A party's records are one range of a second, party-ordered layout (parties by number,
 * each one's records in organization order): a copy of each record's two definite bounds and
 * its position in the first layout, side by side, so that a party's scan decides a definite
 * record without leaving that range, and reads the first layout only for the records it returns
 * or may return. The possible bounds, the role and the membership are not copied: they stay
 * once, in the organization-ordered layout.
 *
 * <p>The days complete lists leave in doubt and the roles sources dispute concern few records:
 * they are kept sparsely, as sorted positions with their values beside them.
 *
 * <p>A query walks one {@link Scan}: the one loop that decides, record by record, whether a
 * membership holds under a time filter and a role filter, and how certainly. It reads these
 * arrays only — never all memberships, and never a membership object unless the caller asks
 * for one — so its cost is a few int operations per record of one organization or party,
 * whatever the size of the corpus. Built once; never mutated after construction, so safely
 * shared between threads (a scan is not: each query call makes its own).
 */
final class MembershipIndex {
  private static final Role[] ROLES = Role.values();
  private static final int[] NONE = new int[0];
  /** Positions per block of {@link #orgOfBlock}: 64, so the table costs one bit per record. */
  private static final int BLOCK_SHIFT = 6;
  static final MembershipIndex EMPTY = new MembershipIndex(List.of(), List.of(), Map.of());

  // The organization-ordered layout: one entry per record.
  private final Membership[] memberships;
  private final byte[] roles;
  private final int[] posFrom;
  private final int[] posUntil;
  /**
   * Three ints per record, side by side, so that a scan reads one stream: at {@code 3 * i} the
   * first definite day, at {@code 3 * i + 1} the day after the last, at {@code 3 * i + 2} the
   * party's number (its index in {@link #partyKeys}).
   */
  private final int[] orgEntries;
  /** The first position of each organization, in id order, then the end; and the organizations. */
  private final int[] orgStart;
  private final OrganizationId[] orgIds;
  private final Organization[] orgs;
  /**
   * For each block of {@code 1 << BLOCK_SHIFT} positions, the organization of its first one: where
   * finding a record's organization starts, a step or two from the answer.
   */
  private final int[] orgOfBlock;
  private final Map<OrganizationId, Integer> orgIndex;

  // The party-ordered layout: one entry per record, each party's records in one range.
  /**
   * Three ints per entry, as in {@link #orgEntries}: a copy of the record's two definite bounds,
   * then its position in the organization-ordered layout (ascending within a party).
   */
  private final int[] partyEntries;
  /** For each party, its canonical instance and the first entry of its range (the end at {@code k + 1}). */
  private final Party[] partyKeys;
  private final int[] partyStart;
  private final Map<Party, Integer> partyIndex;

  /**
   * The positions (ascending) of the records that complete lists leave off and, beside each,
   * the days they leave in doubt as pairs of epoch days [from, until).
   */
  private final int[] doubtAt;
  private final int[][] doubtDays;
  /** The positions (ascending) of the records whose role sources dispute and, beside each, every role claimed. */
  private final int[] disputedAt;
  private final Role[][] disputedRoles;

  /**
   * Indexes the memberships, whose organizations are among {@code organizations}, with the days
   * complete lists leave in doubt for some of them.
   */
  MembershipIndex(List<Membership> all, List<Organization> organizations,
      Map<MembershipId, List<Range<LocalDate>>> doubtful) {
    Map<OrganizationId, Organization> organizationById = new HashMap<>();
    organizations.forEach(o -> organizationById.put(o.id(), o));
    Map<OrganizationId, List<Membership>> byOrg = new TreeMap<>(Comparator.comparing(OrganizationId::code));
    for (Membership m : all) {
      byOrg.computeIfAbsent(m.organization(), k -> new ArrayList<>()).add(m);
    }
    Comparator<Membership> order = Comparator.comparing(Membership::party)
        .thenComparing(m -> m.start().map(PartialDate::earliest).orElse(LocalDate.MIN))
        .thenComparing(Membership::id);
    int n = all.size();
    memberships = new Membership[n];
    roles = new byte[n];
    posFrom = new int[n];
    posUntil = new int[n];
    orgEntries = new int[3 * n];
    orgStart = new int[byOrg.size() + 1];
    orgIds = new OrganizationId[byOrg.size()];
    orgs = new Organization[byOrg.size()];
    Map<OrganizationId, Integer> orgNumbers = new HashMap<>();
    // Parties numbered in party order (states first, by code), so numbers compare as parties do.
    List<Party> keys = new ArrayList<>(new java.util.TreeSet<>(all.stream().map(Membership::party).toList()));
    Map<Party, Integer> partyNumbers = new HashMap<>();
    for (int q = 0; q < keys.size(); q++) {
      partyNumbers.put(keys.get(q), q);
    }
    List<Integer> doubtPositions = new ArrayList<>();
    List<int[]> doubtValues = new ArrayList<>();
    List<Integer> disputedPositions = new ArrayList<>();
    List<Role[]> disputedValues = new ArrayList<>();
    int i = 0;
    int k = 0;
    for (Map.Entry<OrganizationId, List<Membership>> e : byOrg.entrySet()) {
      orgIds[k] = e.getKey();
      orgs[k] = organizationById.get(e.getKey());
      if (orgs[k] == null) {
        throw new IllegalArgumentException("membership " + e.getValue().get(0).id()
            + ": organization " + e.getKey() + " is not among the organizations indexed");
      }
      orgNumbers.put(e.getKey(), k);
      orgStart[k++] = i;
      List<Membership> ms = new ArrayList<>(e.getValue());
      ms.sort(order);
      for (Membership m : ms) {
        memberships[i] = m;
        orgEntries[3 * i + 2] = partyNumbers.get(m.party());
        roles[i] = (byte) m.role().ordinal();
        // From the period's public values: an open bound becomes the int beyond every day.
        Period p = m.period();
        Range<LocalDate> possible = p.possibleDays();
        posFrom[i] = possible.hasLowerBound() ? day(possible.lowerEndpoint()) : Integer.MIN_VALUE;
        posUntil[i] = possible.hasUpperBound() ? day(possible.upperEndpoint()) : Integer.MAX_VALUE;
        orgEntries[3 * i] = p.latestStart().map(MembershipIndex::day).orElse(Integer.MAX_VALUE);
        orgEntries[3 * i + 1] = p.earliestEnd().map(MembershipIndex::day).orElse(Integer.MIN_VALUE);
        if (m.isRoleDisputed()) {
          disputedPositions.add(i);
          disputedValues.add(m.roles().toArray(new Role[0]));
        }
        List<Range<LocalDate>> d = doubtful.get(m.id());
        if (d != null) {
          int[] pairs = new int[2 * d.size()];
          for (int r = 0; r < d.size(); r++) {
            pairs[2 * r] = d.get(r).hasLowerBound() ? day(d.get(r).lowerEndpoint()) : Integer.MIN_VALUE;
            pairs[2 * r + 1] = d.get(r).hasUpperBound() ? day(d.get(r).upperEndpoint()) : Integer.MAX_VALUE;
          }
          doubtPositions.add(i);
          doubtValues.add(pairs);
        }
        i++;
      }
    }
    orgStart[k] = i;
    orgIndex = Map.copyOf(orgNumbers);
    orgOfBlock = new int[(n >>> BLOCK_SHIFT) + 1];
    for (int b = 0, o = 0; b < orgOfBlock.length && (b << BLOCK_SHIFT) < n; b++) {
      while (orgStart[o + 1] <= b << BLOCK_SHIFT) {
        o++;
      }
      orgOfBlock[b] = o;
    }
    doubtAt = doubtPositions.stream().mapToInt(Integer::intValue).toArray();
    doubtDays = doubtValues.toArray(new int[0][]);
    disputedAt = disputedPositions.stream().mapToInt(Integer::intValue).toArray();
    disputedRoles = disputedValues.toArray(new Role[0][]);

    // The party-ordered layout: a counting sort of the positions by party, which keeps each
    // party's positions ascending.
    int partyCount = keys.size();
    partyKeys = keys.toArray(new Party[0]);
    partyStart = new int[partyCount + 1];
    for (int at = 0; at < n; at++) {
      partyStart[orgEntries[3 * at + 2] + 1]++;
    }
    for (int q = 0; q < partyCount; q++) {
      partyStart[q + 1] += partyStart[q];
    }
    int[] fill = Arrays.copyOf(partyStart, partyCount);
    partyEntries = new int[3 * n];
    for (int at = 0; at < n; at++) {
      int entry = fill[orgEntries[3 * at + 2]]++;
      partyEntries[3 * entry] = orgEntries[3 * at];
      partyEntries[3 * entry + 1] = orgEntries[3 * at + 1];
      partyEntries[3 * entry + 2] = at;
    }
    partyIndex = Map.copyOf(partyNumbers);
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
    return k == null ? new Scan(false, orgEntries, 0, 0, when, wanted, possible)
        : new Scan(false, orgEntries, orgStart[k], orgStart[k + 1], when, wanted, possible);
  }

  /** Returns a scan of the party's records, by organization. */
  Scan ofParty(Party party, When when, Role[] wanted, boolean possible) {
    Integer q = partyIndex.get(party);
    return q == null ? new Scan(true, NONE, 0, 0, when, wanted, possible)
        : new Scan(true, partyEntries, partyStart[q], partyStart[q + 1], when, wanted,
            possible);
  }

  /**
   * Returns the party's number (see {@link Scan#partyNumber()}), or -1 if the index has no record
   * of it.
   */
  int partyNumber(Party party) {
    return partyIndex.getOrDefault(party, -1);
  }

  /** Returns how many parties have records: their numbers are 0 to this, exclusive. */
  int partyCount() {
    return partyKeys.length;
  }

  /** Returns the party numbered {@code number} ({@link #partyNumber(Party)} inverts it). */
  Party party(int number) {
    return partyKeys[number];
  }

  /**
   * Returns whether the record at {@code i} definitely holds on some day of [from, to] once
   * the days that complete lists leave in doubt are taken out (it does before they are).
   */
  private boolean definiteDespiteDoubts(int i, int from, int to) {
    int d = Arrays.binarySearch(doubtAt, i);
    if (d < 0) {
      return true;
    }
    long lo = Math.max(from, orgEntries[3 * i]);
    long hi = Math.min((long) to, (long) orgEntries[3 * i + 1] - 1);
    int[] pairs = doubtDays[d];
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

  /** Returns the roles sources claim for the record at {@code i}, or null if they agree on one. */
  private Role[] disputedRoles(int i) {
    if (disputedAt.length == 0) {
      return null;
    }
    int d = Arrays.binarySearch(disputedAt, i);
    return d < 0 ? null : disputedRoles[d];
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
   * a time: {@code while (scan.next()) { scan.party(); scan.certainty(); ... }}. It walks a
   * range of entries of one layout: the organization-ordered one, where an entry's index is its
   * position, or the party-ordered one, where an entry holds its position. Either way positions
   * ascend. It decides in two tests: a first, cheap one over a batch of entries at a time (see
   * {@link #refill()}), then the whole rule — doubts, roles, certainty — for each record that
   * passed. Not thread-safe; each query call makes its own.
   */
  final class Scan {
    /** How many entries one pass of the first test reads before the second test takes over. */
    private static final int BATCH = 64;
    /**
     * The entries: three ints each, two definite bounds and then the record's party number
     * ({@link #orgEntries}, where an entry's index is its position) or its position ({@link
     * #partyEntries}).
     */
    private final int[] entries;
    /** Whether the third int of an entry is a position (the party-ordered layout). */
    private final boolean linked;
    private int k;
    private final int end;
    private final int from;
    private final int to;
    private final boolean always;
    private final Role[] wanted;
    private final boolean possible;
    /**
     * The positions of the entries of the current batch that pass the first test, of which
     * the first {@code taken} have been decided.
     */
    private final int[] candidates;
    private int candidateCount;
    private int taken;
    private int position = -1;
    private boolean definite;
    /** The organization of the last record returned (positions ascend, so it never goes back). */
    private int org;

    private Scan(boolean linked, int[] entries, int start, int end, When when,
        Role[] wanted, boolean possible) {
      this.linked = linked;
      this.entries = entries;
      this.k = start;
      this.end = end;
      this.from = when.from;
      this.to = when.to;
      this.always = when.isAlways();
      this.wanted = wanted;
      this.possible = possible;
      this.candidates = new int[Math.min(BATCH, end - start)];
    }

    /**
     * Reads the next batch of entries and keeps the positions of those that pass the first
     * test: every one with no time filter; those that definitely hold on a day of the window
     * (before doubts) when only definite answers are wanted; those that possibly do otherwise.
     * The test is computed, not branched on: whether a record holds on a random day is a coin
     * toss for the branch predictor, and mispredicted branches cost more than the compares.
     */
    private void refill() {
      int[] entries = this.entries;
      boolean linked = this.linked;
      int[] out = candidates;
      int e = k;
      int stop = Math.min(end, e + out.length);
      long from = this.from;
      long to = this.to;
      int c = 0;
      if (always) {
        for (; e < stop; e++) {
          out[c++] = linked ? entries[3 * e + 2] : e;
        }
      } else if (!possible) {
        for (; e < stop; e++) {
          out[c] = linked ? entries[3 * e + 2] : e;
          // sign bits: first definite day <= to, and from < the day after the last
          c += (int) (((entries[3 * e] - to - 1) & (from - entries[3 * e + 1])) >>> 63);
        }
      } else {
        int[] lo = posFrom;
        int[] hi = posUntil;
        for (; e < stop; e++) {
          int i = linked ? entries[3 * e + 2] : e;
          out[c] = i;
          c += (int) (((lo[i] - to - 1) & (from - hi[i])) >>> 63);
        }
      }
      k = e;
      candidateCount = c;
      taken = 0;
    }

    /** Moves to the next record that holds; returns false when there is none. */
    boolean next() {
      while (true) {
        if (taken == candidateCount) {
          if (k >= end) {
            return false;
          }
          refill();
          continue;
        }
        int i = candidates[taken++];
        // A candidate possibly holds on a day of the window; it definitely does when its
        // definite days meet the window and complete lists leave none of those days in doubt.
        boolean sure = always || !possible
            || (orgEntries[3 * i] <= to) & (orgEntries[3 * i + 1] > from);
        if (sure && !always && doubtAt.length != 0 && !definiteDespiteDoubts(i, from, to)) {
          sure = false;
          if (!possible) {
            continue;
          }
        }
        // A record that definitely holds on a day of the window possibly holds on it too (its
        // definite days lie inside its possible days); without possible answers, only a
        // definite candidate is one.
        if (wanted != null) {
          Role[] claimed = disputedRoles(i);
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
    }

    /** Returns the current record's certainty. */
    Certainty certainty() {
      return definite ? Certainty.DEFINITELY : Certainty.POSSIBLY;
    }

    /** Returns the current record's party (the canonical instance: compare with ==). */
    Party party() {
      return partyKeys[orgEntries[3 * position + 2]];
    }

    /**
     * Returns the current record's party as a number: numbers ascend as parties do in their
     * natural order, and are those of {@link MembershipIndex#partyNumber(Party)}.
     */
    int partyNumber() {
      return orgEntries[3 * position + 2];
    }

    /** Returns the current record's membership. */
    Membership membership() {
      return memberships[position];
    }

    /** Returns the current record's organization (one instance per organization: compare with ==). */
    Organization organization() {
      // gallop from the last record's organization or its block's first, then search the bracket found
      int lo = Math.max(org, orgOfBlock[position >>> BLOCK_SHIFT]);
      int step = 1;
      int hi = lo + 1;
      while (hi < orgIds.length && orgStart[hi] <= position) {
        lo = hi;
        hi = lo + step;
        step <<= 1;
      }
      hi = Math.min(hi, orgIds.length);
      // orgStart[lo] <= position < orgStart[hi]
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (orgStart[mid] <= position) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      org = lo;
      return orgs[lo];
    }
  }
}
