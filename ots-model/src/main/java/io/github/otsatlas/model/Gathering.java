package io.github.otsatlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link Summit} and a {@link Meeting} have in common: the organization that held it (if
 * any), its (partial) dates, its host, its status as of a day, its outcomes, who attended, who
 * did not, and the persons the sources name for them. The two kinds are different types so that
 * a list of summits is a list of summits; this class holds what they share, once. Only those two
 * extend it. Immutable and thread-safe.
 */
public abstract class Gathering implements Fact {

  Gathering() {}

  /** Returns the organization whose summit or meeting it is, if a source says so. */
  public abstract Optional<OrganizationId> organization();

  /** Returns its name: the curators' label, not a claim. */
  public abstract String name();

  /** Returns the ordinal ({@code 11} for the 11th summit, 2 for the second meeting), if a source gives it. */
  public abstract Optional<Integer> ordinal();

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
   * is reported as of a day ({@link #statusReports()}): it can be scheduled as of one day and
   * held as of a later one.
   */
  public abstract List<SummitStatus> statuses();

  /**
   * Returns every report of a status, one per citation, ordered by the day it is reported as
   * of (earliest first).
   */
  @Value.Lazy
  public List<StatusReport> statusReports() {
    List<StatusReport> out = new ArrayList<>();
    for (Citation c : citations()) {
      for (Claim claim : c.supports()) {
        if (claim.attribute() == Attribute.STATUS && c.asOf().isPresent()) {
          out.add(new StatusReport(SummitStatus.valueOf(claim.value()), c.asOf().get(), c));
        }
      }
    }
    out.sort(Comparator.comparing(StatusReport::asOf));
    return List.copyOf(out);
  }

  /**
   * Returns the latest report of a status as of a day on or before {@code day} (its attested
   * date's last day is not after it); empty when no source had reported a status by then.
   *
   * @param day the day, not null
   */
  public Optional<StatusReport> statusOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
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

  /** Returns the parties a source reports as attending (hosts that took part included). */
  public abstract List<Party> attendance();

  /** Returns the parties a source reports as not attending ("did not attend"). */
  public abstract List<Party> absence();

  /**
   * Returns the parties a source reports as invited; an invitation says nothing of whether they
   * came ({@link #attendance()} does).
   */
  public abstract List<Party> invited();

  /**
   * Returns the persons or offices the sources name for the parties that attended or stayed
   * away ("the president of Uzbekistan, Shavkat Mirziyoyev"); each delegate's party is in
   * {@link #attendance()} or {@link #absence()}.
   */
  public abstract List<Delegate> delegates();

  /**
   * Returns whether a source reports this party as attending: {@code true} when it is in {@link
   * #attendance()}, {@code false} when in {@link #absence()}, empty when no source says.
   *
   * @param party the party, not null
   */
  public Optional<Boolean> attended(Party party) {
    Objects.requireNonNull(party, "party");
    if (attendance().contains(party)) {
      return Optional.of(true);
    }
    return absence().contains(party) ? Optional.of(false) : Optional.empty();
  }

  /** Returns the delegates named for one party, in record order. */
  public List<Delegate> delegatesOf(Party party) {
    Objects.requireNonNull(party, "party");
    return delegates().stream().filter(d -> d.party().equals(party)).toList();
  }

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /** Returns its outcomes, which carry citations of their own. */
  @Override
  public List<Outcome> parts() {
    return outcomes();
  }

  /** Adds the claims every gathering has: date, host, status, attendance, absence, delegates. */
  final Facts.ClaimList sharedClaims(Facts.ClaimList out) {
    return out.add(Attribute.ORDINAL, ordinal()).addEach(Attribute.DATE, dates()).addEach(Attribute.HOST_CITY, hostCities())
        .addEach(Attribute.HOST_STATE, hostStates()).addEach(Attribute.STATUS, statuses())
        .addParties(Attribute.ATTENDANCE, attendance()).addParties(Attribute.ABSENCE, absence())
        .addParties(Attribute.INVITED, invited())
        .addEach(Attribute.DELEGATES, delegates().stream().map(Delegate::key).toList());
  }

  /** Checks what every gathering must satisfy. */
  final void checkShared() {
    Facts.requireCitations(this);
    Facts.requireText(ref(), "name", name());
    Facts.requireTexts(ref(), "hostCity", hostCities());
    Facts.requireDistinct(ref(), "date", dates());
    Facts.requireDistinct(ref(), "hostCity", hostCities());
    Facts.requireDistinct(ref(), "hostState", hostStates());
    Facts.requireDistinct(ref(), "status", statuses());
    Facts.requireDistinct(ref(), "attendance", attendance());
    Facts.requireDistinct(ref(), "absence", absence());
    Facts.requireDistinct(ref(), "invited", invited());
    if (ordinal().isPresent() && ordinal().get() < 1) {
      throw new IllegalArgumentException(ref() + " has ordinal " + ordinal().get() + ": expected 1 or more");
    }
    Facts.requireDistinct(ref(), "delegates", delegates().stream().map(Delegate::key).toList());
    if (statuses().contains(SummitStatus.UNKNOWN)) {
      throw new IllegalArgumentException(ref() + ": UNKNOWN is no status a source reports: leave it out");
    }
    for (Party p : absence()) {
      if (attendance().contains(p)) {
        throw new IllegalArgumentException(ref() + ": " + p.key()
            + " is listed as attending and as absent: keep the one its sources say, or split the record");
      }
    }
    for (Delegate d : delegates()) {
      if (!attendance().contains(d.party()) && !absence().contains(d.party())) {
        throw new IllegalArgumentException(ref() + ": delegate '" + d.key() + "' speaks for "
            + d.party().key() + ", which is neither in 'attendance' nor in 'absence'");
      }
    }
  }
}
