package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A summit: a meeting of heads of state or government that a source calls a summit. Besides
 * what every {@link Gathering} has, its ordinal where known, whether it was formal, and whether
 * the record stands for several summits known only by their host ({@link #collective()}). Other
 * meetings (of ministers or officials, visits, conferences) are {@link Meeting}s. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Summit extends Gathering {

  /** Returns the summit's id. */
  public abstract SummitId id();

  /** Returns whether it was formal, informal, or unknown. */
  public abstract SummitFormat format();

  /**
   * Returns whether the record stands for several summits a source speaks of together by their
   * host ("the OTS Summits held in Uzbekistan"), without telling them apart or dating them. Such
   * a record has a host state, usually no date, and never an ordinal; no sentence joins it to
   * the dated summits, so it is not merged with them.
   */
  @Value.Default
  public boolean collective() {
    return false;
  }

  /**
   * Returns its own claims: organization, ordinal, a known format, whether it is collective,
   * date, host city and state, a known status, each party attending or absent, each delegate.
   * Its name is the curators' label, no claim; the claims of its outcomes are theirs ({@link
   * #parts()}).
   */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims().add(Attribute.ORGANIZATION, organization());
    if (format() != SummitFormat.UNKNOWN) {
      out.add(Attribute.FORMAT, format());
    }
    if (collective()) {
      out.add(Attribute.COLLECTIVE, true);
    }
    return sharedClaims(out).build();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.SUMMIT, id().value());
  }

  @Value.Check
  void check() {
    checkShared();
    if (collective() && (hostStates().isEmpty() || ordinal().isPresent())) {
      throw new IllegalArgumentException(ref() + " is collective: it needs a host state and no ordinal");
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

    /** Adds the date, if present. */
    public final Builder date(Optional<? extends PartialDate> date) {
      date.ifPresent(this::addDates);
      return this;
    }

    /** Adds a date. */
    public final Builder date(PartialDate date) {
      addDates(date);
      return this;
    }

    /** Adds a host city. */
    public final Builder hostCity(String city) {
      addHostCities(city);
      return this;
    }

    /** Adds a host state. */
    public final Builder hostState(StateId state) {
      addHostStates(state);
      return this;
    }

    /** Adds the host city, if present. */
    public final Builder hostCity(Optional<String> city) {
      city.ifPresent(this::addHostCities);
      return this;
    }

    /** Adds the host state, if present. */
    public final Builder hostState(Optional<StateId> state) {
      state.ifPresent(this::addHostStates);
      return this;
    }

    /** Adds a status some source reports; {@code UNKNOWN} adds nothing. */
    public final Builder status(SummitStatus status) {
      if (status != SummitStatus.UNKNOWN) {
        addStatuses(status);
      }
      return this;
    }
  }
}
