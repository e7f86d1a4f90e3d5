package io.github.otsatlas.examples.cli;

import io.github.otsatlas.query.SummitQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code summits [--org ORG] [--host STATE] [--city CITY] [--from DAY --to DAY] [--attended-by STATE]
 * [--missed-by STATE] [--possible]}.
 */
@Command(name = "summits", mixinStandardHelpOptions = true,
    description = {"Summits, in date order (other meetings: the meetings command).",
        "Example: summits --org OTS --host UZB"})
final class SummitsCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Mixin
  GatheringOptions options;

  @Override
  public Integer call() {
    SummitQuery query = options.apply(root.atlas().summits(), root);
    Output.answers(root, query);
    return 0;
  }
}
