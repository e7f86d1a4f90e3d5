package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.query.MeetingQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  GatheringOptions options;

  @Override
  public Integer call() {
    MeetingQuery query = root.atlas().meetings();
    if (kind != null) {
      query = query.ofKind(kind);
    }
    query = options.apply(query, root);
    Output.answers(root, query);
    return 0;
  }
}
