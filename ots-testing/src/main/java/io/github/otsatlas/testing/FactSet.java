package io.github.otsatlas.testing;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Summit;
import java.util.List;

/**
 * The records of a corpus before validation: what a generator makes and what a test may
 * break. Immutable and thread-safe; {@link #toCorpus()} validates.
 *
 * @param sources the sources, with their texts
 * @param states the states
 * @param organizations the organizations
 * @param memberships the memberships
 * @param corridors the corridors
 * @param summits the summits
 * @param agreements the agreements and declarations
 * @param exercises the military exercises
 * @param meetings the meetings that are not summits
 * @param recognitions the recognitions of states by states
 */
public record FactSet(
    List<Source> sources,
    List<State> states,
    List<Organization> organizations,
    List<Membership> memberships,
    List<Corridor> corridors,
    List<Summit> summits,
    List<Agreement> agreements,
    List<Exercise> exercises,
    List<Meeting> meetings,
    List<RecognitionAct> recognitions) {

  /** Copies every list. */
  public FactSet {
    sources = List.copyOf(sources);
    states = List.copyOf(states);
    organizations = List.copyOf(organizations);
    memberships = List.copyOf(memberships);
    corridors = List.copyOf(corridors);
    summits = List.copyOf(summits);
    agreements = List.copyOf(agreements);
    exercises = List.copyOf(exercises);
    meetings = List.copyOf(meetings);
    recognitions = List.copyOf(recognitions);
  }

  /** Returns a fact set without meetings and recognitions. */
  public FactSet(List<Source> sources, List<State> states, List<Organization> organizations,
      List<Membership> memberships, List<Corridor> corridors, List<Summit> summits,
      List<Agreement> agreements, List<Exercise> exercises) {
    this(sources, states, organizations, memberships, corridors, summits, agreements, exercises,
        List.of(), List.of());
  }

  /** Returns a fact set without agreements and exercises. */
  public FactSet(List<Source> sources, List<State> states, List<Organization> organizations,
      List<Membership> memberships, List<Corridor> corridors, List<Summit> summits) {
    this(sources, states, organizations, memberships, corridors, summits, List.of(), List.of());
  }

  /**
   * Validates the records and returns the corpus.
   *
   * @throws io.github.otsatlas.model.CorpusValidationException if a rule is broken
   */
  public Corpus toCorpus() {
    return Corpus.builder().sources(sources).states(states).organizations(organizations)
        .memberships(memberships).corridors(corridors).summits(summits).meetings(meetings)
        .agreements(agreements).exercises(exercises).recognitions(recognitions).build();
  }

  /**
   * Returns the records as a record prints them; without agreements and exercises, exactly as a
   * fact set printed before it held them (so that the digests of generated corpora stay put).
   */
  @Override
  public String toString() {
    String six = "FactSet[sources=" + sources + ", states=" + states + ", organizations=" + organizations
        + ", memberships=" + memberships + ", corridors=" + corridors + ", summits=" + summits;
    String eight = agreements.isEmpty() && exercises.isEmpty() ? six
        : six + ", agreements=" + agreements + ", exercises=" + exercises;
    return meetings.isEmpty() && recognitions.isEmpty() ? eight + "]"
        : eight + ", meetings=" + meetings + ", recognitions=" + recognitions + "]";
  }

  /** Returns a copy with other memberships. */
  public FactSet withMemberships(List<Membership> memberships) {
    return new FactSet(sources, states, organizations, memberships, corridors, summits, agreements, exercises, meetings,
        recognitions);
  }

  /** Returns a copy with other organizations. */
  public FactSet withOrganizations(List<Organization> organizations) {
    return new FactSet(sources, states, organizations, memberships, corridors, summits, agreements, exercises, meetings,
        recognitions);
  }

  /** Returns a copy with other states. */
  public FactSet withStates(List<State> states) {
    return new FactSet(sources, states, organizations, memberships, corridors, summits, agreements, exercises, meetings,
        recognitions);
  }
}
