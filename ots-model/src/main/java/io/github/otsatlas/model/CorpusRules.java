package io.github.otsatlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus-wide rules of DESIGN §3: {@link #check} returns <em>every</em> violation, each
 * naming its rule and the records involved. Rule 1 ({@link Rule#PERIOD_ORDER}) is checked
 * when a {@link Period} is built, since it needs no other record.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusRules {
  /**
   * The most characters the search for every quote of a corpus may scan: about two billion,
   * a few seconds of work. Each distinct selector (quote, prefix, suffix) costs a pass over its
   * source text per part, so a 16 MiB text allows about sixty distinct quotes with
   * prefixes, a text of the seeds' size (30 KB) tens of thousands.
   */
  public static final long QUOTE_SEARCH_BUDGET = 1L << 31;

  private CorpusRules() {}

  /**
   * Checks the facts against the rules and returns every violation found, in a stable
   * order (by rule, then by record). An empty list means the facts are consistent.
   *
   * <p>Example: {@code CorpusRules.check(sources, states, organizations, memberships,
   * corridors, summits).isEmpty()}.
   *
   * @param sources the sources, with their texts
   * @return the violations, possibly empty, immutable
   */
  public static List<Violation> check(
      Collection<Source> sources,
      Collection<State> states,
      Collection<Organization> organizations,
      Collection<Membership> memberships,
      Collection<Corridor> corridors,
      Collection<Summit> summits) {
    return check(sources, states, organizations, memberships, corridors, summits, List.of(), List.of());
  }

  /**
   * Checks the facts of every kind against the rules and returns every violation found, as
   * {@link #check(Collection, Collection, Collection, Collection, Collection, Collection)} does.
   *
   * @param sources the sources, with their texts
   * @return the violations, possibly empty, immutable
   */
  public static List<Violation> check(
      Collection<Source> sources,
      Collection<State> states,
      Collection<Organization> organizations,
      Collection<Membership> memberships,
      Collection<Corridor> corridors,
      Collection<Summit> summits,
      Collection<Agreement> agreements,
      Collection<Exercise> exercises) {
    return run(new Contents(List.copyOf(sources), List.copyOf(states), List.copyOf(organizations),
        List.copyOf(memberships), List.copyOf(corridors), List.copyOf(summits), List.of(),
        List.copyOf(agreements), List.copyOf(exercises), List.of())).violations();
  }

  static Checker run(Contents contents) {
    Checker c = new Checker(contents);
    c.run();
    return c;
  }

  /** Holds the id tables while one check runs. */
  static final class Checker {
    final Collection<Source> sources;
    final Collection<State> states;
    final Collection<Organization> organizations;
    final Collection<Membership> memberships;
    final Collection<Corridor> corridors;
    final Collection<Summit> summits;
    final Collection<Meeting> meetings;
    final Collection<Agreement> agreements;
    final Collection<Exercise> exercises;
    final Collection<RecognitionAct> recognitions;
    final Contents contents;
    final Map<SourceId, Source> sourceById = new HashMap<>();
    final Set<StateId> stateIds = new HashSet<>();
    final Map<OrganizationId, Organization> orgById = new HashMap<>();
    final Set<CorridorId> corridorIds = new HashSet<>();
    final Set<SummitId> summitIds = new HashSet<>();
    final Map<SourceId, QuoteMatcher> matchers = new HashMap<>();
    final List<Violation> found = new ArrayList<>();
    final Map<Citation, QuoteLocation> located = new HashMap<>();
    // Whether the quotes of the sources' publication bounds were found before (a narrowed
    // corpus keeps its full corpus's sources and texts): then they are not searched again.
    boolean boundsLocated;
    // Where each distinct selector (source, quote, prefix, suffix) stands, found once: many
    // citations share a quote and differ only in the claims they support.
    final Map<List<Object>, Optional<QuoteLocation>> bySelector = new HashMap<>();
    // What the quote search may still scan, and the sources whose search was cut short.
    long searchBudget = QUOTE_SEARCH_BUDGET;
    final Set<SourceId> searchCut = new HashSet<>();
    // The disagreements between sources, found while checking for self-contradictions.
    List<Disagreement> disagreements = List.of();

    Checker(Contents contents) {
      this.contents = contents;
      this.sources = contents.sources();
      this.states = contents.states();
      this.organizations = contents.organizations();
      this.memberships = contents.memberships();
      this.corridors = contents.corridors();
      this.summits = contents.summits();
      this.meetings = contents.meetings();
      this.agreements = contents.agreements();
      this.exercises = contents.exercises();
      this.recognitions = contents.recognitions();
    }

    List<Violation> violations() {
      List<Violation> out = new ArrayList<>(found);
      out.sort(java.util.Comparator.comparing(Violation::rule));
      return List.copyOf(out);
    }

    void run() {
      for (Source s : sources) {
        if (sourceById.putIfAbsent(s.id(), s) != null) {
          add(Rule.UNIQUE_ID, ref(FactRef.Kind.SOURCE, s.id().value()), "", "duplicate source id");
        }
      }
      unique(states, s -> stateIds.add(s.id()));
      unique(organizations, o -> orgById.putIfAbsent(o.id(), o) == null);
      unique(memberships, new HashSet<MembershipId>(), Membership::id);
      unique(corridors, c -> corridorIds.add(c.id()));
      unique(summits, s -> summitIds.add(s.id()));
      unique(meetings, new HashSet<MeetingId>(), Meeting::id);
      unique(agreements, new HashSet<AgreementId>(), Agreement::id);
      unique(exercises, new HashSet<ExerciseId>(), Exercise::id);
      unique(recognitions, new HashSet<RecognitionId>(), RecognitionAct::id);

      for (Source s : sources) {
        s.republicationOf().ifPresent(r -> {
          if (!sourceById.containsKey(r)) {
            add(Rule.REFERENCE, ref(FactRef.Kind.SOURCE, s.id().value()), "/republicationOf",
                "republication of unknown source '" + r + "'");
          } else if (r.equals(s.id())) {
            add(Rule.REFERENCE, ref(FactRef.Kind.SOURCE, s.id().value()), "/republicationOf",
                "a source cannot republish itself");
          }
        });
      }
      List<Fact> all = contents.facts();
      List<Disagreements.SelfContradiction> contradictions = new ArrayList<>();
      disagreements = Disagreements.find(all, memberships, this::voice, contradictions);
      for (Disagreements.SelfContradiction c : contradictions) {
        add(Rule.SELF_CONTRADICTION, c.fact(), "/" + c.attribute().fieldName(), c.message());
      }
      for (Fact f : all) {
        if (f instanceof Membership) {
          continue;
        }
        notAList(f, "", f);
        // the parts' citations stand in the parts: an organization's names, a summit's outcomes
        String parts = f instanceof Organization ? "/names/" : "/outcomes/";
        forEach(f.parts(), (part, j) -> notAList(f, parts + j, part));
      }
      for (Membership m : memberships) {
        forEach(m.citations(), (c, i) -> {
          if (c.completeListOf().isPresent() && (c.asOf().isEmpty() || !c.supports(Attribute.PARTY))) {
            add(Rule.COMPLETE_LIST, m.ref(), "/citations/" + i + "/completeListOf", "a complete list"
                + " names the holders of a role on a day: the citation must support 'party' and attest"
                + " the day (asOf)");
          } else if (c.completeListOf().isPresent() && !m.mayHoldRole(c.completeListOf().get())) {
            add(Rule.COMPLETE_LIST, m.ref(), "/citations/" + i + "/completeListOf", "lists every "
                + c.completeListOf().get() + ", but the membership's role is " + m.role());
          } else if (c.completeListOf().isPresent() && m.roles().stream().noneMatch(r ->
              r.satisfies(c.completeListOf().get()) && c.supports(Claim.of(Attribute.ROLE, r)))) {
            // the list names each holder in the role it lists: with its other sources left out,
            // the membership keeps that role
            add(Rule.COMPLETE_LIST, m.ref(), "/citations/" + i + "/completeListOf", "lists every "
                + c.completeListOf().get() + ": the citation must support a role that satisfies it"
                + " (" + Attribute.ROLE.fieldName() + ")");
          }
        });
      }
      for (Gathering s : contents.gatherings()) {
        forEach(s.citations(), (c, i) -> {
          if (c.supports(Attribute.STATUS) && c.asOf().isEmpty()) {
            add(Rule.STATUS_ATTESTED, s.ref(), "/citations/" + i + "/asOf", "supports a status but"
                + " attests no day: a status is reported as of a day (asOf), such as the source's"
                + " publication day for 'is scheduled'");
          }
        });
      }
      for (Source s : boundsLocated ? List.<Source>of() : sources) {
        forEach(s.publicationBounds(), (b, i) -> {
          QuoteMatcher matcher = matchers.computeIfAbsent(s.id(), k -> new QuoteMatcher(s.text()));
          Citation probe = Citation.of(s.id(), b.quote(), List.of(new Claim(Attribute.NAME, "bound")));
          if (matcher.find(s.id(), probe).isEmpty()) {
            add(Rule.QUOTE_FOUND, ref(FactRef.Kind.SOURCE, s.id().value()), "/publicationBounds/" + i
                + "/quote", "quote not found in " + s.id() + ": \"" + abbreviate(b.quote()) + "\"");
          }
        });
      }
      for (State s : states) {
        cited(s, "", s);
        forEach(s.recognizedBy(), (id, i) -> state(s, "/recognizedBy/" + i, id));
      }
      for (Organization o : organizations) {
        cited(o, "", o);
        o.successorOf().ifPresent(p -> {
          if (!orgById.containsKey(p)) {
            add(Rule.REFERENCE, o.ref(), "/successorOf", "unknown organization '" + p + "'");
          }
        });
        forEach(o.ledBy(), (id, i) -> state(o, "/ledBy/" + i, id));
        forEach(o.founders(), (p, i) -> party(o, "/founders/" + i, p));
        o.hostState().ifPresent(h -> state(o, "/hostState", h));
        o.framework().ifPresent(p -> organization(o, "/framework", p));
        quoted(o, Attribute.FOUNDER_BODIES, o.founderBodies());
        try {
          o.namePeriods();
        } catch (RuleViolationException e) {
          add(Rule.PERIOD_ORDER, o.ref(), "/names", e.getMessage());
        }
        forEach(o.names(), (n, i) -> {
          cited(o, "/names/" + i, n);
          n.renamedAt().ifPresent(sid -> summit(o, "/names/" + i + "/renamedAt", sid));
        });
      }
      for (Membership m : memberships) {
        checkMembership(m);
      }
      for (Corridor c : corridors) {
        cited(c, "", c);
        forEach(c.route(), (w, i) -> waypoint(c, "/route/" + i, w));
        forEach(c.crosses(), (w, i) -> waypoint(c, "/crosses/" + i, w));
        forEach(c.bypasses(), (w, i) -> waypoint(c, "/bypasses/" + i, w));
        forEach(c.promoters(), (p, i) -> party(c, "/promoters/" + i, p));
        forEach(c.initiators(), (p, i) -> party(c, "/initiators/" + i, p));
        forEach(c.connectsTo(), (id, i) -> {
          if (!corridorIds.contains(id)) {
            add(Rule.REFERENCE, c.ref(), "/connectsTo/" + i, "unknown corridor '" + id + "'");
          }
        });
        forEach(c.canConnectTo(), (id, i) -> {
          if (!corridorIds.contains(id)) {
            add(Rule.REFERENCE, c.ref(), "/canConnectTo/" + i, "unknown corridor '" + id + "'");
          }
        });
        forEach(c.stakeholders(), (p, i) -> party(c, "/stakeholders/" + i, p));
      }
      for (Gathering s : contents.gatherings()) {
        cited(s, "", s);
        s.organization().ifPresent(o -> organization(s, "/organization", o));
        forEach(s.hostStates(), (h, i) -> state(s, "/hostState", h));
        forEach(s.attendance(), (p, i) -> party(s, "/attendance/" + i, p));
        forEach(s.absence(), (p, i) -> party(s, "/absence/" + i, p));
        forEach(s.invited(), (p, i) -> party(s, "/invited/" + i, p));
        forEach(s.delegates(), (d, i) -> quoted(s, Attribute.DELEGATES, d.key(), d.words()));
        forEach(s.outcomes(), (out, i) -> {
          cited(s, "/outcomes/" + i, out);
          forEach(out.parties(), (p, j) -> party(s, "/outcomes/" + i + "/parties/" + j, p));
        });
      }
      for (Agreement a : agreements) {
        cited(a, "", a);
        forEach(a.parties(), (p, i) -> party(a, "/parties/" + i, p));
        forEach(a.hostStates(), (h, i) -> state(a, "/hostState", h));
        a.adoptedAt().ifPresent(sid -> summit(a, "/adoptedAt", sid));
        quoted(a, Attribute.SIGNATORIES, a.signatories());
        a.subject().ifPresent(v -> quoted(a, Attribute.SUBJECT, List.of(v)));
      }
      for (Exercise e : exercises) {
        cited(e, "", e);
        forEach(e.hostStates(), (h, i) -> state(e, "/hostState", h));
        forEach(e.organizers(), (p, i) -> party(e, "/organizers/" + i, p));
        forEach(e.participants(), (p, i) -> party(e, "/participants/" + i, p));
        e.framework().ifPresent(o -> organization(e, "/framework", o));
        e.name().ifPresent(v -> quoted(e, Attribute.NAME, List.of(v)));
      }
      for (RecognitionAct r : recognitions) {
        cited(r, "", r);
        state(r, "/recognizer", r.recognizer());
        forEach(r.recognized(), (id, i) -> state(r, "/recognized/" + i, id));
        r.recognizedAs().ifPresent(v -> quoted(r, Attribute.RECOGNIZED_AS, List.of(v)));
      }
      singleRole();
    }

    /** Reports each citation of a part of a fact other than a membership that gives a complete list. */
    private void notAList(Fact fact, String path, Cited part) {
      forEach(part.citations(), (c, i) -> {
        if (c.completeListOf().isPresent()) {
          add(Rule.COMPLETE_LIST, fact.ref(), path + "/citations/" + i + "/completeListOf",
              "only a membership's citation can give the complete list of a role's holders");
        }
      });
    }

    /**
     * Rule value-quoted: each value of {@code attribute}, kept in a source's words, occurs in the
     * quote of every citation that supports it (whitespace folded as quotes are compared).
     */
    private void quoted(Fact fact, Attribute attribute, List<String> values) {
      for (String value : values) {
        quoted(fact, attribute, value, List.of(value));
      }
    }

    /**
     * Rule value-quoted for a claim whose value keeps several words of the source (a delegate's
     * person and title): the quote of every citation supporting it contains each of them.
     */
    private void quoted(Fact fact, Attribute attribute, String value, List<String> sourceWords) {
      Claim claim = new Claim(attribute, value);
      List<String> words = sourceWords.stream().map(Whitespace::fold).toList();
      forEach(fact.citations(), (c, i) -> {
        String quote = Whitespace.fold(c.quote());
        if (c.supports(claim) && !words.stream().allMatch(quote::contains)) {
          add(Rule.VALUE_QUOTED, fact.ref(), "/citations/" + i + "/supports", "supports " + claim
              + ", but its quote does not contain " + words + ": a value kept in a source's words is"
              + " quoted exactly");
        }
      });
    }

    private void checkMembership(Membership m) {
      cited(m, "", m);
      party(m, "/party", m.party());
      organization(m, "/organization", m.organization());
      m.grantedAt().ifPresent(s -> summit(m, "/grantedAt", s));
      if (m.party().equals(m.organization())) {
        add(Rule.SELF_MEMBERSHIP, m.ref(), "/party",
            "organization " + m.organization() + " cannot be a member of itself");
      }
      Organization org = orgById.get(m.organization());
      if (org == null || org.founded().isEmpty()) {
        return;
      }
      PartialDate founded = org.founded().get();
      for (PartialDate start : m.starts()) {
        if (start.latest().isBefore(founded.earliest())) {
          add(Rule.AFTER_FOUNDING, m.ref(), "/start", "starts " + start
              + ", before " + org.id() + " was founded (" + founded + ")");
        }
        if (m.role() == Role.FOUNDING_MEMBER && !start.isCompatibleWith(founded)) {
          add(Rule.FOUNDING_AT_FOUNDING, m.ref(), "/start", "a founding member starts at the founding ("
              + founded + "), not " + start);
        }
      }
    }

    /**
     * Rule 2 by sort and sweep, in O(n log n) per party and organization: each membership that
     * definitely overlaps an earlier one (by latest possible start) is reported once, naming
     * the earlier membership that reaches furthest. Two periods definitely overlap when each
     * one's latest possible start is before the other's earliest possible end.
     */
    private void singleRole() {
      Map<List<Object>, List<Membership>> groups = new LinkedHashMap<>();
      for (Membership m : memberships) {
        groups.computeIfAbsent(List.of(m.party(), m.organization()), k -> new ArrayList<>()).add(m);
      }
      for (List<Membership> group : groups.values()) {
        if (group.size() < 2) {
          continue;
        }
        int n = group.size();
        long[] from = new long[n];
        long[] until = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
          Membership m = group.get(i);
          Period p = m.period();
          from[i] = p.latestStart().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
          until[i] = p.earliestEnd().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
          if (m.start().isEmpty()) {
            // Disputed starts: each is checked as if it were the only one, as a narrowing to its
            // source leaves it; the hull alone would hide what one source says against another
            // role of its own.
            for (PartialDate start : m.starts()) {
              Period alone = Period.of(Optional.of(start), m.end(), p.attestations());
              from[i] = Math.min(from[i], alone.latestStart().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
              until[i] = Math.max(until[i], alone.earliestEnd().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
            }
          }
          order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingLong(i -> from[i])
            .thenComparing(i -> group.get(i).id()));
        // prefix[k]: of the first k+1 memberships in order, the one whose definite end is latest
        int[] prefix = new int[n];
        for (int k = 0; k < n; k++) {
          int b = order[k];
          if (k > 0) {
            // the earlier memberships whose latest start is before b's earliest end
            int j = lastBefore(order, from, k, until[b]);
            if (j >= 0) {
              int a = prefix[j];
              if (from[b] < until[a]) {
                Membership ma = group.get(a);
                Membership mb = group.get(b);
                add(Rule.SINGLE_ROLE, List.of(mb.ref(), ma.ref()), "", mb.party().key() + " holds two roles in "
                    + mb.organization() + " at once: " + ma.role() + " " + ma.period() + " and "
                    + mb.role() + " " + mb.period());
              }
            }
          }
          prefix[k] = k == 0 || until[b] > until[prefix[k - 1]] ? b : prefix[k - 1];
        }
      }
    }

    /** The last position below {@code k} in {@code order} whose {@code from} is before {@code limit}, or -1. */
    private static int lastBefore(Integer[] order, long[] from, int k, long limit) {
      int lo = 0;
      int hi = k - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (from[order[mid]] < limit) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    private <T extends Fact> void unique(Collection<T> facts, java.util.function.Predicate<T> firstSeen) {
      for (T f : facts) {
        if (!firstSeen.test(f)) {
          add(Rule.UNIQUE_ID, f.ref(), "", "duplicate id");
        }
      }
    }

    private <T extends Fact, K> void unique(Collection<T> facts, Set<K> seen,
        java.util.function.Function<T, K> key) {
      unique(facts, f -> seen.add(key.apply(f)));
    }

    /**
     * Checks the citations of a fact or of one of its parts: each names only claims the part
     * makes and none classified; each claim is named by one; each attestation is possible for
     * its source; each quote is found.
     */
    private void cited(Fact fact, String path, Cited part) {
      Set<Attribute> classified = part == fact ? fact.classified() : Set.of();
      List<Claim> claimList = part.claims();
      Set<Claim> claims = new HashSet<>(claimList);
      Set<Claim> supported = new HashSet<>();
      forEach(part.citations(), (c, i) -> {
        String where = path + "/citations/" + i;
        for (Claim claim : c.supports()) {
          if (classified.contains(claim.attribute())) {
            add(Rule.CLAIM_EXISTS, fact.ref(), where + "/supports", "cites " + claim
                + ", but the record marks '" + claim.attribute() + "' as the curators' classification");
          } else if (!claims.contains(claim)) {
            add(Rule.CLAIM_EXISTS, fact.ref(), where + "/supports", "cites " + claim
                + ", which the record does not claim" + claimedText(part, claim.attribute()));
          } else {
            supported.add(claim);
          }
        }
      });
      for (Claim claim : claimList) {
        if (!supported.contains(claim) && !classified.contains(claim.attribute())) {
          add(Rule.CLAIM_SUPPORTED, fact.ref(), path + "/" + claim.attribute().fieldName(), claim
              + " is supported by no citation: name it in the 'supports' of a citation that states it"
              + (fact instanceof Membership || part != fact ? "" : ", or mark '"
                  + claim.attribute() + "' as classified"));
        }
      }
      forEach(part.citations(), (c, i) -> {
        String where = path + "/citations/" + i;
        Source source = sourceById.get(c.source());
        if (source == null) {
          add(Rule.REFERENCE, fact.ref(), where + "/source", "unknown source '" + c.source() + "'");
          return;
        }
        c.asOf().ifPresent(day -> source.latestPublication().ifPresent(latest -> {
          if (day.earliest().isAfter(latest)) {
            add(Rule.ATTESTATION_IN_SOURCE, fact.ref(), where + "/asOf", "attests " + day
                + ", after its source " + source.id() + " was published (by " + latest + ")");
          }
        }));
        if (located.containsKey(c)) {
          return; // located already (a narrowed corpus reuses its full corpus's locations)
        }
        QuoteMatcher matcher = matchers.computeIfAbsent(c.source(), k -> new QuoteMatcher(source.text()));
        List<Object> selector = List.of(c.source(), c.quote(), c.prefix(), c.suffix());
        if (!bySelector.containsKey(selector)) {
          long cost = matcher.cost(c);
          if (cost > searchBudget) {
            if (searchCut.add(c.source())) {
              add(Rule.QUOTE_SEARCH_LIMIT, fact.ref(), where + "/quote", "the quotes of " + c.source()
                  + " need more than " + QUOTE_SEARCH_BUDGET + " characters of search in all: too many"
                  + " distinct quotes, prefixes and suffixes for a text of " + source.text().length()
                  + " characters");
            }
            return;
          }
          searchBudget -= cost;
        }
        Optional<QuoteLocation> at = bySelector.computeIfAbsent(selector, k -> matcher.find(c.source(), c));
        if (at.isPresent()) {
          located.put(c, at.get());
        } else {
          add(Rule.QUOTE_FOUND, fact.ref(), where + "/quote", "quote not found in " + c.source()
              + ": \"" + abbreviate(c.quote()) + "\"");
        }
      });
    }

    /** Returns the source a source speaks for: its original when it is a republication. */
    SourceId voice(SourceId id) {
      Source s = sourceById.get(id);
      return s == null ? id : s.republicationOf().orElse(id);
    }

    private static String claimedText(Cited part, Attribute attribute) {
      List<String> values = part.claims().stream().filter(c -> c.attribute() == attribute)
          .map(Claim::value).toList();
      return values.isEmpty() ? " (it makes no '" + attribute + "' claim)"
          : " (its '" + attribute + "': " + String.join(", ", values) + ")";
    }

    private void party(Fact fact, String path, Party p) {
      if (p instanceof StateId) {
        state(fact, path, (StateId) p);
      } else {
        organization(fact, path, (OrganizationId) p);
      }
    }

    private void state(Fact fact, String path, StateId id) {
      if (!stateIds.contains(id)) {
        add(Rule.REFERENCE, fact.ref(), path, "unknown state '" + id + "'");
      }
    }

    private void organization(Fact fact, String path, OrganizationId id) {
      if (!orgById.containsKey(id)) {
        add(Rule.REFERENCE, fact.ref(), path, "unknown organization '" + id + "'");
      }
    }

    private void summit(Fact fact, String path, SummitId id) {
      if (!summitIds.contains(id)) {
        add(Rule.REFERENCE, fact.ref(), path, "unknown summit '" + id + "'");
      }
    }

    private void waypoint(Fact fact, String path, Waypoint w) {
      w.state().ifPresent(s -> state(fact, path, s));
    }

    private void add(Rule rule, FactRef ref, String path, String message) {
      found.add(new Violation(rule, List.of(ref), path, message));
    }

    private void add(Rule rule, List<FactRef> refs, String path, String message) {
      found.add(new Violation(rule, refs, path, message));
    }

    private static FactRef ref(FactRef.Kind kind, String id) {
      return new FactRef(kind, id);
    }

    private static <T> void forEach(List<T> items, IndexedConsumer<T> action) {
      for (int i = 0; i < items.size(); i++) {
        action.accept(items.get(i), i);
      }
    }

    private static String abbreviate(String s) {
      return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
  }

  /** A consumer of an item and its index. */
  private interface IndexedConsumer<T> {
    void accept(T item, int index);
  }

}
