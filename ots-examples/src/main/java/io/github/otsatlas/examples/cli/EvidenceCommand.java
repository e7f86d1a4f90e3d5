package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.query.Evidence;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code evidence FACT}. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = {"The quotes that support a fact, their sources, and how many of them are "
        + "independent (a republication counts with its original).",
        "Example: evidence membership:uzb-ots-member"})
final class EvidenceCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Parameters(index = "0", paramLabel = "FACT",
      description = "The fact, as kind:id: membership:uzb-ots-member, state:TUR, organization:OTS, "
          + "corridor:middle-corridor, summit:ots-summit-11-bishkek.")
  String fact;

  @Override
  public Integer call() {
    FactRef ref = FactRef.parse(fact);
    Evidence evidence = root.atlas().evidence(ref);
    Output.evidence(root, ref.toString(), evidence);
    return 0;
  }
}
