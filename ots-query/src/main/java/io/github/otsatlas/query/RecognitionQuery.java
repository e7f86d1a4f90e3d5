package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Recognitions of states by states, filtered by the recognising state, the state recognised,
 * the days and whether the source calls the recognizer the first. Answers come in date order
 * (undated last), then by id.
 *
 * <pre>{@code
 * atlas.recognitions().by(StateId.of("TUR")).during(PartialDate.parse("199X")).list();
 * }</pre>
 *
 * <p>A time step compares partial dates without rounding: a recognition "In the early 1990s"
 * (the decade {@code 199X}) is DEFINITELY during the 1990s and POSSIBLY during 1992, and an
 * undated one is POSSIBLY within any days. {@link #of(StateId)} keeps only recognitions that
 * name the state: one whose source speaks of states without naming them ({@link
 * RecognitionAct#recognizedAs()}) names none, so no state is guessed. Only DEFINITELY answers are
 * returned unless {@link #includingPossible()} is asked.
 *
 * <p>Steps: {@code by}, {@code of} and the time step may each be given once, a second call throws
 * {@link IllegalStateException}; {@code firstOnly()} and {@code includingPossible()} are
 * idempotent. Immutable and thread-safe.
 */
public final class RecognitionQuery implements Query<RecognitionAct> {
  private final Atlas atlas;
  private final Steps steps;

  /** The whole state of a query, copied with one change by each step. */
  private record Steps(StateId recognizer, StateId recognized, When when, boolean first, boolean possible) {}

  RecognitionQuery(Atlas atlas) {
    this(atlas, new Steps(null, null, When.ALWAYS, false, false));
  }

  private RecognitionQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  /**
   * Keeps the recognitions by the state.
   *
   * @throws IllegalStateException if a recognizer is already set
   */
  public RecognitionQuery by(StateId state) {
    GatheringFilter.once(steps.recognizer(), "recognizer", this);
    atlas.requireParty(state);
    return new RecognitionQuery(atlas, new Steps(state, steps.recognized(), steps.when(), steps.first(), steps.possible()));
  }

  /**
   * Keeps the recognitions that name the state as recognised.
   *
   * @throws IllegalStateException if a recognised state is already set
   */
  public RecognitionQuery of(StateId state) {
    GatheringFilter.once(steps.recognized(), "recognised state", this);
    atlas.requireParty(state);
    return new RecognitionQuery(atlas, new Steps(steps.recognizer(), state, steps.when(), steps.first(), steps.possible()));
  }

  /** Keeps the recognitions whose source calls the recognizer the first to recognise. */
  public RecognitionQuery firstOnly() {
    return new RecognitionQuery(atlas, new Steps(steps.recognizer(), steps.recognized(), steps.when(), true, steps.possible()));
  }

  /**
   * Keeps the recognitions made on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public RecognitionQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the recognitions made from {@code first} to {@code last}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public RecognitionQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps the recognitions made on a day the partial date allows (a decade, a year, a month, a day).
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public RecognitionQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps the recognitions made during the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public RecognitionQuery during(Year year) {
    return during(PartialDate.ofYear(year.getValue()));
  }

  /**
   * Keeps the recognitions made during the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public RecognitionQuery during(YearMonth month) {
    return during(PartialDate.ofMonth(month.getYear(), month.getMonthValue()));
  }

  private RecognitionQuery time(When when) {
    return new RecognitionQuery(atlas, new Steps(steps.recognizer(), steps.recognized(),
        when.replacing(steps.when(), this), steps.first(), steps.possible()));
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the days asked, undated recognitions). */
  public RecognitionQuery includingPossible() {
    return new RecognitionQuery(atlas, new Steps(steps.recognizer(), steps.recognized(), steps.when(), steps.first(), true));
  }

  /** Returns the answers in date order. */
  @Override
  public List<Answer<RecognitionAct>> list() {
    return answers(steps.possible());
  }

  private List<Answer<RecognitionAct>> answers(boolean possible) {
    Steps q = steps;
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    List<String> mentions = new ArrayList<>();
    if (q.recognizer() != null) {
      on.add(Attribute.RECOGNIZER);
      mentions.addAll(atlas.namesOf(q.recognizer()));
    }
    if (q.recognized() != null) {
      on.add(Attribute.RECOGNIZED);
      mentions.addAll(atlas.namesOf(q.recognized()));
    }
    if (!q.when().isAlways()) {
      on.add(Attribute.DATE);
    }
    if (q.first()) {
      on.add(Attribute.FIRST);
    }
    Grounds grounds = on.isEmpty() ? Grounds.ALL : new Grounds(on, false, mentions);
    List<Answer<RecognitionAct>> out = new ArrayList<>();
    for (RecognitionAct r : atlas.recognitionsByDate) {
      if ((q.recognizer() != null && !r.recognizer().equals(q.recognizer()))
          || (q.recognized() != null && !r.recognized().contains(q.recognized()))
          || (q.first() && !r.first())) {
        continue;
      }
      Certainty c = q.when().within(r.dates());
      if (c == Certainty.DEFINITELY || (possible && c == Certainty.POSSIBLY)) {
        out.add(atlas.answer(r, c, List.of(r), grounds, q.when().window()));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the recognitions of the answers, in date order. */
  public List<RecognitionAct> recognitions() {
    return list().stream().map(Answer::subject).toList();
  }

  /** Returns the query, as {@code recognitions().by(TUR).firstOnly()}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("recognitions()");
    if (steps.recognizer() != null) {
      b.append(".by(").append(steps.recognizer()).append(')');
    }
    if (steps.recognized() != null) {
      b.append(".of(").append(steps.recognized()).append(')');
    }
    b.append(steps.when());
    if (steps.first()) {
      b.append(".firstOnly()");
    }
    if (steps.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
