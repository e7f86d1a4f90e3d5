package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OutcomeKind;
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
 * Summits filtered by organization, host state or city, days, ordinal, format, status,
 * attendance, absence and outcome. Meetings that are not summits are never among the answers
 * ({@link Atlas#meetings()} selects them). Answers come in date order (earliest possible day,
 * then latest; undated last), then by id.
 *
 * <pre>{@code
 * atlas.summits().of(OrganizationId.of("OTS")).hostedIn(StateId.of("UZB")).list();
 * atlas.summits().of(OTS).during(Year.of(2024)).includingPossible().list();
 * atlas.summits().missedBy(StateId.of("XNC")).list();
 * }</pre>
 *
 * <p>A time step compares partial dates without rounding: a summit dated "2021-11" is
 * DEFINITELY held during 2021, POSSIBLY during 1–15 November 2021, and an undated summit (a
 * {@linkplain Summit#collective() collective} record among them) is POSSIBLY held during any
 * days. Only DEFINITELY answers are returned unless {@link #includingPossible()} is asked.
 *
 * <p>Steps, as in every query type: a step that sets a value (the organization, host, city,
 * time, ordinal, format, status, outcome kind) may be given once, a second call throws
 * {@link IllegalStateException}; {@code attendedBy} and {@code missedBy} add up (every party
 * named must attend, or be reported absent); {@code includingPossible()} is idempotent.
 * Immutable and thread-safe.
 */
public final class SummitQuery implements GatheringQuery<SummitQuery, Summit> {
  private final Atlas atlas;
  private final GatheringFilter filter;
  private final Integer ordinal;
  private final SummitFormat format;
  private final Boolean collective;

  SummitQuery(Atlas atlas) {
    this(atlas, GatheringFilter.NONE, null, null, null);
  }

  private SummitQuery(Atlas atlas, GatheringFilter filter, Integer ordinal, SummitFormat format,
      Boolean collective) {
    this.atlas = atlas;
    this.filter = filter;
    this.ordinal = ordinal;
    this.format = format;
    this.collective = collective;
  }

  private SummitQuery with(GatheringFilter f) {
    return new SummitQuery(atlas, f, ordinal, format, collective);
  }

  /**
   * Keeps the summits of the organization.
   *
   * @throws IllegalStateException if an organization is already set
   */
  @Override
  public SummitQuery of(OrganizationId organization) {
    return with(filter.withOrganization(Objects.requireNonNull(organization, "organization"), this));
  }

  /**
   * Keeps the summits hosted by the state: DEFINITELY where it is the one host the sources
   * claim, POSSIBLY where they dispute the host. A state absent from the atlas gives no answers.
   *
   * @throws IllegalStateException if a host state is already set
   */
  @Override
  public SummitQuery hostedIn(StateId state) {
    atlas.requireParty(state);
    return with(filter.withHost(state, this));
  }

  /**
   * Keeps the summits held in the city (compared folded, as look-up by name does): DEFINITELY
   * where it is the one city the sources claim, POSSIBLY where they dispute it.
   *
   * @throws IllegalStateException if a city is already set
   */
  @Override
  public SummitQuery inCity(String city) {
    return with(filter.withCity(Objects.requireNonNull(city, "city"), this));
  }

  /**
   * Keeps the summits held on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public SummitQuery asOf(LocalDate day) {
    return with(filter.withWhen(When.on(Objects.requireNonNull(day, "day")), this));
  }

  /**
   * Keeps the summits held from {@code first} to {@code last}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public SummitQuery during(LocalDate first, LocalDate last) {
    return with(filter.withWhen(When.between(first, last), this));
  }

  /**
   * Keeps the summits held on a day that the partial date allows (a year, a month or a day).
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public SummitQuery during(PartialDate date) {
    return with(filter.withWhen(When.during(date), this));
  }

  /**
   * Keeps the summits held during the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public SummitQuery during(Year year) {
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Keeps the summits held during the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public SummitQuery during(YearMonth month) {
    return during(PartialDate.ofMonth(month.getYear(), month.getMonthValue()));
  }

  /**
   * Keeps the summit with this ordinal (11 for the 11th).
   *
   * @throws IllegalStateException if an ordinal is already set
   */
  public SummitQuery withOrdinal(int ordinal) {
    GatheringFilter.once(this.ordinal, "ordinal", this);
    return new SummitQuery(atlas, filter, ordinal, format, collective);
  }

  /**
   * Keeps the summits of this format.
   *
   * @throws IllegalStateException if a format is already set
   */
  public SummitQuery withFormat(SummitFormat format) {
    GatheringFilter.once(this.format, "format", this);
    return new SummitQuery(atlas, filter, ordinal, Objects.requireNonNull(format, "format"), collective);
  }

  /**
   * Keeps only the records of one summit each, leaving out the {@linkplain Summit#collective()
   * collective} ones (several summits a source names together by their host).
   *
   * @throws IllegalStateException if {@code individualOnly()} or {@code collectiveOnly()} was given
   */
  public SummitQuery individualOnly() {
    GatheringFilter.once(collective, "collective step", this);
    return new SummitQuery(atlas, filter, ordinal, format, false);
  }

  /**
   * Keeps only the {@linkplain Summit#collective() collective} records.
   *
   * @throws IllegalStateException if {@code individualOnly()} or {@code collectiveOnly()} was given
   */
  public SummitQuery collectiveOnly() {
    GatheringFilter.once(collective, "collective step", this);
    return new SummitQuery(atlas, filter, ordinal, format, true);
  }

  /**
   * Keeps the summits of this status as of their latest report ({@link Summit#status()}); each
   * report's day is in {@link Summit#statusReports()}.
   *
   * @throws IllegalStateException if a status is already set
   */
  @Override
  public SummitQuery withStatus(SummitStatus status) {
    return with(filter.withStatus(Objects.requireNonNull(status, "status"), this));
  }

  /**
   * Keeps the summits a source reports attended by the party ({@link Summit#attendance()});
   * repeated, every party must attend. The answers' evidence gives the attendance and delegate
   * quotations, those that name the party first.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  @Override
  public SummitQuery attendedBy(Party party) {
    atlas.requireParty(party);
    return with(filter.withAttendee(party));
  }

  /**
   * Keeps the summits a source reports the party did not attend ({@link Summit#absence()}: "did
   * not attend"); repeated, every party must be reported absent. A summit whose attendance no
   * source reports is not among the answers: silence is not absence.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  @Override
  public SummitQuery missedBy(Party party) {
    atlas.requireParty(party);
    return with(filter.withAbsentee(party));
  }

  /**
   * Keeps the summits with an outcome of this kind (which summit granted a status, adopted a
   * declaration); the answers' evidence gives the outcomes' quotations.
   *
   * @throws IllegalStateException if an outcome kind is already set
   */
  @Override
  public SummitQuery withOutcome(OutcomeKind kind) {
    return with(filter.withOutcome(Objects.requireNonNull(kind, "kind"), this));
  }

  /**
   * Keeps the summits a source says the party was invited to; repeated, every party named must
   * have been invited. An invitation says nothing of attendance.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  @Override
  public SummitQuery invited(Party party) {
    atlas.requireParty(party);
    return with(filter.withInvitee(party));
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the days asked, disputed hosts). */
  @Override
  public SummitQuery includingPossible() {
    return with(filter.withPossible());
  }

  /** Returns the answers in date order. */
  @Override
  public List<Answer<Summit>> list() {
    return answers(filter.possible());
  }

  private List<Answer<Summit>> answers(boolean possible) {
    List<Summit> start = atlas.summitsByDate;
    if (filter.organization() != null) {
      start = atlas.summitsByOrganization.getOrDefault(filter.organization(), List.of());
    }
    if (filter.host() != null) {
      List<Summit> byHost = atlas.summitsByHost.getOrDefault(filter.host(), List.of());
      start = byHost.size() < start.size() ? byHost : start;
    }
    Grounds grounds = grounds();
    String city = filter.foldedCity();
    List<Answer<Summit>> out = new ArrayList<>();
    for (Summit s : start) {
      if ((ordinal != null && !s.ordinal().equals(Optional.of(ordinal)))
          || (format != null && s.format() != format)
          || (collective != null && s.collective() != collective)) {
        continue;
      }
      Certainty c = filter.certainty(s, city);
      if (filter.keeps(c, possible)) {
        out.add(atlas.answer(s, c, List.of(s), grounds, filter.when().window()));
      }
    }
    return List.copyOf(out);
  }

  /** The claims the answers rest on: those of the attributes the query selects by. */
  private Grounds grounds() {
    EnumSet<Attribute> own = EnumSet.noneOf(Attribute.class);
    if (ordinal != null) {
      own.add(Attribute.ORDINAL);
    }
    if (format != null) {
      own.add(Attribute.FORMAT);
    }
    if (Boolean.TRUE.equals(collective)) {
      own.add(Attribute.COLLECTIVE);
    }
    return filter.grounds(atlas, own);
  }

  @Override
  public int possibleLeftOut() {
    return filter.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the summits of the answers, in date order. */
  public List<Summit> summits() {
    return list().stream().map(Answer::subject).toList();
  }

  /** Returns the query, as {@code summits().of(OTS).hostedIn(UZB)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("summits()");
    filter.describeWhere(b);
    if (ordinal != null) {
      b.append(".withOrdinal(").append(ordinal).append(')');
    }
    if (format != null) {
      b.append(".withFormat(").append(format).append(')');
    }
    if (collective != null) {
      b.append(collective ? ".collectiveOnly()" : ".individualOnly()");
    }
    filter.describeWhat(b);
    return b.toString();
  }
}
