package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.MeetingQuery;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code meetings [--kind KIND] [--org ORG] [--host STATE] [--city CITY] [--from DAY --to DAY] [--attended-by STATE]
 * [--missed-by STATE] [--possible]}.
 */
@Command(name = "meetings", mixinStandardHelpOptions = true,
    description = {"Meetings that are not summits, in date order.",
        "Example: meetings --kind MINISTERIAL"})
final class MeetingsCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Option(names = "--kind", paramLabel = "KIND", converter = Converters.MeetingKinds.class,
      description = "Only meetings of this kind (any case): ministerial, officials, visit, conference,"
          + " roundtable, unknown.")
  MeetingKind kind;

  @Option(names = "--org", paramLabel = "ORG", converter = Converters.Organization.class,
      description = "Only meetings of this organization.")
  OrganizationId organization;

  @Option(names = "--host", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only meetings hosted by this state.")
  StateId host;

  @Option(names = "--city", paramLabel = "CITY", description = "Only meetings held in CITY (any case).")
  String city;

  @ArgGroup(exclusive = false, multiplicity = "0..1")
  Range range;

  /** A date range: both ends or neither. */
  static final class Range {
    @Option(names = "--from", paramLabel = "DAY", required = true, converter = Converters.Day.class,
        description = "Only meetings held from DAY (inclusive; needs --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", required = true, converter = Converters.Day.class,
        description = "Only meetings held until DAY (inclusive; needs --from).")
    LocalDate to;
  }

  @Option(names = "--attended-by", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only meetings a source says STATE attended.")
  StateId attendedBy;

  @Option(names = "--missed-by", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only meetings a source says STATE did not attend.")
  StateId missedBy;

  @Option(names = "--possible", description = "Add meetings whose imprecise date may fall in the range.")
  boolean possible;

  @Override
  public Integer call() {
    MeetingQuery query = root.atlas().meetings();
    if (kind != null) {
      query = query.ofKind(kind);
    }
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
    Output.answers(root, query);
    return 0;
  }
}
