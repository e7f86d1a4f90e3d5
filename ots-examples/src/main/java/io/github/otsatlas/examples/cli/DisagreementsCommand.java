package io.github.otsatlas.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code disagreements}: where the sources disagree, each side with its quotes. */
@Command(name = "disagreements", mixinStandardHelpOptions = true,
    description = {"Where the sources disagree: values of one fact that cannot both hold, and parties"
        + " a complete list leaves out although other sources attest them; each side with its quotes.",
        "Example: disagreements --as-reported-by 2025-12-31"})
final class DisagreementsCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Override
  public Integer call() {
    Output.disagreements(root);
    return 0;
  }
}
