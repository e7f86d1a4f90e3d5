package io.github.otsatlas.model;

import static io.github.otsatlas.model.TinyCorpus.attested;
import static io.github.otsatlas.model.TinyCorpus.cite;
import static io.github.otsatlas.model.TinyCorpus.citation;
import static io.github.otsatlas.model.TinyCorpus.d;
import static io.github.otsatlas.model.TinyCorpus.membership;
import static io.github.otsatlas.model.TinyCorpus.organization;
import static io.github.otsatlas.model.TinyCorpus.state;
import static io.github.otsatlas.model.TinyCorpus.summit;
import static io.github.otsatlas.model.TinyCorpus.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of disagreeing sources, complete lists, status reports and publication bounds, each
 * broken once in a tiny corpus: the violation names the rule, the record and the path.
 */
final class CorpusRulesTest {
  private static final FactRef AAA_UNION = new FactRef(FactRef.Kind.MEMBERSHIP, "aaa-union");

  private static TinyCorpus world() {
    return new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(state("AAA", "Aland", "a")).add(state("BBB", "Borduria", "a"))
        .add(organization("UNION", "Union", "a"));
  }

  /** Asserts that the corpus breaks exactly one rule, once, at the record and path given. */
  private static Violation assertOne(TinyCorpus corpus, Rule rule, FactRef record, String path) {
    List<Violation> found = corpus.check();
    assertEquals(1, found.size(), found.toString());
    Violation v = found.get(0);
    assertEquals(rule, v.rule(), v.toString());
    assertEquals(record, v.records().get(0), v.toString());
    assertEquals(path, v.path(), v.toString());
    CorpusValidationException e = assertThrows(CorpusValidationException.class, corpus::corpus);
    assertEquals(found, e.violations());
    return v;
  }

  private static Membership.Builder aaa() {
    return membership("aaa-union", "state:AAA", "UNION").end(PeriodEnd.ongoing());
  }

  // --- self-contradiction ---

  @Test
  void selfContradiction_oneSourceClaimingTwoStarts_isRefused() {
    TinyCorpus corpus = world().add(aaa().role(Role.MEMBER).start(d("2019")).start(d("2020")).addCitations(
        cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019")),
        cite("a", "Aland joined the Union in 2020.", "start=2020")).build());
    Violation v = assertOne(corpus, Rule.SELF_CONTRADICTION, AAA_UNION, "/start");
    assertTrue(v.message().contains("source a") && v.message().contains("2019 and 2020"), v.message());
  }

  @Test
  void selfContradiction_aRepublicationAndItsOriginalClaimingTwoStarts_isRefused() {
    TinyCorpus corpus = world().republication("a-copy", "2021", "a").add(aaa().role(Role.MEMBER)
        .start(d("2019")).start(d("2020")).addCitations(
            cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019")),
            cite("a-copy", "Aland joined the Union in 2020.", "start=2020")).build());
    Violation v = assertOne(corpus, Rule.SELF_CONTRADICTION, AAA_UNION, "/start");
    assertTrue(v.message().contains("source a "), v.message());
  }

  @Test
  void selfContradiction_twoHostCitiesFromOneSource_isRefused() {
    TinyCorpus corpus = world().add(summit("s").hostCity("Bishkek").hostCity("Baku").addCitations(
        cite("b", "The summit met in Bishkek.", "hostCity=Bishkek"),
        cite("b", "The summit met in Baku.", "hostCity=Baku")).build());
    assertOne(corpus, Rule.SELF_CONTRADICTION, new FactRef(FactRef.Kind.SUMMIT, "s"), "/hostCity");
  }

  @Test
  void selfContradiction_oneSourceRefiningItsOwnStart_isAllowed() {
    TinyCorpus corpus = world().add(aaa().role(Role.MEMBER).start(d("2019")).start(d("2019-04")).addCitations(
        cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019")),
        cite("a", "Aland joined in April 2019.", "start=2019-04")).build());
    assertEquals(List.of(), corpus.check());
  }

  @Test
  void selfContradiction_twoSourcesClaimingTwoStarts_isADisagreementNotAnError() {
    TinyCorpus corpus = world().add(aaa().role(Role.MEMBER).start(d("2019")).start(d("2020")).addCitations(
        cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019")),
        cite("b", "Aland joined the Union in 2020.", "start=2020")).build());
    assertEquals(List.of(), corpus.check());
    assertEquals(1, corpus.corpus().disagreements().size());
  }

