package io.github.otsatlas.query;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.PartialDate;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The memberships of one organization, filtered by day or range of days, role, kind of
 * party and name of the organization. Answers come in party order (states before
 * organizations, each by code), then by start, then by membership id.
 *
 * <pre>{@code
 * atlas.members(OTS).asOf(LocalDate.of(2022, 12, 1)).withRole(Role.OBSERVER).parties();
 * }</pre>
 *
 * <p>By default only DEFINITELY answers are returned; {@link #includingPossible()} adds the
 * POSSIBLY ones (a day inside the imprecision of a date). Without a time filter every
 * membership ever recorded is an answer, DEFINITELY. Immutable and thread-safe; each step
 * returns a new query.
 *
 * <p>Steps, as in every query type: a step that sets a value (the party, the time filter, the
 * roles, the name) may be given once, a second call throws {@link IllegalStateException} rather than
 * silently replacing the first; {@code includingPossible()} and {@code onlyStates()} are
 * idempotent.
 */
public final class MembershipQuery implements Query<Membership> {
  private final Atlas atlas;
  private final OrganizationId id;
  // null when the atlas has no such organization: the query then has no answers
  private final Organization organization;
  private final Steps steps;

  /**
   * The whole state of a query, copied with one change by each step: the time filter, the
   * roles (null for any), the name asked for and the period in which it was borne (null for an
   * alias, or for no name).
   */
  private record Steps(When when, Role[] roles, boolean possible, boolean statesOnly, String name,
      Period namePeriod, Party party) {
    Steps withWhen(When w) {
      return new Steps(w, roles, possible, statesOnly, name, namePeriod, party);
    }

    Steps withRoles(Role[] r) {
      return new Steps(when, r, possible, statesOnly, name, namePeriod, party);
    }

    Steps withPossible() {
      return new Steps(when, roles, true, statesOnly, name, namePeriod, party);
    }

    Steps withStatesOnly() {
      return new Steps(when, roles, possible, true, name, namePeriod, party);
    }

    Steps withName(String n, Period p) {
      return new Steps(when, roles, possible, statesOnly, n, p, party);
    }

    Steps withParty(Party p) {
      return new Steps(when, roles, possible, statesOnly, name, namePeriod, p);
    }
  }

  MembershipQuery(Atlas atlas, OrganizationId id, Organization organization) {
    this(atlas, id, organization, new Steps(When.ALWAYS, null, false, false, null, null, null));
  }

  private MembershipQuery(Atlas atlas, OrganizationId id, Organization organization, Steps steps) {
    this.atlas = atlas;
    this.id = id;
    this.organization = organization;
    this.steps = steps;
  }

  private MembershipQuery with(Steps s) {
    return new MembershipQuery(atlas, id, organization, s);
  }

  /**
   * Keeps the memberships that held on {@code day}.
   *
   * @param day the day, not null
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the memberships that held on some day from {@code first} to {@code last}, both
   * inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps the memberships that held on some day the partial date allows ("2021": some day of
   * 2021).
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps the memberships that held on some day of the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery during(Year year) {
    return time(When.during(PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps the memberships that held on some day of the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery during(YearMonth month) {
    return time(When.during(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
  }

  private MembershipQuery time(When when) {
    return with(steps.withWhen(when.replacing(steps.when(), this)));
  }

  /**
   * Keeps the memberships in one of the given roles. {@link Role#MEMBER} also matches
   * {@link Role#FOUNDING_MEMBER}, since founders are full members.
   *
   * @throws IllegalStateException if a role filter is already set
   */
  public MembershipQuery withRole(Role role, Role... more) {
    if (steps.roles() != null) {
      throw new IllegalStateException(this + ": the role filter is already set");
    }
    return with(steps.withRoles(EnumSet.of(role, more).toArray(new Role[0])));
  }

  /** Adds the POSSIBLY answers to the DEFINITELY ones. */
  public MembershipQuery includingPossible() {
    return with(steps.withPossible());
  }

  /**
   * Keeps the memberships of one party: its history in the organization, role by role, in
   * order of start (Azerbaijan in the Consultative Meetings: guest of honour, then member).
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   * @throws IllegalStateException if a party is already set
   */
  public MembershipQuery ofParty(Party party) {
    if (steps.party() != null) {
      throw new IllegalStateException(this + ": the party is already set");
    }
    atlas.requireParty(party);
    return with(steps.withParty(party));
  }

  /** Keeps the memberships of states, leaving out organizations that are members. */
  public MembershipQuery onlyStates() {
    return with(steps.withStatesOnly());
  }

  /**
   * Keeps the memberships that held while the organization bore {@code name}, compared folded
   * as {@link Atlas#lookup(String)} does. For one of its dated names the certainty is that of
   * the overlap: the Cooperation Council of Turkic Speaking States had the OTS's members of
   * before the rename. An alias is undated, so it keeps every membership ({@code
   * underName("Turkic Council")}).
   *
   * @throws IllegalArgumentException if the organization never bore that name nor has it as an
   *     alias (an organization absent from the atlas accepts any name and has no answers)
   * @throws IllegalStateException if a name is already set
   */
  public MembershipQuery underName(String name) {
    if (steps.name() != null) {
      throw new IllegalStateException(this + ": the name is already set");
    }
    Objects.requireNonNull(name, "name");
    if (organization == null) {
      return this;
    }
    String folded = NameIndex.fold(name);
    for (OrganizationName n : organization.names()) {
      if (NameIndex.fold(n.name()).equals(folded)) {
        return with(steps.withName(n.name(), organization.namePeriods().get(n)));
      }
    }
    for (String alias : organization.aliases()) {
      if (NameIndex.fold(alias).equals(folded)) {
        return with(steps.withName(alias, null));
      }
    }
    throw new IllegalArgumentException(organization.id() + " never bore the name '" + name
        + "'; its names: " + organization.names().stream().map(OrganizationName::name).toList()
        + ", its aliases: " + organization.aliases());
  }

  /** Returns the answers: each membership with its certainty, in party order. */
  @Override
  public List<Answer<Membership>> list() {
    List<Answer<Membership>> out = new ArrayList<>();
    Grounds grounds = grounds();
    for (Hits h = hits(); h.next();) {
      Membership m = h.scan.membership();
      out.add(atlas.answer(m, h.certainty, List.of(m), grounds, steps.when().window()));
    }
    return List.copyOf(out);
  }

  /** The claims an answer rests on: who, where and in which role; and when, for a time filter. */
  private Grounds grounds() {
    return steps.when().isAlways() ? Grounds.MEMBERSHIP : Grounds.MEMBERSHIP_IN_TIME;
  }

  /**
   * Returns how many POSSIBLY answers this query leaves out because it asks for definite ones
   * only: zero with {@link #includingPossible()}. When {@link #list()} is empty but this is
   * not, the sources do not settle the question for that day — often because the day lies
   * past their newest attestation ({@link Atlas#newestAttestation()}).
   */
  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : includingPossible().count() - count();
  }

  /** Returns the distinct parties of the answers, in party order. */
  public List<Party> parties() {
    List<Party> out = new ArrayList<>();
    int last = -1;
    // records are sorted by party, so a party's records are adjacent
    for (Hits h = hits(); h.next();) {
      int party = h.scan.partyNumber();
      if (party != last) {
        last = party;
        out.add(h.scan.party());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns one answer per party, in party order: the strongest certainty among the party's
   * memberships that match, resting on those memberships.
   */
  public List<Answer<Party>> partyAnswers() {
    List<Answer<Party>> out = new ArrayList<>();
    List<Fact> basis = new ArrayList<>();
    Certainty best = Certainty.NOT;
    Party last = null;
    for (Hits h = hits(); h.next();) {
      if (h.scan.party() != last && last != null) {
        out.add(atlas.answer(last, best, basis, grounds(), steps.when().window()));
        basis.clear();
        best = Certainty.NOT;
      }
      last = h.scan.party();
      basis.add(h.scan.membership());
      best = best.or(h.certainty);
    }
    if (last != null) {
      out.add(atlas.answer(last, best, basis, grounds(), steps.when().window()));
    }
    return List.copyOf(out);
  }

  /** Returns the number of answers. */
  public int count() {
    int n = 0;
    for (Hits h = hits(); h.next();) {
      n++;
    }
    return n;
  }

  private Hits hits() {
    boolean named = steps.namePeriod() != null;
    MembershipIndex.Scan scan = organization == null
        ? MembershipIndex.EMPTY.ofOrganization(id, When.ALWAYS, null, false)
        : atlas.memberships.ofOrganization(id, steps.when(), steps.roles(), steps.possible() || named);
    return new Hits(scan);
  }

  /**
   * The index's scan with this query's own conditions on top: states only, and the overlap
   * with the period of the name asked for.
   */
  private final class Hits {
    final MembershipIndex.Scan scan;
    Certainty certainty;

    Hits(MembershipIndex.Scan scan) {
      this.scan = scan;
    }

    boolean next() {
      Period namePeriod = steps.namePeriod();
      while (scan.next()) {
        if ((steps.statesOnly() && !scan.party().isState())
            || (steps.party() != null && !steps.party().equals(scan.party()))) {
          continue;
        }
        Certainty c = scan.certainty();
        if (namePeriod != null) {
          c = c.and(namePeriod.overlaps(scan.membership().period()));
          if (c == Certainty.NOT || (!steps.possible() && c != Certainty.DEFINITELY)) {
            continue;
          }
        }
        certainty = c;
        return true;
      }
      return false;
    }
  }

  /** Returns the query, as {@code members(OTS).asOf(2022-12-01).withRole(OBSERVER)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("members(").append(id).append(')');
    if (steps.party() != null) {
      b.append(".ofParty(").append(steps.party()).append(')');
    }
    b.append(steps.when());
    b.append(When.roleText(steps.roles()));
    if (steps.name() != null) {
      b.append(".underName(\"").append(steps.name()).append("\")");
    }
    if (steps.statesOnly()) {
      b.append(".onlyStates()");
    }
    if (steps.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
