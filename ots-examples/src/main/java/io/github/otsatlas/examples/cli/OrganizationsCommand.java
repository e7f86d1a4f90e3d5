package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.query.MemberOrganizationQuery;
import io.github.otsatlas.query.OrganizationQuery;
import io.github.otsatlas.query.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code organizations [--member PARTY] [--as-of DAY] [--kind KIND]... [--role ROLE]... [--possible]}. */
@Command(name = "organizations", mixinStandardHelpOptions = true,
    description = {"Organizations: all of them, or those a state or organization belongs to.",
        "Example: organizations --member KAZ --as-of 2025-01-01 --kind military_alliance"})
final class OrganizationsCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Spec
  CommandSpec spec;

  @Option(names = "--member", paramLabel = "PARTY",
      description = "Only organizations PARTY belongs to: a state (KAZ) or an organization (ECO), "
          + "or written state:KAZ / organization:ECO.")
  String member;

  @Option(names = "--as-of", paramLabel = "DAY", converter = Converters.Day.class,
      description = "Only memberships that held on DAY (YYYY-MM-DD); needs --member.")
  LocalDate asOf;

  @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = Converters.Kinds.class,
      description = "Only these kinds: ${COMPLETION-CANDIDATES}.")
  List<OrganizationKind> kinds;

  @Option(names = "--role", paramLabel = "ROLE", split = ",", converter = Converters.Roles.class,
      description = "Only memberships in these roles; needs --member.")
  List<Role> roles;

  @Option(names = "--possible", description = "Add the POSSIBLY answers to the DEFINITELY ones.")
  boolean possible;

  @Override
  public Integer call() {
    if (member == null && (asOf != null || roles != null)) {
      throw new ParameterException(spec.commandLine(), "--as-of and --role need --member");
    }
    OrganizationQuery byKind = root.atlas().organizations();
    if (kinds != null && !kinds.isEmpty()) {
      byKind = byKind.ofKind(kinds.get(0), kinds.subList(1, kinds.size()).toArray(new OrganizationKind[0]));
    }
    Query<Organization> query = byKind;
    if (member != null) {
      MemberOrganizationQuery ofMember = byKind.withMember(Checks.party(root.whole(), member));
      if (asOf != null) {
        ofMember = ofMember.asOf(asOf);
      }
      if (roles != null && !roles.isEmpty()) {
        ofMember = ofMember.withRole(roles.get(0), roles.subList(1, roles.size()).toArray(new Role[0]));
      }
      query = possible ? ofMember.includingPossible() : ofMember;
    }
    Output.answers(root, query);
    return 0;
  }
}
