package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.query.MembershipQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code members ORG [--as-of DAY] [--role ROLE]... [--under-name NAME] [--possible]}. */
@Command(name = "members", mixinStandardHelpOptions = true,
    description = {"The memberships of an organization: who was a member, observer, ... and when.",
        "Example: members OTS --as-of 2022-12-01 --role observer"})
final class MembersCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Parameters(index = "0", paramLabel = "ORG", converter = Converters.Organization.class,
      description = "The organization, such as OTS or CSTO.")
  OrganizationId organization;

  @Option(names = "--as-of", paramLabel = "DAY", converter = Converters.Day.class,
      description = "Only memberships that held on DAY (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--role", paramLabel = "ROLE", split = ",", converter = Converters.Roles.class,
      description = "Only these roles (repeat, or separate by commas): ${COMPLETION-CANDIDATES}. "
          + "member includes founding_member.")
  List<Role> roles;

  @Option(names = "--under-name", paramLabel = "NAME",
      description = "Only memberships that held while the organization bore NAME (a former name, say).")
  String name;

  @Option(names = "--possible", description = "Add the POSSIBLY answers to the DEFINITELY ones.")
  boolean possible;

  @Override
  public Integer call() {
    MembershipQuery query = root.atlas().members(Checks.organization(root.whole(), organization));
    if (asOf != null) {
      query = query.asOf(asOf);
    }
    if (roles != null && !roles.isEmpty()) {
      query = query.withRole(roles.get(0), roles.subList(1, roles.size()).toArray(new Role[0]));
    }
    if (name != null) {
      query = query.underName(name);
    }
    if (possible) {
      query = query.includingPossible();
    }
    Output.answers(root, query);
    return 0;
  }
}
