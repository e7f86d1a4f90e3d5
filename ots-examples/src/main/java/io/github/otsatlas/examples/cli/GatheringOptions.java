package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.GatheringQuery;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that {@code summits} and {@code meetings} share, each the step of {@link
 * GatheringQuery} of the same name: {@code [--org ORG] [--host STATE] [--city CITY] [--from DAY
 * --to DAY] [--attended-by STATE] [--missed-by STATE] [--possible]}. The help text names the
 * command's own kind ({@code ${COMMAND-NAME}}).
 */
final class GatheringOptions {
  @Option(names = "--org", paramLabel = "ORG", converter = Converters.Organization.class,
      description = "Only ${COMMAND-NAME} of this organization.")
  OrganizationId organization;

  @Option(names = "--host", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only ${COMMAND-NAME} hosted by this state.")
  StateId host;

  @Option(names = "--city", paramLabel = "CITY", description = "Only ${COMMAND-NAME} held in CITY (any case).")
  String city;

  @ArgGroup(exclusive = false, multiplicity = "0..1")
  Range range;

  /** A date range: both ends or neither. */
  static final class Range {
    @Option(names = "--from", paramLabel = "DAY", required = true, converter = Converters.Day.class,
        description = "Only ${COMMAND-NAME} held from DAY (inclusive; needs --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", required = true, converter = Converters.Day.class,
        description = "Only ${COMMAND-NAME} held until DAY (inclusive; needs --from).")
    LocalDate to;
  }

  @Option(names = "--attended-by", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only ${COMMAND-NAME} a source says STATE attended.")
  StateId attendedBy;

  @Option(names = "--missed-by", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only ${COMMAND-NAME} a source says STATE did not attend.")
  StateId missedBy;

  @Option(names = "--possible", description = "Add ${COMMAND-NAME} whose imprecise date may fall in the range.")
  boolean possible;

  /** Returns the query with a step for each option given, ids checked against the whole atlas. */
  <Q extends GatheringQuery<Q, ?>> Q apply(Q query, Explorer root) {
    if (organization != null) {
      query = query.of(Checks.organization(root.whole(), organization));
    }
    if (host != null) {
      query = query.hostedIn(Checks.state(root.whole(), host));
    }
    if (city != null) {
      query = query.inCity(city);
    }
    if (range != null) {
      query = query.during(range.from, range.to);
    }
    if (attendedBy != null) {
      query = query.attendedBy(Checks.state(root.whole(), attendedBy));
    }
    if (missedBy != null) {
      query = query.missedBy(Checks.state(root.whole(), missedBy));
    }
    if (possible) {
      query = query.includingPossible();
    }
    return query;
  }
}
