package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.ExerciseStatus;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Military exercises filtered by the parties that organised them or took part, date, host
 * state, the organization under whose framework they were held, and status. Answers come in
 * date order (earliest possible day, then latest; of disputed dates, the earliest; undated
 * last), then by id.
 *
 * <pre>{@code
 * atlas.exercises().involving(StateId.of("KAZ")).during(Year.of(2024)).list();
 * atlas.exercises().underFramework(OrganizationId.of("CSTO")).list();
 * }</pre>
 *
 * <p>A time step compares partial dates as {@link SummitQuery} does, without rounding: an
 * exercise dated "2025-09" is DEFINITELY held during 2025, POSSIBLY during 1–15 September
 * 2025, and an undated one POSSIBLY during any days. Only DEFINITELY answers are returned
 * unless {@link #includingPossible()} is asked.
 *
 * <p>Steps, as in every query type: a step that sets a value (the time filter, the host state,
 * the framework, the status) may be given once, a second call throws {@link
 * IllegalStateException}; {@code involving}, {@code organizedBy} and {@code withParticipant}
 * add up (every party asked must be named); {@code includingPossible()} is idempotent. Each
 * step costs constant time. Immutable and thread-safe.
 */
public final class ExerciseQuery implements Query<Exercise> {
  private final Atlas atlas;
  private final Steps steps;

  /** Which of an exercise's parties a party step asks about. */
  private enum Side { EITHER, ORGANIZER, PARTICIPANT }

  /** One party step: the party and where it must be named. */
  private record PartyStep(Party party, Side side) {
    boolean test(Exercise e) {
      return switch (side) {
        case EITHER -> e.organizers().contains(party) || e.participants().contains(party);
        case ORGANIZER -> e.organizers().contains(party);
        case PARTICIPANT -> e.participants().contains(party);
      };
    }

    String text() {
      return switch (side) {
        case EITHER -> ".involving(" + party + ")";
        case ORGANIZER -> ".organizedBy(" + party + ")";
        case PARTICIPANT -> ".withParticipant(" + party + ")";
      };
    }
  }

  /** The whole state of a query, copied with one change by each step (null: not set). */
  private record Steps(Chain<PartyStep> parties, When when, StateId host, OrganizationId framework,
      ExerciseStatus status, boolean possible) {
    Steps withParty(PartyStep p) {
      return new Steps(parties.plus(p), when, host, framework, status, possible);
    }

    Steps withWhen(When w) {
      return new Steps(parties, w, host, framework, status, possible);
    }

    Steps withHost(StateId h) {
      return new Steps(parties, when, h, framework, status, possible);
    }

    Steps withFramework(OrganizationId f) {
      return new Steps(parties, when, host, f, status, possible);
    }

    Steps withStatus(ExerciseStatus s) {
      return new Steps(parties, when, host, framework, s, possible);
    }

    Steps withPossible() {
      return new Steps(parties, when, host, framework, status, true);
    }
  }

  ExerciseQuery(Atlas atlas) {
    this(atlas, new Steps(Chain.empty(), When.ALWAYS, null, null, null, false));
  }

  private ExerciseQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  private ExerciseQuery with(Steps s) {
    return new ExerciseQuery(atlas, s);
  }

  private ExerciseQuery party(Party party, Side side) {
    atlas.requireParty(party);
    return with(steps.withParty(new PartyStep(party, side)));
  }

  /**
   * Keeps the exercises a source says {@code party} organised or took part in; repeated, every
   * party must.
   *
   * @param party the state or organization, not null; one absent from the atlas gives no answers
   */
  public ExerciseQuery involving(Party party) {
    return party(party, Side.EITHER);
  }

  /**
   * Keeps the exercises a source says {@code party} organised ({@link Exercise#organizers()});
   * repeated, every party must.
   *
   * @param party the state or organization, not null
   */
  public ExerciseQuery organizedBy(Party party) {
    return party(party, Side.ORGANIZER);
  }

  /**
   * Keeps the exercises a source says {@code party} took part in or held jointly ({@link
   * Exercise#participants()}); repeated, every party must.
   *
   * @param party the state or organization, not null
   */
  public ExerciseQuery withParticipant(Party party) {
    return party(party, Side.PARTICIPANT);
  }

  /**
   * Keeps the exercises held on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public ExerciseQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the exercises held from {@code first} to {@code last}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public ExerciseQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps the exercises held on a day that the partial date allows.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public ExerciseQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps the exercises held during the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public ExerciseQuery during(Year year) {
    return time(When.during(PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps the exercises held during the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public ExerciseQuery during(YearMonth month) {
    return time(When.during(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
  }

  private ExerciseQuery time(When when) {
    return with(steps.withWhen(when.replacing(steps.when(), this)));
  }

  /**
   * Keeps the exercises hosted by the state: DEFINITELY where it is the one host the sources
   * claim, POSSIBLY where they dispute it.
   *
   * @param state the state, not null; one absent from the atlas gives no answers
   * @throws IllegalStateException if a host state is already set
   */
  public ExerciseQuery hostedIn(StateId state) {
    once(steps.host(), "host state");
    atlas.requireParty(state);
    return with(steps.withHost(state));
  }

  /**
   * Keeps the exercises a source says were held under the framework of the organization
   * ({@link Exercise#framework()}).
   *
   * @param organization the organization, not null; one absent from the atlas gives no answers
   * @throws IllegalStateException if a framework is already set
   */
  public ExerciseQuery underFramework(OrganizationId organization) {
    once(steps.framework(), "framework");
    atlas.requireParty(organization);
    return with(steps.withFramework(organization));
  }

  /**
   * Keeps the exercises of this status ({@code UNKNOWN}: those no source says were held or
   * proposed).
   *
   * @throws IllegalStateException if a status is already set
   */
  public ExerciseQuery withStatus(ExerciseStatus status) {
    once(steps.status(), "status");
    return with(steps.withStatus(Objects.requireNonNull(status, "status")));
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the days asked, disputed hosts). */
  public ExerciseQuery includingPossible() {
    return with(steps.withPossible());
  }

  /** Returns the answers in date order, then by id. */
  @Override
  public List<Answer<Exercise>> list() {
    return answers(steps.possible());
  }

  private List<Answer<Exercise>> answers(boolean possible) {
    Steps q = steps;
    List<PartyStep> parties = q.parties().toList();
    List<Exercise> start = atlas.exercisesByDate;
    for (PartyStep p : parties) {
      List<Exercise> of = atlas.exercisesByParty.getOrDefault(p.party(), List.of());
      start = of.size() < start.size() ? of : start;
    }
    if (q.framework() != null) {
      List<Exercise> of = atlas.exercisesByFramework.getOrDefault(q.framework(), List.of());
      start = of.size() < start.size() ? of : start;
    }
    Grounds grounds = grounds();
    List<Answer<Exercise>> out = new ArrayList<>();
    for (Exercise e : start) {
      if (!parties.stream().allMatch(p -> p.test(e))
          || (q.host() != null && !e.hostStates().contains(q.host()))
          || (q.framework() != null && !e.framework().equals(Optional.of(q.framework())))
          || (q.status() != null && e.status() != q.status())) {
        continue;
      }
      Certainty c = q.when().within(e.dates());
      if (q.host() != null && e.hostStates().size() > 1) {
        c = c.and(Certainty.POSSIBLY);
      }
      if (c == Certainty.DEFINITELY || (possible && c == Certainty.POSSIBLY)) {
        out.add(atlas.answer(e, c, List.of(e), grounds, q.when().window()));
      }
    }
    return List.copyOf(out);
  }

  /** The claims the answers rest on: those of the attributes the query selects by. */
  private Grounds grounds() {
    Steps q = steps;
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    List<String> mentions = new ArrayList<>();
    for (PartyStep p : q.parties().toList()) {
      if (p.side() != Side.PARTICIPANT) {
        on.add(Attribute.ORGANIZERS);
      }
      if (p.side() != Side.ORGANIZER) {
        on.add(Attribute.PARTICIPANTS);
      }
      mentions.addAll(atlas.namesOf(p.party()));
    }
    if (!q.when().isAlways()) {
      on.add(Attribute.DATE);
    }
    if (q.host() != null) {
      on.add(Attribute.HOST_STATE);
      mentions.addAll(atlas.namesOf(q.host()));
    }
    if (q.framework() != null) {
      on.add(Attribute.FRAMEWORK);
      mentions.addAll(atlas.namesOf(q.framework()));
    }
    if (q.status() != null) {
      on.add(Attribute.STATUS);
    }
    return on.isEmpty() ? Grounds.ALL : new Grounds(on, false, mentions);
  }

  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the exercises of the answers, in date order. */
  public List<Exercise> exercises() {
    return list().stream().map(Answer::subject).toList();
  }

  private void once(Object current, String what) {
    if (current != null) {
      throw new IllegalStateException(this + ": the " + what + " is already set");
    }
  }

  /** Returns the query, as {@code exercises().involving(KAZ).during(2024)}. */
  @Override
  public String toString() {
    Steps q = steps;
    StringBuilder b = new StringBuilder("exercises()");
    b.append(q.parties().join(PartyStep::text));
    b.append(q.when());
    if (q.host() != null) {
      b.append(".hostedIn(").append(q.host()).append(')');
    }
    if (q.framework() != null) {
      b.append(".underFramework(").append(q.framework()).append(')');
    }
    if (q.status() != null) {
      b.append(".withStatus(").append(q.status()).append(')');
    }
    if (q.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
