package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hand-written limit: for each organization (and each party), the definite spans of its
 * memberships as sorted primitive arrays of epoch days. Open-ended spans sit in their own
 * run, where a binary search on the start finds every answer with no further test; ended
 * spans are binary-searched on the start and tested on the end. Answers are party (or
 * organization) numbers mapped back to identifiers through an array. Memberships whose
 * definite span is empty are left out: they are never a DEFINITELY answer.
 */
final class SortedArrayQueries implements MembershipQueries {
  private final Party[] parties;
  private final OrganizationId[] organizations;
  private final int stateCount;
  private final Map<OrganizationId, Spans> byOrganization;
  private final Map<Party, Spans> byParty;

  SortedArrayQueries(Corpus corpus) {
    // States first, so that "is a state" is "number < stateCount".
    Set<Party> allParties = new LinkedHashSet<>();
    corpus.memberships().stream().map(Membership::party).filter(Party::isState).sorted()
        .forEach(allParties::add);
    this.stateCount = allParties.size();
    corpus.memberships().stream().map(Membership::party).sorted().forEach(allParties::add);
    this.parties = allParties.toArray(new Party[0]);
    this.organizations = corpus.organizations().stream().map(o -> o.id())
        .toArray(OrganizationId[]::new);
    Map<Party, Integer> partyNumber = numbers(Arrays.asList(parties));
    Map<OrganizationId, Integer> organizationNumber = numbers(Arrays.asList(organizations));
    this.byOrganization = spans(corpus.memberships(), Membership::organization,
        m -> partyNumber.get(m.party()));
    this.byParty = spans(corpus.memberships(), Membership::party,
        m -> organizationNumber.get(m.organization()));
  }

  private static <K> Map<K, Integer> numbers(List<K> keys) {
    Map<K, Integer> out = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), i);
    }
    return out;
  }

  private static <K> Map<K, Spans> spans(List<Membership> memberships,
      Function<Membership, K> group, Function<Membership, Integer> answer) {
    Map<K, List<Membership>> groups = memberships.stream()
        .filter(m -> clamp(PeriodDays.definiteFrom(m.period()))
            < clamp(PeriodDays.definiteUntil(m.period())))
        .collect(Collectors.groupingBy(group));
    Map<K, Spans> out = new HashMap<>();
    groups.forEach((k, ms) -> out.put(k, new Spans(ms, answer)));
    return out;
  }

  static int clamp(long epochDay) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochDay));
  }

  /** The definite spans of one group, in two runs sorted by their first day. */
  private static final class Spans {
    final int[] openFrom;
    final int[] openAnswer;
    final int[] endedFrom;
    final int[] endedUntil;
    final int[] endedAnswer;

    Spans(List<Membership> ms, Function<Membership, Integer> answer) {
      List<int[]> open = new ArrayList<>();
      List<int[]> ended = new ArrayList<>();
      for (Membership m : ms) {
        Period p = m.period();
        int from = clamp(PeriodDays.definiteFrom(p));
        int until = clamp(PeriodDays.definiteUntil(p));
        (until == Integer.MAX_VALUE ? open : ended).add(new int[] {from, until, answer.apply(m)});
      }
      open.sort((x, y) -> Integer.compare(x[0], y[0]));
      ended.sort((x, y) -> Integer.compare(x[0], y[0]));
      openFrom = open.stream().mapToInt(r -> r[0]).toArray();
      openAnswer = open.stream().mapToInt(r -> r[2]).toArray();
      endedFrom = ended.stream().mapToInt(r -> r[0]).toArray();
      endedUntil = ended.stream().mapToInt(r -> r[1]).toArray();
      endedAnswer = ended.stream().mapToInt(r -> r[2]).toArray();
    }

    /** Writes the answer numbers of the spans that contain {@code day}; returns how many. */
    int on(int day, int[] out) {
      int open = upperBound(openFrom, day);
      System.arraycopy(openAnswer, 0, out, 0, open);
      int k = open;
      int ended = upperBound(endedFrom, day);
      for (int i = 0; i < ended; i++) {
        if (endedUntil[i] > day) {
          out[k++] = endedAnswer[i];
        }
      }
      return k;
    }

    int maxAnswers(int day) {
      return upperBound(openFrom, day) + upperBound(endedFrom, day);
    }

    /** Returns the number of elements of the sorted array that are at most {@code key}. */
    private static int upperBound(int[] sorted, int key) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  private static <T> List<T> list(T[] values, int size) {
    return Arrays.asList(size == values.length ? values : Arrays.copyOf(values, size));
  }

  @Override
  public List<?> membersOn(OrganizationId organization, LocalDate day) {
    Spans s = byOrganization.get(organization);
    if (s == null) {
      return List.of();
    }
    int d = clamp(day.toEpochDay());
    int[] hits = new int[s.maxAnswers(d)];
    int n = s.on(d, hits);
    Party[] out = new Party[n];
    for (int i = 0; i < n; i++) {
      out[i] = parties[hits[i]];
    }
    return Arrays.asList(out);
  }

  @Override
  public List<?> organizationsOf(Party party, LocalDate day) {
    Spans s = byParty.get(party);
    if (s == null) {
      return List.of();
    }
    int d = clamp(day.toEpochDay());
    int[] hits = new int[s.maxAnswers(d)];
    int n = s.on(d, hits);
    OrganizationId[] out = new OrganizationId[n];
    for (int i = 0; i < n; i++) {
      out[i] = organizations[hits[i]];
    }
    return Arrays.asList(out);
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    Spans sa = byOrganization.get(a);
    Spans sb = byOrganization.get(b);
    if (sa == null || sb == null) {
      return List.of();
    }
    int d = clamp(day.toEpochDay());
    int[] hitsA = new int[sa.maxAnswers(d)];
    int na = sa.on(d, hitsA);
    long[] inA = new long[(stateCount + 63) >>> 6];
    for (int i = 0; i < na; i++) {
      int p = hitsA[i];
      if (p < stateCount) {
        inA[p >>> 6] |= 1L << p;
      }
    }
    int[] hitsB = new int[sb.maxAnswers(d)];
    int nb = sb.on(d, hitsB);
    Party[] out = new Party[Math.min(na, nb)];
    int k = 0;
    for (int i = 0; i < nb; i++) {
      int p = hitsB[i];
      if (p < stateCount && (inA[p >>> 6] & (1L << p)) != 0) {
        out[k++] = parties[p];
      }
    }
    return list(out, k);
  }
}
