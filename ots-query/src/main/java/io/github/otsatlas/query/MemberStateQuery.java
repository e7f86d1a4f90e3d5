package io.github.otsatlas.query;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Recognition;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * States by their memberships ({@link StateQuery#memberOfAll}, {@link StateQuery#memberOfAny},
 * {@link StateQuery#memberOfNone}): members of all, of any or of none of a set of
 * organizations, on a day or over a range of days, in given roles, and of a recognition status.
 * Only this type offers the time and role steps, so a time step without organizations does not
 * compile. Answers come in state-id order.
 *
 * <pre>{@code
 * atlas.states().memberOfAll(OrganizationId.of("OTS"), OrganizationId.of("CSTO")).asOf(day).list();
 * }</pre>
 *
 * <p>For each state and organization, membership is the strongest certainty among the
 * state's matching memberships in it ({@code NOT} if none); "all" combines them with
 * three-valued AND, "any" with OR, "none" is AND of their negations.
 *
 * <p>Steps, as in every query type: a step that sets a value (the time filter, the roles, the
 * recognition status) may be given once, a second call throws {@link IllegalStateException};
 * {@code recognizedBy} adds up (every state named must recognize); {@code includingPossible()}
 * is idempotent. The organizations are set once, by the step that made this query. Immutable
 * and thread-safe.
 */
public final class MemberStateQuery implements Query<State> {
  /** How the organizations of a membership step combine. */
  enum Mode { ALL, ANY, NONE }

  private final Atlas atlas;
  private final Steps steps;

  /**
   * The whole state of a query, copied with one change by each step: how the organizations
   * combine, the time filter, roles, the recognition status and
   * the recognizing states.
   */
  private record Steps(Mode mode, List<OrganizationId> organizations, When when, Role[] roles,
      boolean possible, Recognition recognition, Chain<StateId> recognizedBy) {
    Steps withWhen(When w) {
      return new Steps(mode, organizations, w, roles, possible, recognition, recognizedBy);
    }

    Steps withRoles(Role[] r) {
      return new Steps(mode, organizations, when, r, possible, recognition, recognizedBy);
    }

    Steps withPossible() {
      return new Steps(mode, organizations, when, roles, true, recognition, recognizedBy);
    }

    Steps withRecognition(Recognition r) {
      return new Steps(mode, organizations, when, roles, possible, r, recognizedBy);
    }

    Steps withRecognizer(StateId s) {
      return new Steps(mode, organizations, when, roles, possible, recognition, recognizedBy.plus(s));
    }
  }

  MemberStateQuery(Atlas atlas, Mode mode, List<OrganizationId> organizations, Recognition recognition,
      Chain<StateId> recognizedBy) {
    this(atlas, new Steps(mode, organizations, When.ALWAYS, null, false, recognition, recognizedBy));
  }

  private MemberStateQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  private MemberStateQuery with(Steps s) {
    return new MemberStateQuery(atlas, s);
  }

  /**
   * Keeps the states of this recognition status ({@link State#recognition()}: {@code DE_FACTO}
   * for Northern Cyprus).
   *
   * @throws IllegalStateException if a recognition status is already set
   */
  public MemberStateQuery withRecognition(Recognition recognition) {
    if (steps.recognition() != null) {
      throw new IllegalStateException(this + ": the recognition status is already set");
    }
    return with(steps.withRecognition(Objects.requireNonNull(recognition, "recognition")));
  }

  /**
   * Keeps the states a source says {@code state} recognizes ({@link State#recognizedBy()});
   * repeated, every one must recognize them.
   *
   * @param state the recognizing state, not null; one absent from the atlas gives no answers
   */
  public MemberStateQuery recognizedBy(StateId state) {
    atlas.requireParty(state);
    return with(steps.withRecognizer(state));
  }

  /**
   * Keeps what held on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberStateQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps what held on some day from {@code first} to {@code last}, inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberStateQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps what held on some day the partial date allows.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberStateQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps what held on some day of the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberStateQuery during(Year year) {
    return time(When.during(PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps what held on some day of the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MemberStateQuery during(YearMonth month) {
    return time(When.during(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
  }

  private MemberStateQuery time(When when) {
    return with(steps.withWhen(when.replacing(steps.when(), this)));
  }

  /**
   * Counts only memberships in these roles.
   *
   * @throws IllegalStateException if a role filter is already set
   */
  public MemberStateQuery withRole(Role role, Role... more) {
    if (steps.roles() != null) {
      throw new IllegalStateException(this + ": the role filter is already set");
    }
    return with(steps.withRoles(EnumSet.of(role, more).toArray(new Role[0])));
  }

  /** Adds the POSSIBLY answers to the DEFINITELY ones. */
  public MemberStateQuery includingPossible() {
    return with(steps.withPossible());
  }

  /**
   * Returns the answers in state-id order; each rests on the memberships that decide it
   * (for "none", on the state record itself).
   */
  @Override
  public List<Answer<State>> list() {
    List<Answer<State>> out = new ArrayList<>();
    Mode mode = steps.mode();
    When when = steps.when();
    combine(true, (id, certainty, runs, at) -> {
      State state = atlas.corpus().state(id).orElseThrow();
      List<Fact> basis = new ArrayList<>();
      if (mode != Mode.NONE) {
        for (int k = 0; k < runs.length; k++) {
          if (at[k] >= 0) {
            runs[k].addBasis(at[k], basis);
          }
        }
      }
      out.add(basis.isEmpty() ? Answer.of(state, certainty, state, recognitionGrounds())
          : atlas.answer(state, certainty, basis, when.isAlways() ? Grounds.MEMBERSHIP
              : Grounds.MEMBERSHIP_IN_TIME, when.window()));
    });
    return List.copyOf(out);
  }

  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : includingPossible().states().size() - states().size();
  }

  /** Returns the states of the answers, in id order, without building answers. */
  public List<StateId> states() {
    if (steps.mode() == Mode.NONE) {
      List<StateId> out = new ArrayList<>();
      combine(false, (id, certainty, runs, at) -> out.add(id));
      return List.copyOf(out);
    }
    return statesByNumber();
  }

  /**
   * The states of an "all" or "any" query without their basis: one bit per party number and
   * organization, for the parties that definitely hold a matching membership and for those that
   * possibly do, combined word by word and read in number order, which is state order. It gives
   * what {@link #combine} gives (the strongest certainty per organization, then AND or OR over
   * the organizations) without building the runs.
   */
  private List<StateId> statesByNumber() {
    MembershipIndex index = atlas.memberships;
    int words = (index.partyCount() + 63) >>> 6;
    boolean all = steps.mode() == Mode.ALL;
    boolean possible = steps.possible();
    long[] definite = null;
    long[] any = null;
    for (OrganizationId organization : steps.organizations()) {
      long[] d = new long[words];
      long[] m = possible ? new long[words] : d;
      MembershipIndex.Scan scan = index.ofOrganization(organization, steps.when(), steps.roles(), possible);
      while (scan.next()) {
        if (!(scan.party() instanceof StateId)) {
          continue;
        }
        int number = scan.partyNumber();
        if (scan.certainty() == Certainty.DEFINITELY) {
          d[number >>> 6] |= 1L << number;
        }
        m[number >>> 6] |= 1L << number;
      }
      if (definite == null) {
        definite = d;
        any = m == d ? d.clone() : m;
        continue;
      }
      for (int w = 0; w < words; w++) {
        definite[w] = all ? definite[w] & d[w] : definite[w] | d[w];
        any[w] = all ? any[w] & m[w] : any[w] | m[w];
      }
    }
    long[] answers = possible ? any : definite;
    List<StateId> out = new ArrayList<>();
    boolean byRecognition = steps.recognition() != null || !steps.recognizedBy().isEmpty();
    for (int w = 0; answers != null && w < words; w++) {
      for (long bits = answers[w]; bits != 0; bits &= bits - 1) {
        StateId s = (StateId) index.party((w << 6) + Long.numberOfTrailingZeros(bits));
        if (!byRecognition || atlas.corpus().state(s).map(this::recognized).orElse(false)) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether the state passes the recognition steps. */
  private boolean recognized(State s) {
    return StateQuery.recognized(s, steps.recognition(), steps.recognizedBy());
  }

  private Grounds recognitionGrounds() {
    return StateQuery.grounds(steps.recognition(), steps.recognizedBy());
  }

  /** Receives one state of the answers, with where it stands in each organization's runs. */
  private interface Found {
    void accept(StateId state, Certainty certainty, Runs[] runs, int[] at);
  }

  /**
   * Combines the organizations' member runs, each sorted by state, walking them side by side:
   * no hashing, and no membership object touched unless an answer needs its basis.
   */
  private void combine(boolean withBasis, Found found) {
    Mode mode = steps.mode();
    List<OrganizationId> organizations = steps.organizations();
    When when = steps.when();
    Role[] roles = steps.roles();
    boolean possible = steps.possible();
    Runs[] runs = new Runs[organizations.size()];
    for (int k = 0; k < runs.length; k++) {
      // POSSIBLY records cannot change a definite "all" or "any"; "none" needs them to rule
      // a state out.
      runs[k] = new Runs(atlas.memberships, organizations.get(k), when, roles, possible || mode == Mode.NONE,
          withBasis);
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
    for (int c = 0; c < candidates.size(); c++) {
      StateId s = candidates.get(c);
      if ((steps.recognition() != null || !steps.recognizedBy().isEmpty())
          && !atlas.corpus().state(s).map(this::recognized).orElse(false)) {
        continue;
      }
      // the index's party number: the runs are sorted by it, and ints compare fast
      int number = mode == Mode.ALL ? runs[0].numbers[c] : atlas.memberships.partyNumber(s);
      Certainty combined = mode == Mode.ANY ? Certainty.NOT : Certainty.DEFINITELY;
      for (int k = 0; k < runs.length; k++) {
        at[k] = runs[k].seek(cursor, k, number);
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
   * strongest certainty and the range of its hits (the memberships). Plain arrays sized by
   * the organization's records: no boxing, no hashing.
   */
  private static final class Runs {
    StateId[] keys;
    int[] numbers;
    Certainty[] best;
    int[] runStart;
    Membership[] hits;
    int runs;
    int hitCount;

    /** Collects the organization's runs; its memberships only {@code withHits} (an answer's basis). */
    Runs(MembershipIndex index, OrganizationId organization, When when, Role[] roles, boolean possible,
        boolean withHits) {
      // Sized for a day's members, grown when a range of days or no time filter finds more:
      // zeroing arrays sized to every record of the organization cost more than the scan.
      int n = Math.min(index.sizeOf(organization), 32);
      this.keys = new StateId[n];
      this.numbers = new int[n];
      this.best = new Certainty[n];
      this.runStart = new int[n + 1];
      this.hits = withHits ? new Membership[n] : null;
      MembershipIndex.Scan scan = index.ofOrganization(organization, when, roles, possible);
      while (scan.next()) {
        if (!(scan.party() instanceof StateId key)) {
          continue;
        }
        if (hitCount == keys.length) {
          int grown = 2 * keys.length + 1;
          keys = java.util.Arrays.copyOf(keys, grown);
          numbers = java.util.Arrays.copyOf(numbers, grown);
          best = java.util.Arrays.copyOf(best, grown);
          runStart = java.util.Arrays.copyOf(runStart, grown + 1);
          if (hits != null) {
            hits = java.util.Arrays.copyOf(hits, grown);
          }
        }
        if (runs == 0 || keys[runs - 1] != key) {
          keys[runs] = key;
          numbers[runs] = scan.partyNumber();
          best[runs] = scan.certainty();
          runStart[runs] = hitCount;
          runs++;
        } else {
          best[runs - 1] = best[runs - 1].or(scan.certainty());
        }
        if (hits != null) {
          hits[hitCount] = scan.membership();
        }
        hitCount++;
      }
      runStart[runs] = hitCount;
    }

    List<StateId> states() {
      return java.util.Arrays.asList(keys).subList(0, runs);
    }

    /**
     * Advances this organization's cursor to the state numbered {@code number} by the index
     * (-1 for none); returns its run index, or -1.
     */
    int seek(int[] cursor, int k, int number) {
      int c = cursor[k];
      while (c < runs && numbers[c] < number) {
        c++;
      }
      cursor[k] = c;
      return c < runs && numbers[c] == number ? c : -1;
    }

    void addBasis(int run, List<Fact> basis) {
      for (int h = runStart[run]; h < runStart[run + 1]; h++) {
        basis.add(hits[h]);
      }
    }
  }

  /** Returns the query, as {@code states().memberOfAll(OTS, CSTO).asOf(2024-11-04)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("states()");
    Mode mode = steps.mode();
    String verb = mode == Mode.ALL ? "memberOfAll" : mode == Mode.ANY ? "memberOfAny" : "memberOfNone";
    b.append('.').append(verb).append('(').append(String.join(", ",
        steps.organizations().stream().map(OrganizationId::code).toList())).append(')');
    if (steps.recognition() != null) {
      b.append(".withRecognition(").append(steps.recognition()).append(')');
    }
    b.append(steps.recognizedBy().join(r -> ".recognizedBy(" + r + ")"));
    b.append(steps.when());
    b.append(When.roleText(steps.roles()));
    if (steps.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
