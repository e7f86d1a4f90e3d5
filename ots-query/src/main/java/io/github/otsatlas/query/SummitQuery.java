package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Summits and meetings filtered by organization, host state or city, days, ordinal, format,
 * status, attendance and outcome. Answers come in date order (earliest possible day, then
 * latest; undated last), then by id.
 *
 * <pre>{@code
 * atlas.summits().of(OrganizationId.of("OTS")).hostedIn(StateId.of("UZB")).list();
 * atlas.summits().of(OTS).during(Year.of(2024)).includingPossible().list();
 * }</pre>
 *
 * <p>A time step compares partial dates without rounding: a summit dated "2021-11" is
 * DEFINITELY held during 2021, POSSIBLY during 1–15 November 2021, and an undated summit is
 * POSSIBLY held during any days. Only DEFINITELY answers are returned unless {@link
 * #includingPossible()} is asked.
 *
 * <p>Steps, as in every query type: a step that sets a value (the organization, host, city,
 * time, ordinal, format, status, outcome kind) may be given once, a second call throws
 * {@link IllegalStateException}; {@code attendedBy} adds up (every party must attend);
 * {@code includingPossible()} is idempotent. Immutable and thread-safe.
 */
public final class SummitQuery implements Query<Summit> {
  private final Atlas atlas;
  private final Steps steps;

  /** The whole state of a query, copied with one change by each step. */
  private record Steps(OrganizationId organization, StateId host, String city, When when,
      Integer ordinal, SummitFormat format, SummitStatus status, OutcomeKind outcome,
      Chain<Party> attendees, boolean possible) {
    Steps withOrganization(OrganizationId o) {
      return new Steps(o, host, city, when, ordinal, format, status, outcome, attendees, possible);
    }

    Steps withHost(StateId h) {
      return new Steps(organization, h, city, when, ordinal, format, status, outcome, attendees, possible);
    }

    Steps withCity(String c) {
      return new Steps(organization, host, c, when, ordinal, format, status, outcome, attendees, possible);
    }

    Steps withWhen(When w) {
      return new Steps(organization, host, city, w, ordinal, format, status, outcome, attendees, possible);
    }

    Steps withOrdinal(Integer o) {
      return new Steps(organization, host, city, when, o, format, status, outcome, attendees, possible);
    }

    Steps withFormat(SummitFormat f) {
      return new Steps(organization, host, city, when, ordinal, f, status, outcome, attendees, possible);
    }

    Steps withStatus(SummitStatus s) {
      return new Steps(organization, host, city, when, ordinal, format, s, outcome, attendees, possible);
    }

    Steps withOutcome(OutcomeKind k) {
      return new Steps(organization, host, city, when, ordinal, format, status, k, attendees, possible);
    }

    Steps withAttendee(Party p) {
      return new Steps(organization, host, city, when, ordinal, format, status, outcome, attendees.plus(p), possible);
    }

    Steps withPossible() {
      return new Steps(organization, host, city, when, ordinal, format, status, outcome, attendees, true);
    }
  }

  SummitQuery(Atlas atlas) {
    this(atlas, new Steps(null, null, null, When.ALWAYS, null, null, null, null, Chain.empty(), false));
  }

  private SummitQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  /**
   * Keeps the summits of the organization.
   *
   * @throws IllegalStateException if an organization is already set
   */
  public SummitQuery of(OrganizationId organization) {
    once(steps.organization(), "organization");
    return new SummitQuery(atlas, steps.withOrganization(Objects.requireNonNull(organization, "organization")));
  }

  /**
   * Keeps the summits hosted by the state: DEFINITELY where it is the one host the sources
   * claim, POSSIBLY where they dispute the host. A state absent from the atlas gives no answers.
   *
   * @throws IllegalStateException if a host state is already set
   */
  public SummitQuery hostedIn(StateId state) {
    once(steps.host(), "host state");
    atlas.requireParty(state);
    return new SummitQuery(atlas, steps.withHost(state));
  }

  /**
   * Keeps the summits held in the city (compared folded, as look-up by name does): DEFINITELY
   * where it is the one city the sources claim, POSSIBLY where they dispute it.
   *
   * @throws IllegalStateException if a city is already set
   */
  public SummitQuery inCity(String city) {
    once(steps.city(), "city");
    return new SummitQuery(atlas, steps.withCity(Objects.requireNonNull(city, "city")));
  }

  /**
   * Keeps the summits held on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public SummitQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the summits held from {@code first} to {@code last}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public SummitQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps the summits held on a day that the partial date allows (a year, a month or a day).
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public SummitQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps the summits held during the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public SummitQuery during(Year year) {
    return time(When.during(PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps the summits held during the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public SummitQuery during(YearMonth month) {
    return time(When.during(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
  }

  private SummitQuery time(When when) {
    return new SummitQuery(atlas, steps.withWhen(when.replacing(steps.when(), this)));
  }

  /**
   * Keeps the summit with this ordinal (11 for the 11th).
   *
   * @throws IllegalStateException if an ordinal is already set
   */
  public SummitQuery withOrdinal(int ordinal) {
    once(steps.ordinal(), "ordinal");
    return new SummitQuery(atlas, steps.withOrdinal(ordinal));
  }

  /**
   * Keeps the summits of this format.
   *
   * @throws IllegalStateException if a format is already set
   */
  public SummitQuery withFormat(SummitFormat format) {
    once(steps.format(), "format");
    return new SummitQuery(atlas, steps.withFormat(Objects.requireNonNull(format, "format")));
  }

  /**
   * Keeps the summits of this status as of their latest report ({@link Summit#status()}); each
   * report's day is in {@link Summit#statusReports()}.
   *
   * @throws IllegalStateException if a status is already set
   */
  public SummitQuery withStatus(SummitStatus status) {
    once(steps.status(), "status");
    return new SummitQuery(atlas, steps.withStatus(Objects.requireNonNull(status, "status")));
  }

  /**
   * Keeps the summits a source reports attended by the party ({@link Summit#attendance()});
   * repeated, every party must attend. The answers' evidence gives the attendance quotations,
   * those that name the party first.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  public SummitQuery attendedBy(Party party) {
    atlas.requireParty(party);
    return new SummitQuery(atlas, steps.withAttendee(party));
  }

  /**
   * Keeps the summits with an outcome of this kind (which summit granted a status, adopted a
   * declaration); the answers' evidence gives the outcomes' quotations.
   *
   * @throws IllegalStateException if an outcome kind is already set
   */
  public SummitQuery withOutcome(OutcomeKind kind) {
    once(steps.outcome(), "outcome kind");
    return new SummitQuery(atlas, steps.withOutcome(Objects.requireNonNull(kind, "kind")));
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the days asked, disputed hosts). */
  public SummitQuery includingPossible() {
    return new SummitQuery(atlas, steps.withPossible());
  }

  /** Returns the answers in date order. */
  @Override
  public List<Answer<Summit>> list() {
    return answers(steps.possible());
  }

  private List<Answer<Summit>> answers(boolean possible) {
    Steps q = steps;
    List<Summit> start = atlas.summitsByDate;
    if (q.organization() != null) {
      start = atlas.summitsByOrganization.getOrDefault(q.organization(), List.of());
    }
    if (q.host() != null) {
      List<Summit> byHost = atlas.summitsByHost.getOrDefault(q.host(), List.of());
      start = byHost.size() < start.size() ? byHost : start;
    }
    String city = q.city() == null ? null : NameIndex.fold(q.city());
    List<Party> attendees = q.attendees().toList();
    Grounds grounds = grounds();
    List<Answer<Summit>> out = new ArrayList<>();
    for (Summit s : start) {
      if ((q.organization() != null && !s.organization().equals(Optional.of(q.organization())))
          || (q.host() != null && !s.hostStates().contains(q.host()))
          || (city != null && s.hostCities().stream().noneMatch(c -> NameIndex.fold(c).equals(city)))
          || (q.ordinal() != null && !s.ordinal().equals(Optional.of(q.ordinal())))
          || (q.format() != null && s.format() != q.format())
          || (q.status() != null && s.status() != q.status())
          || (q.outcome() != null && s.outcomes().stream().map(Outcome::kind).noneMatch(q.outcome()::equals))
          || !s.attendance().containsAll(attendees)) {
        continue;
      }
      Certainty c = within(s.dates());
      if ((q.host() != null && s.hostStates().size() > 1) || (city != null && s.hostCities().size() > 1)) {
        c = c.and(Certainty.POSSIBLY);
      }
      if (c == Certainty.DEFINITELY || (possible && c == Certainty.POSSIBLY)) {
        out.add(atlas.answer(s, c, List.of(s), grounds, q.when().window()));
      }
    }
    return List.copyOf(out);
  }

  /** The claims the answers rest on: those of the attributes the query selects by. */
  private Grounds grounds() {
    Steps q = steps;
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    List<String> mentions = new ArrayList<>();
    if (q.organization() != null) {
      on.add(Attribute.ORGANIZATION);
    }
    if (q.host() != null) {
      on.add(Attribute.HOST_STATE);
      mentions.addAll(atlas.namesOf(q.host()));
    }
    if (q.city() != null) {
      on.add(Attribute.HOST_CITY);
      mentions.add(q.city());
    }
    if (!q.when().isAlways()) {
      on.add(Attribute.DATE);
    }
    if (q.ordinal() != null) {
      on.add(Attribute.ORDINAL);
    }
    if (q.format() != null) {
      on.add(Attribute.FORMAT);
    }
    if (q.status() != null) {
      on.add(Attribute.STATUS);
    }
    if (q.outcome() != null) {
      // an outcome's claims: its kind, and the parties it names
      on.add(Attribute.KIND);
      on.add(Attribute.PARTIES);
    }
    if (!q.attendees().isEmpty()) {
      on.add(Attribute.ATTENDANCE);
      q.attendees().toList().forEach(p -> mentions.addAll(atlas.namesOf(p)));
    }
    return on.isEmpty() ? Grounds.ALL : new Grounds(on, false, mentions);
  }

  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the summits of the answers, in date order. */
  public List<Summit> summits() {
    return list().stream().map(Answer::subject).toList();
  }

  /**
   * Whether the summit was held within the days asked: over every day of every date claimed
   * (disputed dates are alternatives, so the answer is DEFINITELY only if all fall inside).
   */
  private Certainty within(List<PartialDate> dates) {
    return steps.when().within(dates);
  }

  private void once(Object current, String what) {
    if (current != null) {
      throw new IllegalStateException(this + ": the " + what + " is already set");
    }
  }

  /** Returns the query, as {@code summits().of(OTS).hostedIn(UZB)}. */
  @Override
  public String toString() {
    Steps q = steps;
    StringBuilder b = new StringBuilder("summits()");
    if (q.organization() != null) {
      b.append(".of(").append(q.organization()).append(')');
    }
    if (q.host() != null) {
      b.append(".hostedIn(").append(q.host()).append(')');
    }
    if (q.city() != null) {
      b.append(".inCity(\"").append(q.city()).append("\")");
    }
    b.append(q.when());
    if (q.ordinal() != null) {
      b.append(".withOrdinal(").append(q.ordinal()).append(')');
    }
    if (q.format() != null) {
      b.append(".withFormat(").append(q.format()).append(')');
    }
    if (q.status() != null) {
      b.append(".withStatus(").append(q.status()).append(')');
    }
    if (q.outcome() != null) {
      b.append(".withOutcome(").append(q.outcome()).append(')');
    }
    b.append(q.attendees().join(p -> ".attendedBy(" + p + ")"));
    if (q.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
