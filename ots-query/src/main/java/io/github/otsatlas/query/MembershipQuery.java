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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * returns a new query. A time filter, a role filter or a name may each be set once: setting
 * one twice fails, rather than silently replacing the first.
 */
public final class MembershipQuery implements Query<Membership> {
  private final Atlas atlas;
  private final OrganizationId id;
  // null when the atlas has no such organization: the query then has no answers
  private final Organization organization;
  private final When when;
  private final Role[] roles;
  private final boolean possible;
  private final boolean statesOnly;
  // the recorded name asked for, and the period in which it was borne (null for an alias)
  private final String name;
  private final Period namePeriod;

  MembershipQuery(Atlas atlas, OrganizationId id, Organization organization) {
    this(atlas, id, organization, When.ALWAYS, null, false, false, null, null);
  }

  private MembershipQuery(Atlas atlas, OrganizationId id, Organization organization, When when,
      Role[] roles, boolean possible, boolean statesOnly, String name, Period namePeriod) {
    this.atlas = atlas;
    this.id = id;
    this.organization = organization;
    this.when = when;
    this.roles = roles;
    this.possible = possible;
    this.statesOnly = statesOnly;
    this.name = name;
    this.namePeriod = namePeriod;
  }

  /**
   * Keeps the memberships that held on {@code day}.
   *
   * @param day the day, not null
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery asOf(LocalDate day) {
    requireNoTime();
    return new MembershipQuery(atlas, id, organization, When.on(Objects.requireNonNull(day, "day")),
        roles, possible, statesOnly, name, namePeriod);
  }

  /**
   * Keeps the memberships that held on some day from {@code first} to {@code last}, both
   * inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public MembershipQuery during(LocalDate first, LocalDate last) {
    requireNoTime();
    return new MembershipQuery(atlas, id, organization, When.between(first, last), roles, possible,
        statesOnly, name, namePeriod);
  }

  /**
   * Keeps the memberships in one of the given roles. {@link Role#MEMBER} also matches
   * {@link Role#FOUNDING_MEMBER}, since founders are full members.
   *
   * @throws IllegalStateException if a role filter is already set
   */
  public MembershipQuery withRole(Role role, Role... more) {
    if (roles != null) {
      throw new IllegalStateException(this + ": the role filter is already set");
    }
    EnumSet<Role> set = EnumSet.of(role, more);
    return new MembershipQuery(atlas, id, organization, when, set.toArray(new Role[0]), possible,
        statesOnly, name, namePeriod);
  }

  /** Adds the POSSIBLY answers to the DEFINITELY ones. */
  public MembershipQuery includingPossible() {
    return new MembershipQuery(atlas, id, organization, when, roles, true, statesOnly, name, namePeriod);
  }

  /** Keeps the memberships of states, leaving out organizations that are members. */
  public MembershipQuery onlyStates() {
    return new MembershipQuery(atlas, id, organization, when, roles, possible, true, name, namePeriod);
  }

  /**
   * Keeps the memberships that held while the organization bore {@code name}, compared folded
   * as {@link Atlas#lookup(String)} does. For one of its dated names the certainty is that of
   * the overlap: the Cooperation Council of Turkic Speaking States had the OTS's members of before the rename. An
   * alias is undated, so it keeps every membership ({@code underName("OTS")}).
   *
   * @throws IllegalArgumentException if the organization never bore that name nor has it as an
   *     alias (an organization absent from the atlas accepts any name and has no answers)
   * @throws IllegalStateException if a name is already set
   */
  public MembershipQuery underName(String name) {
    if (this.name != null) {
      throw new IllegalStateException(this + ": the name is already set");
    }
    Objects.requireNonNull(name, "name");
    if (organization == null) {
      return this;
    }
    String folded = NameIndex.fold(name);
    for (OrganizationName n : organization.names()) {
      if (NameIndex.fold(n.name()).equals(folded)) {
        return new MembershipQuery(atlas, id, organization, when, roles, possible, statesOnly, n.name(),
            organization.namePeriods().get(n));
      }
    }
    for (String alias : organization.aliases()) {
      if (NameIndex.fold(alias).equals(folded)) {
        return new MembershipQuery(atlas, id, organization, when, roles, possible, statesOnly, alias, null);
      }
    }
    throw new IllegalArgumentException(organization.id() + " never bore the name '" + name
        + "'; its names: " + organization.names().stream().map(OrganizationName::name).toList()
        + ", its aliases: " + organization.aliases());
  }

