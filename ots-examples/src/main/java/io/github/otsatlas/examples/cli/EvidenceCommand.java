package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.query.Evidence;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code evidence FACT [--claim FIELD]}. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = {"The quotes that support a fact, claim by claim (each labelled with the claims it "
        + "supports and the day it attests), their sources, and how many of them are independent "
        + "(a republication counts with its original).",
        "Example: evidence membership:uzb-ots-member --claim start"})
final class EvidenceCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Parameters(index = "0", paramLabel = "FACT",
      description = "The fact, as kind:id: membership:uzb-ots-member, state:TUR, organization:OTS, "
          + "corridor:middle-corridor, summit:ots-summit-11-bishkek.")
  String fact;

  @Option(names = "--claim", paramLabel = "FIELD", converter = Converters.Attributes.class,
      description = "Only the evidence of the fact's claims of FIELD (start, role, hostState, bypasses, ...): "
          + "the quotes that state it and their sources.")
  Attribute claim;

  @Override
  public Integer call() {
    FactRef ref = FactRef.parse(fact);
    Evidence evidence = claim == null ? root.atlas().evidence(ref) : root.atlas().evidence(ref, claim);
    Output.evidence(root, ref + (claim == null ? "" : ", " + claim.fieldName()), evidence);
    return 0;
  }
}
