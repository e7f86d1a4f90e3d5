package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's role in an organization over a {@link Period}, how it ended, and what granted
 * it, where the sources say so. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership implements Fact {

  /** Returns the membership's id. */
  public abstract MembershipId id();

  /** Returns the member: a state or an organization. */
  public abstract Party party();

  /** Returns the organization. */
  public abstract OrganizationId organization();

  /** Returns the role. */
  public abstract Role role();

  /** Returns the days over which the membership held. */
  public abstract Period period();

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

  /** Returns a copy with another role. */
  public abstract Membership withRole(Role role);

  /** Returns a copy with another period. */
  public abstract Membership withPeriod(Period period);

  /** Returns a copy with other citations. */
  public abstract Membership withCitations(Iterable<? extends Citation> citations);

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.MEMBERSHIP, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    if (endReason().isPresent() && period().isOngoing()) {
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
  }
}
