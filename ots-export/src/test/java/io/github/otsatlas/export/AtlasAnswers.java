package io.github.otsatlas.export;

import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.ClaimEvidence;
import io.github.otsatlas.query.MembershipQuery;
import io.github.otsatlas.query.Quotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What the Atlas query API answers, in the shapes {@link Sparql} gives its answers. */
final class AtlasAnswers {
  private AtlasAnswers() {}

  /** {@code members(org).asOf(day)}, as {@code membership-id CERTAINTY}, sorted. */
  static List<String> membersOn(Atlas atlas, OrganizationId org, LocalDate day, boolean includingPossible) {
    MembershipQuery q = atlas.members(org).asOf(day);
    if (includingPossible) {
      q = q.includingPossible();
    }
    List<String> out = new ArrayList<>();
    q.list().forEach(a -> out.add(a.subject().id().value() + " " + a.certainty()));
    out.sort(null);
    return out;
  }

  /** The quotations {@code evidence(fact).claims()} gives a claim, as {@code source start..end exact}, sorted. */
  static List<String> quotesOf(Atlas atlas, Fact fact, Claim claim) {
    List<String> out = new ArrayList<>();
    for (ClaimEvidence c : atlas.evidence(fact.ref()).claims()) {
      if (c.claim().equals(claim)) {
        for (Quotation q : c.quotations()) {
          out.add(q.source().id().value() + " " + q.location().start() + ".." + q.location().end() + " "
              + q.location().exact());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The days on which an organization's answers can change: every bound of its memberships'
   * possible and definite days and the day before each, and each attestation's first and last
   * day; plus {@code more}.
   */
  static List<LocalDate> edgeDays(Atlas atlas, OrganizationId org, LocalDate... more) {
    TreeSet<LocalDate> days = new TreeSet<>(List.of(more));
    for (Membership m : atlas.corpus().memberships()) {
      if (!m.organization().equals(org)) {
        continue;
      }
      Period p = m.period();
      List<LocalDate> bounds = new ArrayList<>();
      if (p.possibleDays().hasLowerBound()) {
        bounds.add(p.possibleDays().lowerEndpoint());
      }
      if (p.possibleDays().hasUpperBound()) {
        bounds.add(p.possibleDays().upperEndpoint());
      }
      if (!p.definiteDays().isEmpty()) {
        bounds.add(p.definiteDays().lowerEndpoint());
        bounds.add(p.definiteDays().upperEndpoint());
      }
      p.attestations().forEach(a -> {
        bounds.add(a.earliest());
        bounds.add(a.latest());
      });
      for (LocalDate b : bounds) {
        days.add(b);
        days.add(b.minusDays(1));
      }
    }
    return List.copyOf(days);
  }
}
