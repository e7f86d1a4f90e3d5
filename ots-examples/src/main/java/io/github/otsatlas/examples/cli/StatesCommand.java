package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.MemberStateQuery;
import io.github.otsatlas.query.StateQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code states (--all-of ORG... | --any-of ORG... | --none-of ORG...) [--as-of DAY] [--possible]}. */
@Command(name = "states", mixinStandardHelpOptions = true,
    description = {"States by their memberships: in all, any or none of some organizations.",
        "Example: states --all-of OTS CSTO --as-of 2024-11-04 --possible"})
final class StatesCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  /** Exactly one of the three ways to combine organizations. */
  static final class Which {
    @Option(names = "--all-of", paramLabel = "ORG", arity = "1..*", required = true,
        converter = Converters.Organization.class, description = "States in every one of these organizations.")
    List<OrganizationId> allOf;

    @Option(names = "--any-of", paramLabel = "ORG", arity = "1..*", required = true,
        converter = Converters.Organization.class, description = "States in at least one of these organizations.")
    List<OrganizationId> anyOf;

    @Option(names = "--none-of", paramLabel = "ORG", arity = "1..*", required = true,
        converter = Converters.Organization.class, description = "States in none of these organizations.")
    List<OrganizationId> noneOf;
  }

  @Option(names = "--as-of", paramLabel = "DAY", converter = Converters.Day.class,
      description = "What held on DAY (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--possible", description = "Add the POSSIBLY answers to the DEFINITELY ones.")
  boolean possible;

  @Override
  public Integer call() {
    StateQuery states = root.atlas().states();
    for (List<OrganizationId> orgs : java.util.Arrays.asList(which.allOf, which.anyOf, which.noneOf)) {
      if (orgs != null) {
        orgs.forEach(o -> Checks.organization(root.whole(), o));
      }
    }
    MemberStateQuery query;
    if (which.allOf != null) {
      query = states.memberOfAll(which.allOf.get(0), rest(which.allOf));
    } else if (which.anyOf != null) {
      query = states.memberOfAny(which.anyOf.get(0), rest(which.anyOf));
    } else {
      query = states.memberOfNone(which.noneOf.get(0), rest(which.noneOf));
    }
    if (asOf != null) {
      query = query.asOf(asOf);
    }
    if (possible) {
      query = query.includingPossible();
    }
    Output.answers(root, query);
    return 0;
  }

  private static OrganizationId[] rest(List<OrganizationId> ids) {
    return ids.subList(1, ids.size()).toArray(new OrganizationId[0]);
  }
}
