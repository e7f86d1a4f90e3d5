package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.Mode;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.CorridorQuery;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corridors [--through STATE]... [--bypassing STATE]... [--mode MODE]... [--status STATUS]...}. */
@Command(name = "corridors", mixinStandardHelpOptions = true,
    description = {"Transport corridors, railways, choke points and customs corridors.",
        "Example: corridors --through AZE --bypassing RUS"})
final class CorridorsCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Option(names = "--through", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only corridors that pass STATE (repeat: through all of them).")
  List<StateId> through;

  @Option(names = "--bypassing", paramLabel = "STATE", converter = Converters.State.class,
      description = "Only corridors a source says bypass STATE (repeat: all of them).")
  List<StateId> bypassing;

  @Option(names = "--mode", paramLabel = "MODE", converter = Converters.Modes.class,
      description = "Only corridors that carry MODE (repeat: all of them): ${COMPLETION-CANDIDATES}.")
  List<Mode> modes;

  @Option(names = "--status", paramLabel = "STATUS", split = ",", converter = Converters.Statuses.class,
      description = "Only corridors of these statuses: ${COMPLETION-CANDIDATES}.")
  List<CorridorStatus> statuses;

  @Override
  public Integer call() {
    CorridorQuery query = root.atlas().corridors();
    for (StateId s : through == null ? List.<StateId>of() : through) {
      query = query.through(Checks.state(root.whole(), s));
    }
    for (StateId s : bypassing == null ? List.<StateId>of() : bypassing) {
      query = query.bypassing(Checks.state(root.whole(), s));
    }
    for (Mode m : modes == null ? List.<Mode>of() : modes) {
      query = query.withMode(m);
    }
    if (statuses != null && !statuses.isEmpty()) {
      query = query.withStatus(statuses.get(0), statuses.subList(1, statuses.size()).toArray(new CorridorStatus[0]));
    }
    Output.answers(root, query);
    return 0;
  }
}
