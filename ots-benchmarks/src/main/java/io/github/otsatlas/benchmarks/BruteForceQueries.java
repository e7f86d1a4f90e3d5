package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A stream filter over every membership of the corpus: no index at all. */
final class BruteForceQueries implements MembershipQueries {
  private final List<Membership> memberships;

  BruteForceQueries(Corpus corpus) {
    this.memberships = corpus.memberships();
  }

  @Override
  public List<?> membersOn(OrganizationId organization, LocalDate day) {
    return memberships.stream()
        .filter(m -> m.organization().equals(organization))
        .filter(m -> m.period().contains(day) == Certainty.DEFINITELY)
        .map(Membership::party)
        .collect(Collectors.toList());
  }

  @Override
  public List<?> organizationsOf(Party party, LocalDate day) {
    return memberships.stream()
        .filter(m -> m.party().equals(party))
        .filter(m -> m.period().contains(day) == Certainty.DEFINITELY)
        .map(Membership::organization)
        .collect(Collectors.toList());
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    // One pass: a party definitely holds at most one membership per organization on a day
    // (rule 2), so two definite hits mean one in each organization.
    Map<Party, Long> hits = memberships.stream()
        .filter(m -> m.organization().equals(a) || m.organization().equals(b))
        .filter(m -> m.party().isState())
        .filter(m -> m.period().contains(day) == Certainty.DEFINITELY)
        .collect(Collectors.groupingBy(Membership::party, Collectors.counting()));
    return hits.entrySet().stream()
        .filter(e -> e.getValue() == 2)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }
}
