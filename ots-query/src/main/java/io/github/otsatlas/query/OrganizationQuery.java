package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Organizations, by kind and by member: with {@link #withMember(Party)}, the organizations
 * a party belongs to, filtered by day, role and kind; without it, every organization of the
 * kinds asked. Answers come in organization-id order.
 *
 * <pre>{@code
 * atlas.organizations().withMember(StateId.of("KAZ")).asOf(day).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();
 * }</pre>
 *
 * <p>Immutable and thread-safe. A time or role filter needs a member; each filter may be
 * set once.
 */
public final class OrganizationQuery implements Query<Organization> {
  private final Atlas atlas;
  private final Party member;
  private final When when;
  private final Role[] roles;
  private final EnumSet<OrganizationKind> kinds;
  private final boolean possible;

  OrganizationQuery(Atlas atlas) {
    this(atlas, null, When.ALWAYS, null, null, false);
  }

  private OrganizationQuery(Atlas atlas, Party member, When when, Role[] roles,
      EnumSet<OrganizationKind> kinds, boolean possible) {
    this.atlas = atlas;
    this.member = member;
    this.when = when;
    this.roles = roles;
    this.kinds = kinds;
    this.possible = possible;
  }

  /**
   * Keeps the organizations {@code party} belongs to.
   *
   * @throws IllegalArgumentException if the corpus has no such state or organization
   * @throws IllegalStateException if a member is already set
   */
  public OrganizationQuery withMember(Party party) {
    if (member != null) {
      throw new IllegalStateException(this + ": the member is already set");
    }
    atlas.requireParty(party);
    return new OrganizationQuery(atlas, party, when, roles, kinds, possible);
  }

  /**
   * Keeps the organizations the member belonged to on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public OrganizationQuery asOf(LocalDate day) {
    requireNoTime();
    return new OrganizationQuery(atlas, member, When.on(Objects.requireNonNull(day, "day")), roles, kinds, possible);
  }

  /**
   * Keeps the organizations the member belonged to on some day from {@code first} to
   * {@code last}, inclusive.
   */
  public OrganizationQuery during(LocalDate first, LocalDate last) {
    requireNoTime();
    return new OrganizationQuery(atlas, member, When.between(first, last), roles, kinds, possible);
  }

  /** Keeps the organizations in which the member held one of these roles. */
  public OrganizationQuery withRole(Role role, Role... more) {
    if (roles != null) {
      throw new IllegalStateException(this + ": the role filter is already set");
    }
    return new OrganizationQuery(atlas, member, when, EnumSet.of(role, more).toArray(new Role[0]), kinds, possible);
  }

  /** Keeps the organizations of the given kinds. */
  public OrganizationQuery ofKind(OrganizationKind kind, OrganizationKind... more) {
    if (kinds != null) {
      throw new IllegalStateException(this + ": the kind filter is already set");
    }
    return new OrganizationQuery(atlas, member, when, roles, EnumSet.of(kind, more), possible);
  }

  /** Adds the POSSIBLY answers to the DEFINITELY ones. */
  public OrganizationQuery includingPossible() {
    return new OrganizationQuery(atlas, member, when, roles, kinds, true);
  }

  /**
   * Returns the answers in organization-id order. With a member, each answer rests on the
   * member's matching memberships and has the strongest of their certainties.
   *
   * @throws IllegalStateException if a time or role filter is set without a member
   */
  @Override
  public List<Answer<Organization>> list() {
    List<Answer<Organization>> out = new ArrayList<>();
    if (member == null) {
      if (!when.isAlways() || roles != null) {
        throw new IllegalStateException(this + ": a time or role filter needs withMember(...)");
      }
      for (Organization o : atlas.corpus().organizations()) {
        if (kinds == null || kinds.contains(o.kind())) {
          out.add(Answer.of(o, Certainty.DEFINITELY, o,
              kinds == null ? Grounds.of(Attribute.NAME) : Grounds.of(Attribute.KIND)));
        }
      }
      return List.copyOf(out);
    }
    Grounds grounds = when.isAlways() ? Grounds.MEMBERSHIP : Grounds.MEMBERSHIP_IN_TIME;
    scan(true, (org, c, basis) -> out.add(atlas.answer(org, c, basis, grounds, when.window())));
    return List.copyOf(out);
  }

  @Override
  public int possibleLeftOut() {
    return possible || member == null ? 0 : includingPossible().organizations().size() - organizations().size();
  }

  /** Returns the organizations of the answers, in id order. */
  public List<Organization> organizations() {
    if (member == null) {
      return list().stream().map(Answer::subject).toList();
    }
    List<Organization> out = new ArrayList<>();
    scan(false, (org, c, basis) -> out.add(org));
    return List.copyOf(out);
  }

  /** Receives one organization of the answers, its certainty and (if asked) its basis. */
  private interface Found {
    void accept(Organization org, Certainty certainty, List<Fact> basis);
  }

  /** Scans the member's slice, sorted by organization, folding each run of records into one answer. */
  private void scan(boolean withBasis, Found found) {
    PartySlice slice = atlas.partySlice(member);
    List<Fact> basis = new ArrayList<>();
    Certainty[] best = {Certainty.NOT};
    Object[] last = {null};
    Runnable flush = () -> {
      Organization o = atlas.corpus().organization((OrganizationId) last[0]).orElseThrow();
      if (kinds == null || kinds.contains(o.kind())) {
        found.accept(o, best[0], withBasis ? List.copyOf(basis) : List.of());
      }
      basis.clear();
      best[0] = Certainty.NOT;
    };
    slice.scan(when, roles, possible, (i, c) -> {
      OrganizationId org = slice.store.organizationAt(i);
      if (org != last[0] && last[0] != null) {
        flush.run();
      }
      last[0] = org;
      if (withBasis) {
        basis.add(slice.store.memberships[i]);
      }
      best[0] = best[0].or(c);
    });
    if (last[0] != null) {
      flush.run();
    }
  }

  private void requireNoTime() {
    if (!when.isAlways()) {
      throw new IllegalStateException(this + ": the time filter is already set");
    }
  }

  /** Returns the query, as {@code organizations().withMember(KAZ).asOf(2024-01-01)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("organizations()");
    if (member != null) {
      b.append(".withMember(").append(member).append(')');
    }
    b.append(when);
    b.append(When.roleText(roles));
    if (kinds != null) {
      b.append(".ofKind(").append(String.join(", ", kinds.stream().map(Enum::name).toList())).append(')');
    }
    if (possible) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
