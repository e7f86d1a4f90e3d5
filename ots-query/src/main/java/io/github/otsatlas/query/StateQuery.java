package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * States by their attributes (recognition status, the states that recognize them); a membership
 * step ({@link #memberOfAll}, {@link #memberOfAny}, {@link #memberOfNone}) turns it into the
 * query of states by their memberships, {@link MemberStateQuery}, which alone offers the time
 * and role steps. Answers come in state-id order and are DEFINITELY (each rests on the state
 * record).
 *
 * <pre>{@code
 * atlas.states().withRecognition(Recognition.DE_FACTO).list();
 * atlas.states().memberOfAll(OrganizationId.of("OTS"), OrganizationId.of("CSTO")).asOf(day).list();
 * }</pre>
 *
 * <p>Steps, as in every query type: a step that sets a value (the recognition status) may be
 * given once, a second call throws {@link IllegalStateException}; {@code recognizedBy} adds up
 * (every state named must recognize); {@code includingPossible()} is idempotent (and changes
 * nothing here: every answer is definite). The recognition steps carry over to the membership
 * query. Immutable and thread-safe.
 */
public final class StateQuery implements Query<State> {
  private final Atlas atlas;
  private final Steps steps;

  /** The whole state of a query: the recognition status (null: any) and the recognizing states. */
  private record Steps(Recognition recognition, Chain<StateId> recognizedBy) {}

  StateQuery(Atlas atlas) {
    this(atlas, new Steps(null, Chain.empty()));
  }

  private StateQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  /**
   * Returns the query of the states that are members of every one of the organizations, with
   * the recognition steps given so far.
   *
   * @param first an organization, not null; one absent from the atlas gives no answers
   * @param more more organizations, none null
   */
  public MemberStateQuery memberOfAll(OrganizationId first, OrganizationId... more) {
    return members(MemberStateQuery.Mode.ALL, first, more);
  }

  /**
   * Returns the query of the states that are members of at least one of the organizations,
   * with the recognition steps given so far.
   *
   * @param first an organization, not null
   * @param more more organizations, none null
   */
  public MemberStateQuery memberOfAny(OrganizationId first, OrganizationId... more) {
    return members(MemberStateQuery.Mode.ANY, first, more);
  }

  /**
   * Returns the query of the states that are members of none of the organizations, with the
   * recognition steps given so far.
   *
   * @param first an organization, not null
   * @param more more organizations, none null
   */
  public MemberStateQuery memberOfNone(OrganizationId first, OrganizationId... more) {
    return members(MemberStateQuery.Mode.NONE, first, more);
  }

  private MemberStateQuery members(MemberStateQuery.Mode mode, OrganizationId first, OrganizationId... more) {
    List<OrganizationId> orgs = new ArrayList<>();
    orgs.add(Objects.requireNonNull(first, "organization"));
    for (OrganizationId o : more) {
      orgs.add(Objects.requireNonNull(o, "organization"));
    }
    return new MemberStateQuery(atlas, mode, List.copyOf(new LinkedHashSet<>(orgs)),
        steps.recognition(), steps.recognizedBy());
  }

  /**
   * Keeps the states of this recognition status ({@link State#recognition()}: {@code DE_FACTO}
   * for Northern Cyprus).
   *
   * @throws IllegalStateException if a recognition status is already set
   */
  public StateQuery withRecognition(Recognition recognition) {
    if (steps.recognition() != null) {
      throw new IllegalStateException(this + ": the recognition status is already set");
    }
    return new StateQuery(atlas, new Steps(Objects.requireNonNull(recognition, "recognition"),
        steps.recognizedBy()));
  }

  /**
   * Keeps the states a source says {@code state} recognizes ({@link State#recognizedBy()});
   * repeated, every one must recognize them.
   *
   * @param state the recognizing state, not null; one absent from the atlas gives no answers
   */
  public StateQuery recognizedBy(StateId state) {
    atlas.requireParty(state);
    return new StateQuery(atlas, new Steps(steps.recognition(), steps.recognizedBy().plus(state)));
  }

  /** Returns this query: selected by recognition, every answer is DEFINITELY. */
  public StateQuery includingPossible() {
    return this;
  }

  /** Returns the states of the recognition asked (every state without a step), in id order, each DEFINITELY. */
  @Override
  public List<Answer<State>> list() {
    List<Answer<State>> out = new ArrayList<>();
    Grounds grounds = grounds(steps.recognition(), steps.recognizedBy());
    for (State s : atlas.corpus().states()) {
      if (recognized(s, steps.recognition(), steps.recognizedBy())) {
        out.add(Answer.of(s, Certainty.DEFINITELY, s, grounds));
      }
    }
    return List.copyOf(out);
  }

  /** Returns zero: every answer is definite. */
  @Override
  public int possibleLeftOut() {
    return 0;
  }

  /** Returns the states of the answers, in id order. */
  public List<StateId> states() {
    return list().stream().map(a -> a.subject().id()).toList();
  }

  /** Whether the state passes the recognition steps (a null status: any). */
  static boolean recognized(State s, Recognition recognition, Chain<StateId> recognizedBy) {
    return (recognition == null || s.recognition() == recognition)
        && s.recognizedBy().containsAll(recognizedBy.toList());
  }

  /** The claims an answer on the state record rests on: its name, and what the steps select by. */
  static Grounds grounds(Recognition recognition, Chain<StateId> recognizedBy) {
    EnumSet<Attribute> on = EnumSet.of(Attribute.NAME);
    if (recognition != null) {
      on.add(Attribute.RECOGNITION);
    }
    if (!recognizedBy.isEmpty()) {
      on.add(Attribute.RECOGNIZED_BY);
    }
    return new Grounds(on, false);
  }

  /** Returns the query, as {@code states().withRecognition(DE_FACTO)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("states()");
    if (steps.recognition() != null) {
      b.append(".withRecognition(").append(steps.recognition()).append(')');
    }
    b.append(steps.recognizedBy().join(r -> ".recognizedBy(" + r + ")"));
    return b.toString();
  }
}
