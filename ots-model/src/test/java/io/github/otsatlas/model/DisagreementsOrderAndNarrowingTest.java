package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disagreements found on corpora built in the test. */
final class DisagreementsOrderAndNarrowingTest {
  private static final String LIST = "The observers of the council are Aland and Borduria.";
  private static final String ATTESTS = "Carpania is an observer of the council.";
  private static final SourceId ONE = SourceId.of("one");
  private static final SourceId TWO = SourceId.of("two");
  private static final OrganizationId COUNCIL = OrganizationId.of("COUNCIL");

  @Test
  void leftOffList_sameRecordsInAnyOrder_sameDisagreements() {
    List<Membership> memberships = List.of(observer("m-2", "AAA", listed()), observer("m-10", "BBB", listed()),
        observer("m-3", "CCC", Citation.builder().source(TWO).quote(ATTESTS)
            .addSupports(Claim.of(Attribute.PARTY, "state:CCC"), Claim.of(Attribute.ORGANIZATION, COUNCIL),
                Claim.of(Attribute.ROLE, Role.OBSERVER)).asOf(PartialDate.parse("2021")).build()));
    List<Membership> reversed = new ArrayList<>(memberships);
    java.util.Collections.reverse(reversed);
    Corpus a = corpus(memberships);
    Corpus b = corpus(reversed);
    assertEquals(a, b);
    assertEquals(1, a.disagreements().size(), a.disagreements()::toString);
    assertEquals(Disagreement.Kind.LEFT_OFF_LIST, a.disagreements().get(0).kind());
    assertEquals(a.disagreements(), b.disagreements());
  }

  @Test
  void leftOffList_ownSourceAttestsThePartyOnTheListDay_isASelfContradiction() {
    CorpusValidationException e = assertThrows(CorpusValidationException.class, () -> corpus(List.of(
        observer("m-1", "AAA", listed()), observer("m-2", "BBB", listed()),
        observer("m-3", "CCC", Citation.builder().source(ONE).quote("Sentences naming")
            .addSupports(Claim.of(Attribute.PARTY, "state:CCC"), Claim.of(Attribute.ORGANIZATION, COUNCIL),
                Claim.of(Attribute.ROLE, Role.OBSERVER)).asOf(PartialDate.parse("2020")).build()))));
    assertTrue(e.violations().stream().anyMatch(v -> v.rule() == Rule.SELF_CONTRADICTION), e::getMessage);
  }

  /**
   * A source that names a party without dating it does not contradict its own complete list: in
   * the whole corpus another source dates the party's start after the list's day; narrowed to the
   * first source alone, the start is gone and the party is left off the list, a disagreement
   * within that source's words but no data error.
   */
  @Test
  void onlyFrom_listAndAnUndatedMentionOfAPartyLeftOff_obeysTheRules() {
    Membership later = Membership.builder().id(MembershipId.of("m-3")).party(StateId.of("CCC"))
        .organization(COUNCIL).role(Role.OBSERVER).start(PartialDate.parse("2021")).end(PeriodEnd.ongoing())
        .addCitations(Citation.builder().source(ONE).quote("Sentences naming")
            .addSupports(Claim.of(Attribute.PARTY, "state:CCC"), Claim.of(Attribute.ORGANIZATION, COUNCIL),
                Claim.of(Attribute.ROLE, Role.OBSERVER)).build(),
            Citation.builder().source(TWO).quote(ATTESTS)
                .addSupports(Claim.of(Attribute.START, "2021")).build())
        .build();
    Corpus whole = corpus(List.of(observer("m-1", "AAA", listed()), observer("m-2", "BBB", listed()), later));
    assertEquals(List.of(), whole.disagreements());
    Corpus narrowed = whole.onlyFrom(List.of(ONE));
    assertEquals(List.of(), CorpusRules.check(narrowed.sources(), narrowed.states(), narrowed.organizations(),
        narrowed.memberships(), narrowed.corridors(), narrowed.summits()));
    assertEquals(1, narrowed.disagreements().size(), narrowed.disagreements()::toString);
  }

  private static Citation listed() {
    return Citation.builder().source(ONE).quote(LIST)
        .addSupports(Claim.of(Attribute.ORGANIZATION, COUNCIL), Claim.of(Attribute.ROLE, Role.OBSERVER))
        .asOf(PartialDate.parse("2020")).completeListOf(Role.OBSERVER).build();
  }

  private static Membership observer(String id, String state, Citation citation) {
    Citation c = citation.supports(Attribute.PARTY) ? citation
        : citation.withSupports(List.of(Claim.of(Attribute.PARTY, "state:" + state),
            Claim.of(Attribute.ORGANIZATION, COUNCIL), Claim.of(Attribute.ROLE, Role.OBSERVER)));
    return Membership.builder().id(MembershipId.of(id)).party(StateId.of(state)).organization(COUNCIL)
        .role(Role.OBSERVER).end(PeriodEnd.ongoing()).addCitations(c).build();
  }

  private static Corpus corpus(List<Membership> memberships) {
    List<Source> sources = List.of(
        Source.builder().id(ONE).file("one.txt").language("en").published(PartialDate.parse("2020"))
            .text("A report. " + LIST + " Sentences naming " + String.join(", ", "Aland", "Borduria", "Carpania") + ".").build(),
        Source.builder().id(TWO).file("two.txt").language("en").published(PartialDate.parse("2021"))
            .text("Another report. " + ATTESTS).build());
    List<State> states = new ArrayList<>();
    for (String code : List.of("AAA", "BBB", "CCC")) {
      states.add(State.builder().id(StateId.of(code)).name("State " + code).recognition(Recognition.RECOGNIZED)
          .addClassified(Attribute.RECOGNITION).addCitations(Citation.of(ONE, "Sentences naming",
              List.of(Claim.of(Attribute.NAME, "State " + code)))).build());
    }
    Organization council = Organization.builder().id(COUNCIL).kind(OrganizationKind.FORUM)
        .addClassified(Attribute.KIND).addNames(OrganizationName.builder().name("Council")
            .addCitations(Citation.of(ONE, "A report.", List.of(Claim.of(Attribute.NAME, "Council")))).build())
        .build();
    return Corpus.of(sources, states, List.of(council), memberships, List.of(), List.of());
  }

}
