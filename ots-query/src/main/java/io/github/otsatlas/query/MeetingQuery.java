package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Meetings that are not summits (of ministers or officials, visits, conferences, roundtables),
 * filtered by kind, organization, host state or city, days, status, attendance, absence and
 * outcome, with the same steps and certainty rules as {@link SummitQuery}. Answers come in date
 * order (earliest possible day, then latest; undated last), then by id.
 *
 * <pre>{@code
 * atlas.meetings().ofKind(MeetingKind.MINISTERIAL).attendedBy(StateId.of("UZB")).list();
 * }</pre>
 *
 * <p>Steps: a step that sets a value (the kinds, organization, host, city, time, status,
 * outcome kind) may be given once, a second call throws {@link IllegalStateException}; {@code
 * attendedBy} and {@code missedBy} add up; {@code includingPossible()} is idempotent. Immutable
 * and thread-safe.
 */
public final class MeetingQuery implements GatheringQuery<MeetingQuery, Meeting> {
  private final Atlas atlas;
  private final GatheringFilter filter;
  private final Set<MeetingKind> kinds;

  MeetingQuery(Atlas atlas) {
    this(atlas, GatheringFilter.NONE, null);
  }

  private MeetingQuery(Atlas atlas, GatheringFilter filter, Set<MeetingKind> kinds) {
    this.atlas = atlas;
    this.filter = filter;
    this.kinds = kinds;
  }

  private MeetingQuery with(GatheringFilter f) {
    return new MeetingQuery(atlas, f, kinds);
  }

  /**
   * Keeps the meetings of one of these kinds ({@code UNKNOWN} keeps those whose kind no source
   * gives).
   *
   * @throws IllegalStateException if the kinds are already set
   */
  public MeetingQuery ofKind(MeetingKind kind, MeetingKind... more) {
    GatheringFilter.once(kinds, "kind", this);
    EnumSet<MeetingKind> set = EnumSet.of(Objects.requireNonNull(kind, "kind"), more);
    return new MeetingQuery(atlas, filter, Set.copyOf(set));
  }

  /**
   * Keeps the meetings of the organization.
   *
   * @throws IllegalStateException if an organization is already set
   */
  @Override
  public MeetingQuery of(OrganizationId organization) {
    return with(filter.withOrganization(Objects.requireNonNull(organization, "organization"), this));
  }

  /**
   * Keeps the meetings hosted by the state (POSSIBLY where the sources dispute the host).
   *
   * @throws IllegalStateException if a host state is already set
   */
  @Override
  public MeetingQuery hostedIn(StateId state) {
    atlas.requireParty(state);
    return with(filter.withHost(state, this));
  }

  /**
   * Keeps the meetings held in the city, compared folded (POSSIBLY where the sources dispute it).
   *
   * @throws IllegalStateException if a city is already set
   */
  @Override
  public MeetingQuery inCity(String city) {
    return with(filter.withCity(Objects.requireNonNull(city, "city"), this));
  }

  /**
   * Keeps the meetings held on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public MeetingQuery asOf(LocalDate day) {
    return with(filter.withWhen(When.on(Objects.requireNonNull(day, "day")), this));
  }

  /**
   * Keeps the meetings held from {@code first} to {@code last}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public MeetingQuery during(LocalDate first, LocalDate last) {
    return with(filter.withWhen(When.between(first, last), this));
  }

  /**
   * Keeps the meetings held on a day the partial date allows.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public MeetingQuery during(PartialDate date) {
    return with(filter.withWhen(When.during(date), this));
  }

  /**
   * Keeps the meetings held during the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public MeetingQuery during(Year year) {
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Keeps the meetings held during the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  @Override
  public MeetingQuery during(YearMonth month) {
    return during(PartialDate.ofMonth(month.getYear(), month.getMonthValue()));
  }

  /**
   * Keeps the meetings of this status as of their latest report.
   *
   * @throws IllegalStateException if a status is already set
   */
  @Override
  public MeetingQuery withStatus(SummitStatus status) {
    return with(filter.withStatus(Objects.requireNonNull(status, "status"), this));
  }

  /**
   * Keeps the meetings a source reports attended by the party; repeated, every party must attend.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  @Override
  public MeetingQuery attendedBy(Party party) {
    atlas.requireParty(party);
    return with(filter.withAttendee(party));
  }

  /**
   * Keeps the meetings a source reports the party did not attend; silence is not absence.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  @Override
  public MeetingQuery missedBy(Party party) {
    atlas.requireParty(party);
    return with(filter.withAbsentee(party));
  }

  /**
   * Keeps the meetings with an outcome of this kind.
   *
   * @throws IllegalStateException if an outcome kind is already set
   */
  @Override
  public MeetingQuery withOutcome(OutcomeKind kind) {
    return with(filter.withOutcome(Objects.requireNonNull(kind, "kind"), this));
  }

  /**
   * Keeps the meetings a source says the party was invited to; repeated, every party named must
   * have been invited. An invitation says nothing of attendance.
   *
   * @param party the party, not null; one absent from the atlas gives no answers
   */
  @Override
  public MeetingQuery invited(Party party) {
    atlas.requireParty(party);
    return with(filter.withInvitee(party));
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the days asked, disputed hosts). */
  @Override
  public MeetingQuery includingPossible() {
    return with(filter.withPossible());
  }

  /** Returns the answers in date order. */
  @Override
  public List<Answer<Meeting>> list() {
    return answers(filter.possible());
  }

  private List<Answer<Meeting>> answers(boolean possible) {
    EnumSet<Attribute> own = kinds == null || kinds.equals(Set.of(MeetingKind.UNKNOWN))
        ? EnumSet.noneOf(Attribute.class) : EnumSet.of(Attribute.KIND);
    Grounds grounds = filter.grounds(atlas, own);
    String city = filter.foldedCity();
    List<Answer<Meeting>> out = new ArrayList<>();
    for (Meeting m : atlas.meetingsByDate) {
      if (kinds != null && !kinds.contains(m.kind())) {
        continue;
      }
      Certainty c = filter.certainty(m, city);
      if (filter.keeps(c, possible)) {
        out.add(atlas.answer(m, c, List.of(m), grounds, filter.when().window()));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public int possibleLeftOut() {
    return filter.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the meetings of the answers, in date order. */
  public List<Meeting> meetings() {
    return list().stream().map(Answer::subject).toList();
  }

  /** Returns the query, as {@code meetings().ofKind(MINISTERIAL).hostedIn(TUR)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("meetings()");
    if (kinds != null) {
      b.append(".ofKind(").append(String.join(", ", kinds.stream().sorted().map(Enum::name).toList())).append(')');
    }
    filter.describeWhere(b);
    filter.describeWhat(b);
    return b.toString();
  }
}
