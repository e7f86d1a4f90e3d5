package io.github.otsatlas.testing;

/**
 * The size and mix of a generated corpus. Immutable and thread-safe.
 *
 * @param states how many states (parties), at least 2
 * @param organizations how many organizations, at least 1
 * @param membershipsPerOrganization about how many membership records each organization has
 * @param corridors how many corridors
 * @param summits how many summits
 * @param fromYear the first year dates are drawn from
 * @param toYear the last year dates are drawn from
 * @param ongoingShare the share of membership chains whose last period is ongoing, 0 to 1
 * @param distinctQuotes how many distinct quote sentences citations draw from, at least 1
 * @param sourcesOverTime whether the facts are reported by several sources published at
 *     different times, who sometimes disagree (see {@link #withSourcesOverTime()}); off in the
 *     preset shapes, whose corpora stay as they are
 * @param agreementsAndExercises whether the corpus also holds agreements (as many as summits)
 *     and military exercises (as many as corridors), and half its corridors are attested on a
 *     day (see {@link #withAgreementsAndExercises()}); off in the preset shapes
 * @param meetingsAndRecognitions whether the corpus also holds meetings (as many as summits),
 *     recognitions (as many as corridors), absences, invitations, delegates and collective
 *     summits, and organization and corridor relations (see {@link
 *     #withMeetingsAndRecognitions()}); off in the preset shapes
 */
