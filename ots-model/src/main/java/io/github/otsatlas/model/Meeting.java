package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting that is not a summit: of ministers or officials, a visit, a conference, a
 * roundtable. It has what every {@link Gathering} has, and its kind. {@code summits()} never
 * returns one: a list of summits is a list of summits. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting extends Gathering {

  /** Returns the meeting's id. */
  public abstract MeetingId id();

  /** Returns what kind of meeting it is, or {@code UNKNOWN} when no source says. */
  public abstract MeetingKind kind();

  /**
   * Returns its own claims: organization, a known kind, date, host city and state, a known
   * status, each party attending or absent, each delegate. Its name is the curators' label, no
   * claim; the claims of its outcomes are theirs ({@link #parts()}).
   */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims().add(Attribute.ORGANIZATION, organization());
    if (kind() != MeetingKind.UNKNOWN) {
      out.add(Attribute.KIND, kind());
    }
    return sharedClaims(out).build();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.MEETING, id().value());
  }

  @Value.Check
  void check() {
    checkShared();
  }

  /** Returns a copy with other citations. */
  public abstract Meeting withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {
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

    /** Adds a status some source reports; {@code UNKNOWN} adds nothing. */
    public final Builder status(SummitStatus status) {
      if (status != SummitStatus.UNKNOWN) {
        addStatuses(status);
      }
      return this;
    }
  }
}
