package io.github.otsatlas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a corpus, kind by kind, as given: what the rules check, what a corpus is built
 * from, and what narrowing returns. One place lists the kinds, so adding one is one change here.
 */
record Contents(
    List<Source> sources,
    List<State> states,
    List<Organization> organizations,
    List<Membership> memberships,
    List<Corridor> corridors,
    List<Summit> summits,
    List<Meeting> meetings,
    List<Agreement> agreements,
    List<Exercise> exercises,
    List<RecognitionAct> recognitions) {

  Contents {
    sources = List.copyOf(sources);
    states = List.copyOf(states);
    organizations = List.copyOf(organizations);
    memberships = List.copyOf(memberships);
    corridors = List.copyOf(corridors);
    summits = List.copyOf(summits);
    meetings = List.copyOf(meetings);
    agreements = List.copyOf(agreements);
    exercises = List.copyOf(exercises);
    recognitions = List.copyOf(recognitions);
  }

  /** Returns every fact, kind by kind in the order of {@link FactRef.Kind}, each kind as given. */
  List<Fact> facts() {
    List<Fact> all = new ArrayList<>();
    all.addAll(states);
    all.addAll(organizations);
    all.addAll(memberships);
    all.addAll(corridors);
    all.addAll(summits);
    all.addAll(meetings);
    all.addAll(agreements);
    all.addAll(exercises);
    all.addAll(recognitions);
    return all;
  }

  /** Returns the summits and the meetings. */
  List<Gathering> gatherings() {
    List<Gathering> all = new ArrayList<>(summits);
    all.addAll(meetings);
    return all;
  }
}