  /** Returns the answers: each membership with its certainty, in party order. */
  @Override
  public List<Answer<Membership>> list() {
    Slice slice = slice();
    List<Answer<Membership>> out = new ArrayList<>();
    Grounds grounds = grounds();
    scan(slice, (i, c) -> out.add(atlas.answer(slice.memberships[i], c, List.of(slice.memberships[i]),
        grounds, when.window())));
    return List.copyOf(out);
  }

  /** The claims an answer rests on: who, where and in which role; and when, for a time filter. */
  private Grounds grounds() {
    return when.isAlways() ? Grounds.MEMBERSHIP : Grounds.MEMBERSHIP_IN_TIME;
  }

  /**
   * Returns how many POSSIBLY answers this query leaves out because it asks for definite ones
   * only: zero with {@link #includingPossible()}. When {@link #list()} is empty but this is
   * not, the sources do not settle the question for that day — often because the day lies
   * past their newest attestation ({@link Atlas#newestAttestation()}).
   */
  @Override
  public int possibleLeftOut() {
    return possible ? 0 : includingPossible().count() - count();
  }

  /** Returns the distinct parties of the answers, in party order. */
  public List<Party> parties() {
    Slice slice = slice();
    List<Party> out = new ArrayList<>();
    Object[] last = {null};
    // a slice is sorted by party, so a party's records are adjacent
    scan(slice, (i, c) -> {
      if (slice.keys[i] != last[0]) {
        last[0] = slice.keys[i];
        out.add((Party) slice.keys[i]);
      }
    });
    return List.copyOf(out);
  }

  /**
   * Returns one answer per party, in party order: the strongest certainty among the party's
   * memberships that match, resting on those memberships.
   */
  public List<Answer<Party>> partyAnswers() {
    Slice slice = slice();
    List<Answer<Party>> out = new ArrayList<>();
    List<Fact> basis = new ArrayList<>();
    Certainty[] best = {Certainty.NOT};
    Object[] last = {null};
    scan(slice, (i, c) -> {
      if (slice.keys[i] != last[0] && last[0] != null) {
        out.add(atlas.answer((Party) last[0], best[0], basis, grounds(), when.window()));
        basis.clear();
        best[0] = Certainty.NOT;
      }
      last[0] = slice.keys[i];
      basis.add(slice.memberships[i]);
      best[0] = best[0].or(c);
    });
    if (last[0] != null) {
      out.add(atlas.answer((Party) last[0], best[0], basis, grounds(), when.window()));
    }
    return List.copyOf(out);
  }

  /** Returns the number of answers. */
  public int count() {
    int[] n = {0};
    scan(slice(), (i, c) -> n[0]++);
    return n[0];
  }

  private Slice slice() {
    return organization == null ? Slice.EMPTY : atlas.slice(id);
  }

  private void scan(Slice slice, Slice.Hit hit) {
    slice.scan(when, roles, possible || namePeriod != null, (i, c) -> {
      if (statesOnly && !((Party) slice.keys[i]).isState()) {
        return;
      }
      Certainty certainty = c;
      if (namePeriod != null) {
        certainty = certainty.and(namePeriod.overlaps(slice.memberships[i].period()));
        if (certainty == Certainty.NOT || (!possible && certainty != Certainty.DEFINITELY)) {
          return;
        }
      }
      hit.accept(i, certainty);
    });
  }

  private void requireNoTime() {
    if (!when.isAlways()) {
      throw new IllegalStateException(this + ": the time filter is already set");
    }
  }

  /** Returns the query, as {@code members(OTS).asOf(2022-12-01).withRole(OBSERVER)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("members(").append(id).append(')').append(when);
    b.append(When.roleText(roles));
    if (name != null) {
      b.append(".underName(\"").append(name).append("\")");
    }
    if (statesOnly) {
      b.append(".onlyStates()");
    }
    if (possible) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
