package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A summit or meeting: the organization that held it (if any), its ordinal where known,
 * whether it was formal, its (partial) date, its host, its status as of its source, its
 * outcomes and the attendance reported. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Summit implements Fact {

  /** Returns the summit's id. */
  public abstract SummitId id();

  /** Returns the organization whose summit it is, if any. */
  public abstract Optional<OrganizationId> organization();

  /** Returns the summit's name: the curators' label, not a claim. */
  public abstract String name();

  /** Returns the ordinal ({@code 11} for the 11th summit), if a source gives it. */
  public abstract Optional<Integer> ordinal();

  /** Returns whether it was formal, informal, or unknown. */
  public abstract SummitFormat format();

  /** Returns the date at the precision known, or empty if unknown. */
  public abstract Optional<PartialDate> date();

  /** Returns the host city, if known. */
  public abstract Optional<String> hostCity();

  /** Returns the host state, if known. */
  public abstract Optional<StateId> hostState();

  /** Returns the status as of the cited source. */
  public abstract SummitStatus status();

  /** Returns the outcomes reported. */
  public abstract List<Outcome> outcomes();

  /** Returns the parties reported as attending. */
  public abstract List<Party> attendance();

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /**
   * Returns its own claims: organization, ordinal, a known format, date, host city and state, a
   * known status, each party attending. Its name is the curators' label, no claim; the claims
   * of its outcomes are theirs ({@link #parts()}).
   */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims().add(Attribute.ORGANIZATION, organization())
        .add(Attribute.ORDINAL, ordinal());
    if (format() != SummitFormat.UNKNOWN) {
      out.add(Attribute.FORMAT, format());
    }
    out.add(Attribute.DATE, date()).add(Attribute.HOST_CITY, hostCity())
        .add(Attribute.HOST_STATE, hostState());
    if (status() != SummitStatus.UNKNOWN) {
      out.add(Attribute.STATUS, status());
    }
    return out.addParties(Attribute.ATTENDANCE, attendance()).build();
  }

  /** Returns its outcomes, which carry citations of their own. */
  @Override
  public List<Outcome> parts() {
    return outcomes();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.SUMMIT, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    Facts.requireText(ref(), "name", name());
    hostCity().ifPresent(c -> Facts.requireText(ref(), "hostCity", c));
    if (ordinal().isPresent() && ordinal().get() < 1) {
      throw new IllegalArgumentException(ref() + " has ordinal " + ordinal().get() + ": expected 1 or more");
    }
  }

  /** Returns a copy with other citations. */
  public abstract Summit withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Summit}. */
  public static final class Builder extends ImmutableSummit.Builder {
    Builder() {}
  }
}