public record CorpusShape(
    int states,
    int organizations,
    int membershipsPerOrganization,
    int corridors,
    int summits,
    int fromYear,
    int toYear,
    double ongoingShare,
    int distinctQuotes,
    boolean sourcesOverTime,
    boolean agreementsAndExercises,
    boolean meetingsAndRecognitions) {

  /**
   * Returns a shape whose facts are cited by the two generated sources, as before {@code
   * sourcesOverTime} existed.
   */
  public CorpusShape(int states, int organizations, int membershipsPerOrganization, int corridors,
      int summits, int fromYear, int toYear, double ongoingShare, int distinctQuotes) {
    this(states, organizations, membershipsPerOrganization, corridors, summits, fromYear, toYear,
        ongoingShare, distinctQuotes, false, false, false);
  }

  /** Returns a shape without agreements and exercises, as before they existed. */
  public CorpusShape(int states, int organizations, int membershipsPerOrganization, int corridors,
      int summits, int fromYear, int toYear, double ongoingShare, int distinctQuotes,
      boolean sourcesOverTime) {
    this(states, organizations, membershipsPerOrganization, corridors, summits, fromYear, toYear,
        ongoingShare, distinctQuotes, sourcesOverTime, false, false);
  }

  /** Returns a shape without meetings and recognitions, as before they existed. */
  public CorpusShape(int states, int organizations, int membershipsPerOrganization, int corridors,
      int summits, int fromYear, int toYear, double ongoingShare, int distinctQuotes,
      boolean sourcesOverTime, boolean agreementsAndExercises) {
    this(states, organizations, membershipsPerOrganization, corridors, summits, fromYear, toYear,
        ongoingShare, distinctQuotes, sourcesOverTime, agreementsAndExercises, false);
  }

  /** Checks the ranges. */
  public CorpusShape {
    if (states < 2 || organizations < 1 || membershipsPerOrganization < 0 || corridors < 0
        || summits < 0 || distinctQuotes < 1) {
      throw new IllegalArgumentException("invalid corpus shape: " + this);
    }
    if (fromYear < 1 || toYear > 9999 || toYear - fromYear < 10) {
      throw new IllegalArgumentException("the year range must span at least ten years: " + this);
    }
    if (ongoingShare < 0 || ongoingShare > 1) {
      throw new IllegalArgumentException("ongoingShare must be within 0 and 1: " + this);
    }
  }

  /** A small corpus for property tests: 12 states, 4 organizations, about 8 memberships each. */
  public static CorpusShape small() {
    return new CorpusShape(12, 4, 8, 4, 5, 1950, 2025, 0.7, 40);
  }

  /**
   * The benchmark shape: about 250 parties and organizations of about 200 membership
   * records each, starting 1950 to 2025, about 70% ongoing, for {@code memberships}
   * records in all.
   *
   * @param memberships the total number of membership records wanted, at least 200
   */
  public static CorpusShape benchmark(int memberships) {
    return new CorpusShape(250, Math.max(1, memberships / 200), 200, 100, 500, 1950, 2025, 0.7, 200);
  }

  /**
   * Returns this shape with its facts reported by several sources over time, for properties of
   * what an atlas says as reported by a day ({@code Atlas.asReportedBy}) and of disagreements.
   * The same records are made as without it; then their claims are cited anew, spread over five
   * to seven sources and a republication:
   *
   * <ul>
   *   <li>publication dates of day, month or year precision; undated documents whose own words
   *       bound their publication ({@code NOT_BEFORE} a day a sentence names, sometimes also
   *       {@code WITHIN} a year); a year-dated document with a {@code NOT_BEFORE} bound inside its
   *       year; one republication of a dated document, published later;
   *   <li>each record cited by one to three sources (a source cites only what began by the day it
   *       speaks of, where any does), each citation supporting some of the claims, and copied by
   *       the republication half the time; attestations ({@code asOf}) never after their source's
   *       latest publication day and inside the membership's period;
   *   <li>disputed values, each claimed by a different source: some memberships' starts, some
   *       summits' dates and host cities; founding memberships that one source calls founding and
   *       another calls member ({@code FOUNDING_MEMBER} and {@code MEMBER});
   *   <li>complete lists of the holders of a role ({@link
   *       io.github.otsatlas.model.Citation#completeListOf()}) that sometimes leave off a
   *       membership other sources attest;
   *   <li>summit statuses, each reported as of its source's day, some summits scheduled as of one
   *       source and held as of another.
   * </ul>
   *
   * <p>Every generated set is valid ({@link FactSet#toCorpus()} succeeds).
   */
  public CorpusShape withSourcesOverTime() {
    return new CorpusShape(states, organizations, membershipsPerOrganization, corridors, summits,
        fromYear, toYear, ongoingShare, distinctQuotes, true, agreementsAndExercises,
        meetingsAndRecognitions);
  }

  /**
   * Returns this shape with agreements and military exercises too, for properties of the queries
   * of them: as many agreements as summits, with parties, signatories (in the words of the
   * generated sentences), dates, host states and cities, kinds and adopting summits; as many
   * exercises as corridors, with organizers, participants, dates, hosts, frameworks and
   * statuses. Some have no date, and some have two dates, hosts or cities that two independent
   * sources dispute. Half the corridors are attested on a day. The records made without it are
   * made alike. A shape reported over time ({@link #withSourcesOverTime()}) ignores it.
   */
  public CorpusShape withAgreementsAndExercises() {
    return new CorpusShape(states, organizations, membershipsPerOrganization, corridors, summits,
        fromYear, toYear, ongoingShare, distinctQuotes, sourcesOverTime, true, meetingsAndRecognitions);
  }

  /**
   * Returns this shape with the kinds and claims of summits and meetings in full, recognitions,
   * and organization and corridor relations, for properties of the queries of them: as many
   * meetings as summits (every kind, with dates, hosts, attendance, absence, invitations and
   * delegates kept in the words of the generated sentences); summits with absences, invitations
   * and delegates too, and some collective (several summits known by their host, undated); as
   * many recognitions as corridors (a recognizer, recognised states or the source's words for
   * them, no date, one or two); organizations led by, founded by, hosted in and within others;
   * corridors with stakeholders and corridors they can be connected to. The records made without
   * it are made alike. A shape reported over time ({@link #withSourcesOverTime()}) ignores it.
   */
  public CorpusShape withMeetingsAndRecognitions() {
    return new CorpusShape(states, organizations, membershipsPerOrganization, corridors, summits,
        fromYear, toYear, ongoingShare, distinctQuotes, sourcesOverTime, agreementsAndExercises, true);
  }
}
