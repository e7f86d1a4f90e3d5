package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.FactSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The README's "Property-testing your own rules" example, verbatim, so that it stays true: a
 * user rule checked over generated corpora with the published arbitraries.
 */
final class ObserverRuleProperties {
  @Property(tries = 200)
  void noPartyIsObserverAndMemberOnTheSameDay(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate day) {
    Atlas atlas = Atlas.of(facts.toCorpus());
    for (Organization org : atlas.corpus().organizations()) {
      List<Party> observers = atlas.members(org.id()).asOf(day).withRole(Role.OBSERVER).parties();
      List<Party> members = atlas.members(org.id()).asOf(day).withRole(Role.MEMBER).parties();
      assertTrue(Collections.disjoint(observers, members));
    }
  }
  @Provide Arbitrary<FactSet> corpora() { return AtlasArbitraries.factSets(); }
  @Provide Arbitrary<LocalDate> days() { return AtlasArbitraries.days(); }
}
