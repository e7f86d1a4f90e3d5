package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.CorpusValidationException;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Rule;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two sources that give one membership different roles: a disagreement, and answers at most POSSIBLY. */
final class DisputedRoleTest {
  private static final SourceId A = SourceId.of("source-a");
  private static final SourceId B = SourceId.of("source-b");
  private static final StateId X = StateId.of("XXA");
  private static final OrganizationId O = OrganizationId.of("ORG");
  private static final String SAYS_MEMBER = "Xland is a member of the Organization.";
  private static final String SAYS_OBSERVER = "Xland is an observer of the Organization.";

  private static Source source(SourceId id, String text) {
    return Source.builder().id(id).file(id.value() + ".txt").language("en")
        .published(PartialDate.parse("2025-01-01")).text(text).build();
  }

  private static Corpus corpus(SourceId observerSource) {
    Citation name = Citation.of(A, "Xland", List.of(new Claim(Attribute.NAME, "Xland")));
    State x = State.builder().id(X).name("Xland").recognition(Recognition.RECOGNIZED)
        .addClassified(Attribute.RECOGNITION).addCitations(name).build();
    OrganizationName orgName = OrganizationName.builder().name("Organization")
        .addCitations(Citation.of(A, "Organization", List.of(new Claim(Attribute.NAME, "Organization")))).build();
    Organization o = Organization.builder().id(O).kind(OrganizationKind.FORUM).addClassified(Attribute.KIND)
        .addNames(orgName).build();
    Membership m = Membership.builder().id(MembershipId.of("x-in-org")).party(X).organization(O)
        .role(Role.MEMBER).role(Role.OBSERVER).end(PeriodEnd.ongoing())
        .addCitations(Citation.builder().source(A).quote(SAYS_MEMBER).addSupports(
            Claim.of(Attribute.PARTY, X.key()), Claim.of(Attribute.ORGANIZATION, O), Claim.of(Attribute.ROLE, Role.MEMBER))
            .asOf(PartialDate.parse("2024-12-31")).build())
        .addCitations(Citation.builder().source(observerSource).quote(SAYS_OBSERVER)
            .addSupports(Claim.of(Attribute.ROLE, Role.OBSERVER)).asOf(PartialDate.parse("2024-12-31")).build())
        .build();
    List<Source> sources = observerSource.equals(A)
        ? List.of(source(A, SAYS_MEMBER + " " + SAYS_OBSERVER))
        : List.of(source(A, SAYS_MEMBER), source(B, SAYS_OBSERVER));
    return Corpus.of(sources, List.of(x), List.of(o), List.of(m), List.of(), List.of());
  }

  @Test
  void twoSourcesGivingTwoRoles_isADisagreement_andTheRoleDecidesOnlyPossibly() {
    Atlas atlas = Atlas.of(corpus(B));
    List<Disagreement> all = atlas.disagreements();
    assertEquals(1, all.size(), all.toString());
    assertEquals(Disagreement.Kind.VALUES, all.get(0).kind());
    assertEquals(Attribute.ROLE, all.get(0).attribute());
    assertEquals(List.of("role=MEMBER", "role=OBSERVER"), all.get(0).sides().stream().map(s -> s.claim().toString()).toList());
    LocalDate day = LocalDate.of(2024, 12, 31);
    // a member, or an observer: the sources do not settle which
    assertTrue(atlas.members(O).asOf(day).withRole(Role.OBSERVER).list().isEmpty());
    Answer<Membership> observer = atlas.members(O).asOf(day).withRole(Role.OBSERVER).includingPossible().list().get(0);
    assertEquals(Certainty.POSSIBLY, observer.certainty());
    assertTrue(observer.isDisputed());
    assertEquals(Certainty.POSSIBLY, atlas.members(O).asOf(day).withRole(Role.MEMBER).includingPossible()
        .list().get(0).certainty());
    assertEquals(Certainty.POSSIBLY, atlas.organizations().withMember(X).asOf(day).withRole(Role.OBSERVER)
        .includingPossible().list().get(0).certainty());
    // in some role it definitely held
    assertEquals(Certainty.DEFINITELY, atlas.members(O).asOf(day).list().get(0).certainty());
    // narrowed to the source that says "member", the dispute is gone
    Corpus onlyA = atlas.corpus().onlyFrom(List.of(A));
    assertEquals(List.of(Role.MEMBER), onlyA.memberships().get(0).roles());
    assertTrue(onlyA.disagreements().isEmpty());
  }

  @Test
  void oneSourceGivingTwoRoles_isADataError() {
    CorpusValidationException e = assertThrows(CorpusValidationException.class, () -> corpus(A));
    assertTrue(e.violations().stream().anyMatch(v -> v.rule() == Rule.SELF_CONTRADICTION), e.getMessage());
  }
}