  @Test
  void selfContradiction_aCompleteListLeavingOffAPartyItsOwnSourceAttests_isRefused() {
    TinyCorpus corpus = world()
        .add(aaa().role(Role.OBSERVER).addCitations(attested("b", "2022", "Aland is an observer of the Union.",
            who("state:AAA", "UNION", "OBSERVER"))).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing())
            .addCitations(citation("b", "Borduria is the one observer of the Union.",
                who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022")).completeListOf(Role.OBSERVER).build())
            .build());
    Violation v = assertOne(corpus, Rule.SELF_CONTRADICTION, AAA_UNION, "/role");
    assertTrue(v.message().contains("complete list"), v.message());
  }

  @Test
  void selfContradiction_aCompleteListLeavingOffAPartyItsSourceNamesWithoutADay_isADisagreement() {
    // "Aland became an observer" dates nothing: it may have left by the list's day
    TinyCorpus corpus = world()
        .add(aaa().role(Role.OBSERVER).addCitations(cite("b", "Aland became an observer of the Union.",
            who("state:AAA", "UNION", "OBSERVER"))).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing())
            .addCitations(citation("b", "Borduria is the one observer of the Union.",
                who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022")).completeListOf(Role.OBSERVER).build())
            .build());
    assertEquals(List.of(), corpus.check());
    assertEquals(List.of(AAA_UNION), corpus.corpus().disagreements().stream().map(Disagreement::fact).toList());
  }

  @Test
  void selfContradiction_aCompleteListLeavingOffAPartyItsSourceAttestsOnAnotherDay_isAllowed() {
    // the same source says Aland was an observer in 2019, and lists the observers of 2022 without it
    TinyCorpus corpus = world()
        .add(aaa().role(Role.OBSERVER).addCitations(attested("b", "2019", "Aland was an observer of the Union in 2019.",
            who("state:AAA", "UNION", "OBSERVER"))).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing())
            .addCitations(citation("b", "Borduria is the one observer of the Union.",
                who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022")).completeListOf(Role.OBSERVER).build())
            .build());
    assertEquals(List.of(), corpus.check());
    assertEquals(1, corpus.corpus().disagreements().size(), "another day of one source: a disagreement");
  }

  // --- complete-list ---

  @Test
  void completeList_onAStatesCitation_isRefused() {
    TinyCorpus corpus = new TinyCorpus().source("a", "2020")
        .add(State.builder().id(StateId.of("AAA")).name("Aland").recognition(Recognition.UNKNOWN)
            .addCitations(citation("a", "Aland is the one state.", "name=Aland").asOf(d("2020"))
                .completeListOf(Role.MEMBER).build()).build());
    assertOne(corpus, Rule.COMPLETE_LIST, new FactRef(FactRef.Kind.STATE, "AAA"), "/citations/0/completeListOf");
  }

  @Test
  void completeList_onAnOrganizationNamesCitation_isRefused() {
    TinyCorpus corpus = new TinyCorpus().source("a", "2020").add(TinyCorpus.organization("UNION", "Union",
        citation("a", "There is the Union.", "name=Union").asOf(d("2020")).completeListOf(Role.MEMBER).build()));
    assertOne(corpus, Rule.COMPLETE_LIST, new FactRef(FactRef.Kind.ORGANIZATION, "UNION"),
        "/names/0/citations/0/completeListOf");
  }

  @Test
  void completeList_onASummitOutcomesCitation_isRefusedWhereItStands() {
    TinyCorpus corpus = world().add(summit("s").date(d("2019")).addCitations(cite("a", "The summit met in 2019.", "date=2019"))
        .addOutcomes(Outcome.builder().kind(OutcomeKind.DECISION).text("a decision").addCitations(
            citation("a", "The summit decided.", "kind=DECISION").asOf(d("2019")).completeListOf(Role.MEMBER).build())
            .build()).build());
    assertOne(corpus, Rule.COMPLETE_LIST, new FactRef(FactRef.Kind.SUMMIT, "s"), "/outcomes/0/citations/0/completeListOf");
  }

  @Test
  void completeList_withoutAsOf_isRefused() {
    TinyCorpus corpus = world().add(aaa().role(Role.OBSERVER).addCitations(citation("a",
        "Aland is the one observer.", who("state:AAA", "UNION", "OBSERVER")).completeListOf(Role.OBSERVER).build()).build());
    Violation v = assertOne(corpus, Rule.COMPLETE_LIST, AAA_UNION, "/citations/0/completeListOf");
    assertTrue(v.message().contains("asOf"), v.message());
  }

  @Test
  void completeList_notSupportingTheParty_isRefused() {
    TinyCorpus corpus = world().add(aaa().role(Role.OBSERVER).addCitations(
        cite("a", "Aland is an observer.", who("state:AAA", "UNION", "OBSERVER")),
        citation("a", "The Union has one observer.", "organization=UNION", "role=OBSERVER").asOf(d("2020"))
            .completeListOf(Role.OBSERVER).build()).build());
    assertOne(corpus, Rule.COMPLETE_LIST, AAA_UNION, "/citations/1/completeListOf");
  }

  @Test
  void completeList_supportingNoRoleThatSatisfiesTheList_isRefused() {
    // "the founders are Aland and ..." states the role it lists: the citation supports it
    TinyCorpus corpus = world().add(aaa().role(Role.FOUNDING_MEMBER).role(Role.MEMBER).addCitations(
        citation("a", "The founders are Aland and Borduria.", "party=state:AAA", "organization=UNION")
            .asOf(d("2020")).completeListOf(Role.FOUNDING_MEMBER).build(),
        cite("a", "Aland is a member.", "role=MEMBER"),
        cite("b", "Aland founded the Union.", "role=FOUNDING_MEMBER")).build());
    Violation v = assertOne(corpus, Rule.COMPLETE_LIST, AAA_UNION, "/citations/0/completeListOf");
    assertTrue(v.message().contains("role"), v.message());
  }

  @Test
  void completeList_supportingAFinerRole_isAllowed() {
    TinyCorpus corpus = world().add(aaa().role(Role.FOUNDING_MEMBER).addCitations(citation("a",
        "Aland, a founder, is the one member.", who("state:AAA", "UNION", "FOUNDING_MEMBER")).asOf(d("2020"))
        .completeListOf(Role.MEMBER).build()).build());
    assertEquals(List.of(), corpus.check());
  }

  @Test
  void completeList_ofARoleTheMembershipDoesNotSatisfy_isRefused() {
    TinyCorpus corpus = world().add(aaa().role(Role.OBSERVER).addCitations(citation("a",
        "Aland is the one member.", who("state:AAA", "UNION", "OBSERVER")).asOf(d("2020"))
        .completeListOf(Role.MEMBER).build()).build());
    Violation v = assertOne(corpus, Rule.COMPLETE_LIST, AAA_UNION, "/citations/0/completeListOf");
    assertTrue(v.message().contains("MEMBER") && v.message().contains("OBSERVER"), v.message());
  }

  @Test
  void completeList_ofFoundersOnAMembersRecord_isRefused() {
    // MEMBER does not satisfy FOUNDING_MEMBER; the other way round it does
    TinyCorpus corpus = world().add(aaa().role(Role.MEMBER).addCitations(citation("a",
        "Aland is the one founder.", who("state:AAA", "UNION", "MEMBER")).asOf(d("2020"))
        .completeListOf(Role.FOUNDING_MEMBER).build()).build());
    assertOne(corpus, Rule.COMPLETE_LIST, AAA_UNION, "/citations/0/completeListOf");
  }

  @Test
  void completeList_ofMembersOnAFoundersRecord_isAllowed() {
    TinyCorpus corpus = world().add(aaa().role(Role.FOUNDING_MEMBER).addCitations(citation("a",
        "Aland is the one member.", who("state:AAA", "UNION", "FOUNDING_MEMBER")).asOf(d("2020"))
        .completeListOf(Role.MEMBER).build()).build());
    assertEquals(List.of(), corpus.check());
  }

  // --- single-role ---

  @Test
  void singleRole_aDisputedStartOverlappingAnotherRole_isRefused() {
    // a says Aland was an observer until June 2020 and a member since 2019; b says since 2021; c
    // that it is a member in 2022. Without b, Aland holds two roles at once: each start claimed
    // is checked as if it were the only one.
    TinyCorpus corpus = world().source("c", "2023")
        .add(membership("aaa-observer", "state:AAA", "UNION").role(Role.OBSERVER).start(d("2015"))
            .end(PeriodEnd.on(d("2020-06"))).addCitations(cite("a", "Aland was an observer from 2015 to June 2020.",
                who("state:AAA", "UNION", "OBSERVER", "start=2015", "end=2020-06"))).build())
        .add(aaa().role(Role.MEMBER).start(d("2019")).start(d("2021")).addCitations(
            cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019")),
            cite("b", "Aland joined the Union in 2021.", "start=2021"),
            attested("c", "2022", "Aland is a member of the Union.", "party=state:AAA")).build());
    Violation v = assertOne(corpus, Rule.SINGLE_ROLE, AAA_UNION, "");
    assertEquals(List.of(AAA_UNION, new FactRef(FactRef.Kind.MEMBERSHIP, "aaa-observer")), v.records());
  }

  @Test
  void singleRole_disputedStartsThatEachFollowTheOtherRole_areAllowed() {
    TinyCorpus corpus = world().source("c", "2023")
        .add(membership("aaa-observer", "state:AAA", "UNION").role(Role.OBSERVER).start(d("2015"))
            .end(PeriodEnd.on(d("2019-03"))).addCitations(cite("a", "Aland was an observer from 2015 to March 2019.",
                who("state:AAA", "UNION", "OBSERVER", "start=2015", "end=2019-03"))).build())
        .add(aaa().role(Role.MEMBER).start(d("2019-03")).start(d("2021")).addCitations(
            cite("a", "Aland joined the Union in March 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019-03")),
            cite("b", "Aland joined the Union in 2021.", "start=2021"),
            attested("c", "2022", "Aland is a member of the Union.", "party=state:AAA")).build());
    assertEquals(List.of(), corpus.check());
  }

  // --- status-attested ---

  @Test
  void statusAttested_aStatusCitedWithoutAsOf_isRefused() {
    TinyCorpus corpus = world().add(summit("s").status(SummitStatus.HELD).date(d("2019")).addCitations(
        attested("a", "2020", "The summit met in 2019.", "date=2019"),
        cite("a", "The summit was held.", "status=HELD")).build());
    Violation v = assertOne(corpus, Rule.STATUS_ATTESTED, new FactRef(FactRef.Kind.SUMMIT, "s"), "/citations/1/asOf");
    assertTrue(v.message().contains("asOf"), v.message());
  }

  @Test
  void statusAttested_aDateCitedWithoutAsOf_isAllowed() {
    TinyCorpus corpus = world().add(summit("s").status(SummitStatus.HELD).date(d("2019")).addCitations(
        cite("a", "The summit met in 2019.", "date=2019"),
        attested("a", "2020", "The summit was held.", "status=HELD")).build());
    assertEquals(List.of(), corpus.check());
  }

  // --- publication bounds ---

  @Test
  void quoteFound_aPublicationBoundWhoseQuoteIsNotInTheText_isRefused() {
    Source s = Source.builder().id(SourceId.of("undated")).file("undated.txt").language("en")
        .addPublicationBounds(
            new PublicationBound(PublicationBound.Relation.NOT_BEFORE, d("2024-11-04"), "On November 4th, 2024"),
            new PublicationBound(PublicationBound.Relation.WITHIN, d("2024"), "in the year 2024"))
        .text("On November 4th,\n2024, a roundtable was held.").build();
    Violation v = assertOne(new TinyCorpus().add(s), Rule.QUOTE_FOUND,
        new FactRef(FactRef.Kind.SOURCE, "undated"), "/publicationBounds/1/quote");
    assertTrue(v.message().contains("in the year 2024"), v.message());
  }

  @Test
  void attestationInSource_isComparedWithTheLatestPublicationTheBoundsAllow() {
    // published "unknown" but within 2024: an attestation of 2025 is after it
    TinyCorpus corpus = new TinyCorpus().source("undated", "unknown")
        .bound("undated", PublicationBound.Relation.WITHIN, "2024", "this year, 2024,")
        .add(State.builder().id(StateId.of("AAA")).name("Aland").recognition(Recognition.UNKNOWN)
            .addCitations(attested("undated", "2025", "Aland is a state.", "name=Aland")).build());
    assertOne(corpus, Rule.ATTESTATION_IN_SOURCE, new FactRef(FactRef.Kind.STATE, "AAA"), "/citations/0/asOf");
  }
}
