package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.CorpusRules;
import io.github.otsatlas.model.CorpusValidationException;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Rule;
import io.github.otsatlas.model.RuleViolationException;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The membership rules over generated fact sets: valid sets pass; the same set with one rule
 * broken fails, naming exactly that rule and the record broken.
 */
final class MembershipRulesProperties {

  @Provide
  Arbitrary<FactSet> factSets() {
    return AtlasArbitraries.factSets();
  }

  @Property(tries = 60)
  void validSets_haveNoViolation(@ForAll("factSets") FactSet facts) {
    assertEquals(List.of(), check(facts));
    Corpus corpus = facts.toCorpus();
    assertEquals(facts.memberships().size(), corpus.memberships().size());
  }

  @Property(tries = 40)
  void periodOrder_reversedPeriod_isRejectedWhenBuilt(@ForAll("factSets") FactSet facts) {
    Membership m = facts.memberships().get(0);
    int year = m.start().map(PartialDate::year).orElse(2000);
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> Period.between(PartialDate.ofYear(year), PartialDate.ofYear(year - 1)));
    assertEquals(Rule.PERIOD_ORDER, e.rule());
  }

  @Property(tries = 40)
  void singleRole_duplicateOfADefinitePeriod_isNamed(@ForAll("factSets") FactSet facts) {
    Optional<Membership> definite = facts.memberships().stream()
        .filter(m -> m.period().overlaps(m.period()) == Certainty.DEFINITELY).findFirst();
    Assume.that(definite.isPresent());
    Membership twin = recited(definite.get().withId(MembershipId.of("twin"))
        .withRole(definite.get().role() == Role.OBSERVER ? Role.MEMBER : Role.OBSERVER));
    List<Membership> all = new ArrayList<>(facts.memberships());
    all.add(twin);
    assertOnly(Rule.SINGLE_ROLE, "membership:twin", facts.withMemberships(all));
  }

  @Property(tries = 40)
  void afterFounding_startBeforeFounding_isNamed(@ForAll("factSets") FactSet facts) {
    Optional<Membership> target = facts.memberships().stream()
        .filter(m -> m.role() != Role.FOUNDING_MEMBER && m.party().isState())
        .filter(m -> founded(facts, m.organization()).isPresent())
        .findFirst();
    Assume.that(target.isPresent());
    int founded = founded(facts, target.get().organization()).get().year();
    Membership early = recited(target.get().withCitations(unattested(target.get()))
        .withStart(Optional.of(PartialDate.ofYear(founded - 10)))
        .withEnd(PeriodEnd.on(PartialDate.ofYear(founded - 5))));
    assertOnly(Rule.AFTER_FOUNDING, early.ref().toString(), replace(facts, early));
  }

  @Property(tries = 40)
  void foundingAtFounding_laterFounder_isNamed(@ForAll("factSets") FactSet facts) {
    Optional<Membership> target = facts.memberships().stream()
        .filter(m -> m.role() != Role.FOUNDING_MEMBER && m.start().isPresent())
        .filter(m -> founded(facts, m.organization()).isPresent())
        .filter(m -> m.start().get().year() > founded(facts, m.organization()).get().year())
        .findFirst();
    Assume.that(target.isPresent());
    Membership founder = recited(target.get().withRole(Role.FOUNDING_MEMBER));
    assertOnly(Rule.FOUNDING_AT_FOUNDING, founder.ref().toString(), replace(facts, founder));
  }

  @Property(tries = 40)
  void reference_unknownParty_isNamed(@ForAll("factSets") FactSet facts) {
    Membership m = recited(facts.memberships().get(facts.memberships().size() / 2)
        .withParty(StateId.of("ZZZ")));
    assertOnly(Rule.REFERENCE, m.ref().toString(), replace(facts, m));
  }

  @Property(tries = 40)
  void selfMembership_organizationInItself_isNamed(@ForAll("factSets") FactSet facts) {
    Membership m = facts.memberships().get(0);
    Membership self = recited(m.withParty(m.organization()));
    assertOnly(Rule.SELF_MEMBERSHIP, self.ref().toString(), replace(facts, self));
  }

  @Property(tries = 40)
  void quoteFound_alteredQuote_isNamed(@ForAll("factSets") FactSet facts) {
    Membership m = facts.memberships().get(facts.memberships().size() - 1);
    Membership altered = m.withCitations(List.of(
        Citation.of(m.citations().get(0).source(), "A sentence that no generated source holds.", m.claims())));
    assertOnly(Rule.QUOTE_FOUND, altered.ref().toString(), replace(facts, altered));
  }

  @Property(tries = 40)
  void claimSupported_aClaimNoCitationNames_isNamed(@ForAll("factSets") FactSet facts) {
    Membership m = facts.memberships().get(0);
    Claim role = Claim.of(Attribute.ROLE, m.role());
    Membership unsupported = m.withCitations(m.citations().stream()
        .map(c -> c.withSupports(m.claims().stream().filter(x -> !x.equals(role)).toList()))
        .toList());
    assertOnly(Rule.CLAIM_SUPPORTED, m.ref().toString(), replace(facts, unsupported));
  }

  @Property(tries = 40)
  void claimExists_aCitedValueTheRecordDoesNotMake_isNamed(@ForAll("factSets") FactSet facts) {
    Membership m = facts.memberships().get(0);
    Membership changed = m.withRole(m.role() == Role.OBSERVER ? Role.PARTNER : Role.OBSERVER);
    // the citations still support the old role: the new one is unsupported, the old one unknown
    List<Violation> violations = check(replace(facts, changed));
    assertEquals(Set.of(Rule.CLAIM_EXISTS, Rule.CLAIM_SUPPORTED),
        violations.stream().map(Violation::rule).collect(Collectors.toSet()), violations::toString);
  }

  @Property(tries = 40)
  void attestationInSource_anAttestationAfterPublication_isNamed(@ForAll("factSets") FactSet facts) {
    Membership m = facts.memberships().stream()
        .filter(x -> x.end().kind() != PeriodEnd.Kind.DATE).findFirst().orElseThrow();
    Citation first = m.citations().get(0);
    // the generated sources are published in the last year of the shape: a day after it
    PartialDate late = PartialDate.ofYear(facts.sources().get(0).published().orElseThrow().year() + 1);
    List<Citation> citations = new ArrayList<>(m.citations());
    citations.set(0, first.withAsOf(Optional.of(late)));
    assertOnly(Rule.ATTESTATION_IN_SOURCE, m.ref().toString(), replace(facts, m.withCitations(citations)));
  }

  @Property(tries = 40)
  void uniqueId_duplicateState_isNamed(@ForAll("factSets") FactSet facts) {
    List<State> states = new ArrayList<>(facts.states());
    states.add(states.get(0));
    assertOnly(Rule.UNIQUE_ID, states.get(0).ref().toString(), facts.withStates(states));
  }

  private static void assertOnly(Rule rule, String record, FactSet broken) {
    List<Violation> violations = check(broken);
    Set<Rule> rules = violations.stream().map(Violation::rule).collect(Collectors.toSet());
    assertEquals(Set.of(rule), rules, violations::toString);
    assertTrue(violations.stream().anyMatch(v -> v.records().get(0).toString().equals(record)),
        violations::toString);
    CorpusValidationException e = assertThrows(CorpusValidationException.class, broken::toCorpus);
    assertTrue(e.getMessage().contains("[" + rule.code() + "]"), e.getMessage());
  }

  private static List<Violation> check(FactSet f) {
    return CorpusRules.check(f.sources(), f.states(), f.organizations(), f.memberships(),
        f.corridors(), f.summits());
  }

  private static Membership recited(Membership m) {
    return io.github.otsatlas.testing.CorpusGenerator.recited(m);
  }

  /** The citations of a membership without their attestations, for a period moved elsewhere. */
  private static List<Citation> unattested(Membership m) {
    return m.citations().stream().map(c -> c.withAsOf(Optional.empty())).toList();
  }

  private static Optional<PartialDate> founded(FactSet facts, OrganizationId id) {
    return facts.organizations().stream().filter(o -> o.id().equals(id)).findFirst()
        .flatMap(Organization::founded);
  }

  private static FactSet replace(FactSet facts, Membership changed) {
    return facts.withMemberships(facts.memberships().stream()
        .map(m -> m.id().equals(changed.id()) ? changed : m).collect(Collectors.toList()));
  }
}
