package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Summits and meetings filtered by organization, host state or city, date range, ordinal,
 * format and status. Answers come in date order (earliest possible day, then latest;
 * undated last), then by id.
 *
 * <pre>{@code
 * atlas.summits().of(OrganizationId.of("OTS")).hostedIn(StateId.of("UZB")).list();
 * }</pre>
 *
 * <p>A date range compares partial dates without rounding: a summit dated "2021-11" is
 * DEFINITELY within 2021, POSSIBLY within 1–15 November 2021, and an undated summit is
 * POSSIBLY within any range. Only DEFINITELY answers are returned unless {@link
 * #includingPossible()} is asked. Immutable and thread-safe; each filter may be set once.
 */
public final class SummitQuery implements Query<Summit> {
  private final Atlas atlas;
  private final OrganizationId organization;
  private final StateId host;
  private final String city;
  private final LocalDate first;
  private final LocalDate last;
  private final Integer ordinal;
  private final SummitFormat format;
  private final SummitStatus status;
  private final boolean possible;

  SummitQuery(Atlas atlas) {
    this(atlas, null, null, null, null, null, null, null, null, false);
  }

  private SummitQuery(Atlas atlas, OrganizationId organization, StateId host, String city,
      LocalDate first, LocalDate last, Integer ordinal, SummitFormat format, SummitStatus status,
      boolean possible) {
    this.atlas = atlas;
    this.organization = organization;
    this.host = host;
    this.city = city;
    this.first = first;
    this.last = last;
    this.ordinal = ordinal;
    this.format = format;
    this.status = status;
    this.possible = possible;
  }

  /** Keeps the summits of the organization. */
  public SummitQuery of(OrganizationId organization) {
    once(this.organization, "organization");
    Objects.requireNonNull(organization, "organization");
    return new SummitQuery(atlas, organization, host, city, first, last, ordinal, format, status, possible);
  }

  /**
   * Keeps the summits hosted by the state: DEFINITELY where it is the one host the sources
   * claim, POSSIBLY where they dispute the host. A state absent from the atlas gives no answers.
   */
  public SummitQuery hostedIn(StateId state) {
    once(host, "host state");
    atlas.requireParty(state);
    return new SummitQuery(atlas, organization, state, city, first, last, ordinal, format, status, possible);
  }

  /**
   * Keeps the summits held in the city (compared ignoring case): DEFINITELY where it is the one
   * city the sources claim, POSSIBLY where they dispute it.
   */
  public SummitQuery inCity(String city) {
    once(this.city, "city");
    return new SummitQuery(atlas, organization, host, Objects.requireNonNull(city, "city"), first, last, ordinal, format, status, possible);
  }

  /** Keeps the summits held from {@code first} to {@code last}, both inclusive. */
  public SummitQuery between(LocalDate first, LocalDate last) {
    once(this.first, "date range");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range ends (" + last + ") before it starts (" + first + ")");
    }
    return new SummitQuery(atlas, organization, host, city, first, last, ordinal, format, status, possible);
  }

  /** Keeps the summit with this ordinal (11 for the 11th). */
  public SummitQuery withOrdinal(int ordinal) {
    once(this.ordinal, "ordinal");
    return new SummitQuery(atlas, organization, host, city, first, last, ordinal, format, status, possible);
  }

  /** Keeps the summits of this format. */
  public SummitQuery withFormat(SummitFormat format) {
    once(this.format, "format");
    return new SummitQuery(atlas, organization, host, city, first, last, ordinal, Objects.requireNonNull(format), status, possible);
  }

  /**
   * Keeps the summits of this status as of their latest report ({@link Summit#status()}); each
   * report's day is in {@link Summit#statusReports()}.
   */
  public SummitQuery withStatus(SummitStatus status) {
    once(this.status, "status");
    return new SummitQuery(atlas, organization, host, city, first, last, ordinal, format, Objects.requireNonNull(status), possible);
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the range). */
  public SummitQuery includingPossible() {
    return new SummitQuery(atlas, organization, host, city, first, last, ordinal, format, status, true);
  }

  /** Returns the answers in date order. */
  @Override
  public List<Answer<Summit>> list() {
    List<Summit> start = atlas.summitsByDate;
    if (organization != null) {
      start = atlas.summitsByOrganization.getOrDefault(organization, List.of());
    }
    if (host != null) {
      List<Summit> byHost = atlas.summitsByHost.getOrDefault(host, List.of());
      start = byHost.size() < start.size() ? byHost : start;
    }
    List<Answer<Summit>> out = new ArrayList<>();
    for (Summit s : start) {
      if ((organization != null && !s.organization().equals(Optional.of(organization)))
          || (host != null && !s.hostStates().contains(host))
          || (city != null && s.hostCities().stream().noneMatch(c -> c.equalsIgnoreCase(city)))
          || (ordinal != null && !s.ordinal().equals(Optional.of(ordinal)))
          || (format != null && s.format() != format)
          || (status != null && s.status() != status)) {
        continue;
      }
      Certainty c = within(s.dates());
      if ((host != null && s.hostStates().size() > 1) || (city != null && s.hostCities().size() > 1)) {
        c = c.and(Certainty.POSSIBLY);
      }
      if (c == Certainty.DEFINITELY || (possible && c == Certainty.POSSIBLY)) {
        out.add(atlas.answer(s, c, List.of(s), grounds(),
            first == null ? null : com.google.common.collect.Range.closed(first, last)));
      }
    }
    return List.copyOf(out);
  }

  /** The claims the answers rest on: those of the attributes the query selects by. */
  private Grounds grounds() {
    java.util.EnumSet<Attribute> on = java.util.EnumSet.noneOf(Attribute.class);
    if (organization != null) {
      on.add(Attribute.ORGANIZATION);
    }
    if (host != null) {
      on.add(Attribute.HOST_STATE);
    }
    if (city != null) {
      on.add(Attribute.HOST_CITY);
    }
    if (first != null) {
      on.add(Attribute.DATE);
    }
    if (ordinal != null) {
      on.add(Attribute.ORDINAL);
    }
    if (format != null) {
      on.add(Attribute.FORMAT);
    }
    if (status != null) {
      on.add(Attribute.STATUS);
    }
    return on.isEmpty() ? Grounds.ALL : new Grounds(on, false);
  }

  @Override
  public int possibleLeftOut() {
    return possible ? 0 : includingPossible().list().size() - list().size();
  }

  /** Returns the summits of the answers, in date order. */
  public List<Summit> summits() {
    return list().stream().map(Answer::subject).toList();
  }

  /**
   * Whether the summit was held within the range: over every day of every date claimed
   * (disputed dates are alternatives, so the answer is DEFINITELY only if all fall inside).
   */
  private Certainty within(List<PartialDate> dates) {
    if (first == null) {
      return Certainty.DEFINITELY;
    }
    if (dates.isEmpty()) {
      return Certainty.POSSIBLY;
    }
    boolean all = true;
    boolean any = false;
    for (PartialDate d : dates) {
      boolean out = d.latest().isBefore(first) || d.earliest().isAfter(last);
      boolean in = !d.earliest().isBefore(first) && !d.latest().isAfter(last);
      all &= in;
      any |= !out;
    }
    return all ? Certainty.DEFINITELY : any ? Certainty.POSSIBLY : Certainty.NOT;
  }

  private void once(Object current, String what) {
    if (current != null) {
      throw new IllegalStateException(this + ": the " + what + " is already set");
    }
  }

  /** Returns the query, as {@code summits().of(OTS).hostedIn(UZB)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("summits()");
    if (organization != null) {
      b.append(".of(").append(organization).append(')');
    }
    if (host != null) {
      b.append(".hostedIn(").append(host).append(')');
    }
    if (city != null) {
      b.append(".inCity(\"").append(city).append("\")");
    }
    if (first != null) {
      b.append(".between(").append(first).append(", ").append(last).append(')');
    }
    if (ordinal != null) {
      b.append(".withOrdinal(").append(ordinal).append(')');
    }
    if (format != null) {
      b.append(".withFormat(").append(format).append(')');
    }
    if (status != null) {
      b.append(".withStatus(").append(status).append(')');
    }
    if (possible) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
