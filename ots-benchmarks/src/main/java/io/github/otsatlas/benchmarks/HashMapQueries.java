package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index a user writes in five minutes: {@code HashMap}s of membership lists by
 * organization and by party, each list filtered linearly with {@code Period.contains}.
 */
final class HashMapQueries implements MembershipQueries {
  private final Map<OrganizationId, List<Membership>> byOrganization = new HashMap<>();
  private final Map<Party, List<Membership>> byParty = new HashMap<>();

  HashMapQueries(Corpus corpus) {
    for (Membership m : corpus.memberships()) {
      byOrganization.computeIfAbsent(m.organization(), k -> new ArrayList<>()).add(m);
      byParty.computeIfAbsent(m.party(), k -> new ArrayList<>()).add(m);
    }
  }

  @Override
  public List<?> membersOn(OrganizationId organization, LocalDate day) {
    List<Party> out = new ArrayList<>();
    for (Membership m : byOrganization.getOrDefault(organization, List.of())) {
      if (m.period().contains(day) == Certainty.DEFINITELY) {
        out.add(m.party());
      }
    }
    return out;
  }

  @Override
  public List<?> organizationsOf(Party party, LocalDate day) {
    List<OrganizationId> out = new ArrayList<>();
    for (Membership m : byParty.getOrDefault(party, List.of())) {
      if (m.period().contains(day) == Certainty.DEFINITELY) {
        out.add(m.organization());
      }
    }
    return out;
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    Set<Party> inA = new HashSet<>();
    for (Membership m : byOrganization.getOrDefault(a, List.of())) {
      if (m.party().isState() && m.period().contains(day) == Certainty.DEFINITELY) {
        inA.add(m.party());
      }
    }
    List<Party> out = new ArrayList<>();
    for (Membership m : byOrganization.getOrDefault(b, List.of())) {
      if (inA.contains(m.party()) && m.period().contains(day) == Certainty.DEFINITELY) {
        out.add(m.party());
      }
    }
    return out;
  }
}
