package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.List;

/**
 * The product, called as a user would who wants the same answer as the baselines (who is in,
 * on that day, definitely): {@code members(org).asOf(day).parties()}, {@code
 * organizations().withMember(party).asOf(day).organizations()} and {@code
 * states().memberOfAll(a, b).asOf(day).states()}. The {@code list()} forms, which also build
 * each answer's basis of memberships, are measured by the first run in docs/benchmarks.md.
 */
final class AtlasQueries implements MembershipQueries {
  private final Atlas atlas;

  AtlasQueries(Corpus corpus) {
    this.atlas = Atlas.of(corpus);
  }

  @Override
  public List<?> membersOn(OrganizationId organization, LocalDate day) {
    return atlas.members(organization).asOf(day).parties();
  }

  @Override
  public List<?> organizationsOf(Party party, LocalDate day) {
    return atlas.organizations().withMember(party).asOf(day).organizations();
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    return atlas.states().memberOfAll(a, b).asOf(day).states();
  }
}
