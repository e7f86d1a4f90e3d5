package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.List;

/**
 * The product, called as a user would: {@code members(org).asOf(day).parties()} (the distinct
 * parties), {@code organizations().withMember(party).asOf(day).list()} and {@code
 * states().memberOfAll(a, b).asOf(day).list()} (answers carrying their certainty and the
 * memberships they rest on).
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
    return atlas.organizations().withMember(party).asOf(day).list();
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    return atlas.states().memberOfAll(a, b).asOf(day).list();
  }
}
