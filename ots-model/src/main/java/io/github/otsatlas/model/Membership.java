package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A party's role in an organization from a start to an end, how it ended, and what granted
 * it, where the sources say so. Its {@link #period()} joins the start and end with the days on
 * which its citations attest that it held ({@link Citation#asOf()}), and so never says more
 * than the sources. Every value is a claim that a citation supports: a membership has no
 * classified attributes. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership implements Fact {

  /** Returns the membership's id. */
  public abstract MembershipId id();

  /** Returns the member: a state or an organization. */
  public abstract Party party();

  /** Returns the organization. */
  public abstract OrganizationId organization();

  /**
   * Returns every role the sources claim, each once, in the curated order: one; several that
   * refine one another (a source that says "member" and another that says "founding member":
   * {@code MEMBER} and {@code FOUNDING_MEMBER}); or roles that sources dispute ({@code OBSERVER}
   * and {@code MEMBER}: see {@link #isRoleDisputed()}).
   */
  public abstract List<Role> roles();

  /**
   * Returns the role: the finest of the roles claimed ({@code FOUNDING_MEMBER} over {@code
   * MEMBER}), which satisfies every one of them. When sources dispute the role ({@link
   * #isRoleDisputed()}), it is the first role claimed, the record's curated order, and no more
   * certain than the others: every answer that depends on the role is then at most POSSIBLY.
   */
  public Role role() {
    Role finest = roles().get(0);
    for (Role r : roles()) {
      if (r.satisfies(finest)) {
        finest = r;
      }
    }
    return isRoleDisputed() ? roles().get(0) : finest;
  }

  /** Returns whether sources claim roles that do not refine one another (a disagreement). */
  public boolean isRoleDisputed() {
    for (Role a : roles()) {
      for (Role b : roles()) {
        if (!a.satisfies(b) && !b.satisfies(a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether some role the sources claim satisfies {@code wanted} ({@link Role#satisfies}). */
  public boolean mayHoldRole(Role wanted) {
    return roles().stream().anyMatch(r -> r.satisfies(wanted));
  }

  /**
   * Returns every start the sources claim, each once, in the curated order: none when they
   * leave it unknown, two or more when they give different starts (see {@link #start()}).
   */
  public abstract List<PartialDate> starts();

  /**
   * Returns the start the sources agree on: the one claimed, or the finest of several that are
   * compatible ({@code 2021} and {@code 2021-11} give {@code 2021-11}); empty when the sources
   * leave it unknown or claim starts that disagree ({@code 2019} and {@code 2020}: see {@link
   * #starts()} and {@code Corpus.disagreements()}).
   */
  public Optional<PartialDate> start() {
    return PartialDate.agreed(starts());
  }

  /** Returns the end: a date, {@code ongoing} (no source reports one) or {@code unknown}. */
  public abstract PeriodEnd end();

  /**
   * Returns the days over which the membership held: its start and end, and every attestation
   * of its citations.
   */
  @Value.Derived
  public Period period() {
    return Period.of(starts(), end(), citations().stream().flatMap(c -> c.asOf().stream()).toList());
  }

  /** Returns its claims: party, organization, role, and start, dated end, end reason and granting summit where known. */
  @Override
  public List<Claim> claims() {
    return Facts.claims().add(Attribute.PARTY, party().key()).add(Attribute.ORGANIZATION, organization())
        .addEach(Attribute.ROLE, roles()).addEach(Attribute.START, starts())
        .add(Attribute.END, end().date()).add(Attribute.END_REASON, endReason())
        .add(Attribute.GRANTED_AT, grantedAt()).build();
  }

  /** Returns no attribute: every value of a membership is cited. */
  @Override
  public final Set<Attribute> classified() {
    return Set.of();
  }

  /** Returns how the membership ended, where a source says so. */
  public abstract Optional<EndReason> endReason();

  /** Returns the summit that granted the membership, where a source says so. */
  public abstract Optional<SummitId> grantedAt();

  /** Returns a copy with another id. */
  public abstract Membership withId(MembershipId id);

  /** Returns a copy with another party. */
  public abstract Membership withParty(Party party);

  /** Returns a copy with another organization. */
  public abstract Membership withOrganization(OrganizationId organization);

  /** Returns a copy with one role. */
  public Membership withRole(Role role) {
    return withRoles(List.of(role));
  }

  /** Returns a copy with other roles. */
  public abstract Membership withRoles(Iterable<? extends Role> roles);

  /** Returns a copy with one start, or none when empty. */
  public Membership withStart(Optional<? extends PartialDate> start) {
    return withStarts(start.isPresent() ? List.of(start.get()) : List.of());
  }

  /** Returns a copy with other starts. */
  public abstract Membership withStarts(Iterable<? extends PartialDate> starts);

  /** Returns a copy with another end. */
  public abstract Membership withEnd(PeriodEnd end);

  /** Returns a copy with other citations. */
  public abstract Membership withCitations(Iterable<? extends Citation> citations);

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.MEMBERSHIP, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    if (roles().isEmpty()) {
      throw new IllegalArgumentException(ref() + " has no role");
    }
    Facts.requireDistinct(ref(), "role", roles());
    if (new java.util.HashSet<>(starts()).size() < starts().size()) {
      throw new IllegalArgumentException(ref() + " claims a start twice: " + starts());
    }
    if (endReason().isPresent() && end().kind() == PeriodEnd.Kind.ONGOING) {
      throw new IllegalArgumentException(ref() + " is ongoing but has an end reason");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /** Adds a role: call again for a role another source claims that refines it or that it refines. */
    public final Builder role(Role role) {
      addRoles(role);
      return this;
    }

    /** Adds the start, if present: the builder's form for a start that is known or unknown. */
    public final Builder start(Optional<? extends PartialDate> start) {
      start.ifPresent(this::addStarts);
      return this;
    }

    /** Adds a start: call once for an agreed start, again for each start another source claims. */
    public final Builder start(PartialDate start) {
      addStarts(start);
      return this;
    }
  }
}
