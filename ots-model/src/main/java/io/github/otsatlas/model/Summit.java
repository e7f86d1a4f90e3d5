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

  /**
   * Returns every date the sources claim, each once: none when unknown, two or more when they
   * give different dates (see {@link #date()}).
   */
  public abstract List<PartialDate> dates();

  /**
   * Returns the date the sources agree on, at the finest precision they give ({@link
   * PartialDate#agreed}); empty when unknown or when they claim dates that disagree.
   */
  public Optional<PartialDate> date() {
    return PartialDate.agreed(dates());
  }

  /** Returns every host city the sources claim, each once (two or more when they disagree). */
  public abstract List<String> hostCities();

  /** Returns the host city, when exactly one is claimed; empty when unknown or disputed. */
  public Optional<String> hostCity() {
    return Facts.agreed(hostCities());
  }

  /** Returns every host state the sources claim, each once (two or more when they disagree). */
  public abstract List<StateId> hostStates();

  /** Returns the host state, when exactly one is claimed; empty when unknown or disputed. */
  public Optional<StateId> hostState() {
    return Facts.agreed(hostStates());
  }

  /**
   * Returns every status the sources report, each once; empty when they report none. A status
   * is reported as of a day ({@link #statusReports()}): a summit can be scheduled as of one day
   * and held as of a later one.
   */
  public abstract List<SummitStatus> statuses();

  /**
   * Returns every report of a status, one per citation, ordered by the day it is reported as
   * of (earliest first).
   */
  @Value.Lazy
  public List<StatusReport> statusReports() {
    List<StatusReport> out = new java.util.ArrayList<>();
    for (Citation c : citations()) {
      for (Claim claim : c.supports()) {
        if (claim.attribute() == Attribute.STATUS && c.asOf().isPresent()) {
          out.add(new StatusReport(SummitStatus.valueOf(claim.value()), c.asOf().get(), c));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(StatusReport::asOf));
    return List.copyOf(out);
  }

  /**
   * Returns the latest report of a status as of a day on or before {@code day} (its attested
   * date's last day is not after it); empty when no source had reported a status by then.
   *
   * @param day the day, not null
   */
  public Optional<StatusReport> statusOn(java.time.LocalDate day) {
    java.util.Objects.requireNonNull(day, "day");
    StatusReport last = null;
    for (StatusReport r : statusReports()) {
      if (!r.asOf().latest().isAfter(day)) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Returns the status of the latest report ({@link #statusReports()}), or {@code UNKNOWN} when
   * no source reports one.
   */
  public SummitStatus status() {
    List<StatusReport> reports = statusReports();
    return reports.isEmpty() ? SummitStatus.UNKNOWN : reports.get(reports.size() - 1).status();
  }

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
    out.addEach(Attribute.DATE, dates()).addEach(Attribute.HOST_CITY, hostCities())
        .addEach(Attribute.HOST_STATE, hostStates()).addEach(Attribute.STATUS, statuses());
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
    Facts.requireTexts(ref(), "hostCity", hostCities());
    Facts.requireDistinct(ref(), "date", dates());
    Facts.requireDistinct(ref(), "hostCity", hostCities());
    Facts.requireDistinct(ref(), "hostState", hostStates());
    Facts.requireDistinct(ref(), "status", statuses());
    if (statuses().contains(SummitStatus.UNKNOWN)) {
      throw new IllegalArgumentException(ref() + ": UNKNOWN is no status a source reports: leave it out");
    }
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
