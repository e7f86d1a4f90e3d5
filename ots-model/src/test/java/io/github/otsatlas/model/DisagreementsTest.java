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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Disagreements between sources, as {@link Corpus#of} finds them in tiny corpora. */
final class DisagreementsTest {
  private static final FactRef AAA_UNION = new FactRef(FactRef.Kind.MEMBERSHIP, "aaa-union");

  /** Sources a (2020), b (2022), c (2023-05); states AAA, BBB, CCC; the Union; all named by a. */
  private static TinyCorpus world() {
    return new TinyCorpus().source("a", "2020").source("b", "2022").source("c", "2023-05")
        .add(state("AAA", "Aland", "a")).add(state("BBB", "Borduria", "a")).add(state("CCC", "Carpathia", "a"))
        .add(organization("UNION", "Union", "a"));
  }

  @Test
  void values_twoStartsFromTwoSources_areADisagreementWithBothSides() {
    Citation in2019 = cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019"));
    Citation in2020 = cite("b", "Aland became a member in 2020.", who("state:AAA", "UNION", "MEMBER", "start=2020"));
    Corpus corpus = world().add(membership("aaa-union", "state:AAA", "UNION").role(Role.MEMBER)
        .start(d("2019")).start(d("2020")).end(PeriodEnd.ongoing()).addCitations(in2019, in2020).build()).corpus();

    assertEquals(1, corpus.disagreements().size(), corpus.disagreements().toString());
    Disagreement d = corpus.disagreements().get(0);
    assertEquals(Disagreement.Kind.VALUES, d.kind());
    assertEquals(AAA_UNION, d.fact());
    assertEquals(Attribute.START, d.attribute());
    assertEquals(Optional.empty(), d.doubtfulDays());
    assertEquals(List.of(Claim.parse("start=2019"), Claim.parse("start=2020")),
        d.sides().stream().map(Disagreement.Side::claim).toList());
    assertEquals(List.of(List.of(in2019), List.of(in2020)),
        d.sides().stream().map(Disagreement.Side::citations).toList());
    assertEquals("membership:aaa-union start: start=2019 vs start=2020", d.toString());
    assertEquals(List.of(d), corpus.disagreements(AAA_UNION));
    assertEquals(List.of(), corpus.disagreements(new FactRef(FactRef.Kind.STATE, "AAA")));
  }

  @Test
  void values_compatibleStarts_areNone() {
    Corpus corpus = world().add(membership("aaa-union", "state:AAA", "UNION").role(Role.MEMBER)
        .start(d("2021")).start(d("2021-11")).end(PeriodEnd.ongoing()).addCitations(
            cite("a", "Aland joined the Union in 2021.", who("state:AAA", "UNION", "MEMBER", "start=2021")),
            cite("b", "Aland joined in November 2021.", who("state:AAA", "UNION", "MEMBER", "start=2021-11")))
        .build()).corpus();
    assertEquals(List.of(), corpus.disagreements());
    assertEquals(Optional.of(d("2021-11")), corpus.memberships().get(0).start());
  }

  @Test
  void values_rolesThatRefineOneAnother_areNone() {
    Corpus corpus = world().add(membership("aaa-union", "state:AAA", "UNION").role(Role.FOUNDING_MEMBER)
        .role(Role.MEMBER).end(PeriodEnd.ongoing()).addCitations(
            cite("a", "Aland founded the Union.", who("state:AAA", "UNION", "FOUNDING_MEMBER")),
            cite("b", "Aland is a member of the Union.", who("state:AAA", "UNION", "MEMBER")))
        .build()).corpus();
    assertEquals(List.of(), corpus.disagreements());
  }

  @Test
  void values_twoHostCitiesAndTwoDates_areOneDisagreementEach() {
    Corpus corpus = world().add(summit("s").date(d("2024-11")).date(d("2024-12")).hostCity("Bishkek")
        .hostCity("Baku").addCitations(
            cite("a", "The summit met in Bishkek in November 2024.", "date=2024-11", "hostCity=Bishkek"),
            cite("b", "The summit met in Baku in December 2024.", "date=2024-12", "hostCity=Baku"))
        .build()).corpus();
    assertEquals(List.of(Attribute.DATE, Attribute.HOST_CITY),
        corpus.disagreements().stream().map(Disagreement::attribute).sorted().toList());
    assertTrue(corpus.disagreements().stream().allMatch(d -> d.kind() == Disagreement.Kind.VALUES));
  }

  @Test
  void values_compatibleDatesOfASummit_areNone() {
    Corpus corpus = world().add(summit("s").date(d("2024")).date(d("2024-11-06")).addCitations(
            cite("a", "The summit met in 2024.", "date=2024"),
            cite("b", "The summit met on 6 November 2024.", "date=2024-11-06"))
        .build()).corpus();
    assertEquals(List.of(), corpus.disagreements());
  }

  @Test
  void values_twoStatusesReportedAsOfTwoDays_areNone() {
    // a summit scheduled as of one day and held as of a later one: the status changed
    Corpus corpus = world().add(summit("s").addStatuses(SummitStatus.SCHEDULED, SummitStatus.HELD).addCitations(
            attested("a", "2020", "The summit is scheduled.", "status=SCHEDULED"),
            attested("b", "2022", "The summit was held.", "status=HELD"))
        .build()).corpus();
    assertEquals(List.of(), corpus.disagreements());
  }

  // --- complete lists ---

  /** BBB, the Union's only observer as of 2022, says b; AAA is an observer since 2018, says a. */
  private static TinyCorpus leftOff(PeriodEnd aaaEnd, Citation... moreOfAaa) {
    Membership.Builder aaa = membership("aaa-union", "state:AAA", "UNION").role(Role.OBSERVER)
        .start(d("2018")).end(aaaEnd).addCitations(attested("a", "2020",
            "Aland has been an observer of the Union since 2018.", who("state:AAA", "UNION", "OBSERVER", "start=2018")))
        .addCitations(moreOfAaa);
    return world().add(aaa.build()).add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER)
        .end(PeriodEnd.ongoing()).addCitations(citation("b", "Borduria is the one observer of the Union.",
            who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022")).completeListOf(Role.OBSERVER).build())
        .build());
  }

  @Test
  void leftOffList_aPartyAnotherSourceAttests_isADisagreementFromTheListsDayOn() {
    Corpus corpus = leftOff(PeriodEnd.ongoing()).corpus();
    assertEquals(1, corpus.disagreements().size(), corpus.disagreements().toString());
    Disagreement d = corpus.disagreements().get(0);
    assertEquals(Disagreement.Kind.LEFT_OFF_LIST, d.kind());
    assertEquals(AAA_UNION, d.fact());
    assertEquals(Attribute.ROLE, d.attribute());
    assertEquals(Optional.of(Range.atLeast(LocalDate.of(2022, 1, 1))), d.doubtfulDays());
    assertEquals(List.of(AAA_UNION, new FactRef(FactRef.Kind.MEMBERSHIP, "bbb-union")),
        d.sides().stream().map(Disagreement.Side::fact).toList());
    assertEquals("a", d.sides().get(0).citations().get(0).source().value());
    assertEquals(Optional.of(Role.OBSERVER), d.sides().get(1).citations().get(0).completeListOf());
    assertTrue(d.sides().get(1).position().endsWith("leaves out AAA"), d.sides().get(1).position());
  }

  @Test
  void leftOffList_aLaterAttestation_endsTheDoubtfulDays() {
    Corpus corpus = leftOff(PeriodEnd.ongoing(), attested("c", "2023-05", "Aland is an observer of the Union.",
        who("state:AAA", "UNION", "OBSERVER"))).corpus();
    Disagreement d = corpus.disagreements().get(0);
    assertEquals(Optional.of(Range.closedOpen(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 5, 1))),
        d.doubtfulDays());
    // both attesting citations stand on the membership's side
    assertEquals(2, d.sides().get(0).citations().size());
  }

  @Test
  void leftOffList_anAttestationWithinTheListsDay_doesNotEndTheDoubtfulDays() {
    // attested as of 2022-06, inside the list's year: not after the list, so no cut
    Corpus corpus = leftOff(PeriodEnd.ongoing(), attested("c", "2022-06", "Aland is an observer of the Union.",
        who("state:AAA", "UNION", "OBSERVER"))).corpus();
    assertEquals(Optional.of(Range.atLeast(LocalDate.of(2022, 1, 1))),
        corpus.disagreements().get(0).doubtfulDays());
  }

  @Test
  void leftOffList_aMembershipEndedBeforeTheListsDay_isNone() {
    Corpus corpus = leftOff(PeriodEnd.on(d("2021")), attested("a", "2020",
        "Aland left the Union's observers in 2021.", who("state:AAA", "UNION", "OBSERVER", "end=2021"))).corpus();
    assertEquals(List.of(), corpus.disagreements());
  }

  @Test
  void leftOffList_aMembershipEndingInTheListsYear_isADisagreement() {
    // it may have ended after the list's day: the list may be wrong to leave it off
    Corpus corpus = leftOff(PeriodEnd.on(d("2022-06")), cite("a", "Aland will leave in June 2022.",
        who("state:AAA", "UNION", "OBSERVER", "end=2022-06"))).corpus();
    assertEquals(1, corpus.disagreements().size(), corpus.disagreements().toString());
  }

  @Test
  void leftOffList_aPartyInAnotherRole_isNone() {
    // the list names the observers: a member is rightly not on it
    Corpus corpus = world().add(membership("aaa-union", "state:AAA", "UNION").role(Role.MEMBER)
            .end(PeriodEnd.ongoing()).addCitations(attested("a", "2020", "Aland is a member of the Union.",
                who("state:AAA", "UNION", "MEMBER"))).build())
        .add(leftOff(PeriodEnd.ongoing()).corpus().memberships().get(1)).corpus();
    assertEquals(List.of(), corpus.disagreements());
  }

  @Test
  void leftOffList_ofMembers_leavingOffAFounder_isADisagreement() {
    // a founding member holds MEMBER too: a complete list of the members leaves it off wrongly
    Corpus corpus = world().add(membership("aaa-union", "state:AAA", "UNION").role(Role.FOUNDING_MEMBER)
            .end(PeriodEnd.ongoing()).addCitations(attested("a", "2020", "Aland founded the Union.",
                who("state:AAA", "UNION", "FOUNDING_MEMBER"))).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.MEMBER).end(PeriodEnd.ongoing())
            .addCitations(citation("b", "The one member of the Union is Borduria.", who("state:BBB", "UNION", "MEMBER"))
                .asOf(d("2022")).completeListOf(Role.MEMBER).build()).build()).corpus();
    assertEquals(List.of(AAA_UNION), corpus.disagreements().stream().map(Disagreement::fact).toList());
  }

  @Test
  void leftOffList_anOriginalAndItsRepublication_countOnce() {
    String quote = "Borduria is the one observer of the Union.";
    Corpus corpus = world().republication("b-copy", "2023", "b")
        .add(leftOff(PeriodEnd.ongoing()).corpus().memberships().get(0))
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing())
            .addCitations(
                citation("b", quote, who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022"))
                    .completeListOf(Role.OBSERVER).build(),
                citation("b-copy", quote, who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022"))
                    .completeListOf(Role.OBSERVER).build())
            .build()).corpus();
    assertEquals(1, corpus.disagreements().size(), corpus.disagreements().toString());
    assertEquals(List.of("b", "b-copy"), corpus.disagreements().get(0).sides().get(1).citations().stream()
        .map(c -> c.source().value()).toList());
  }

  @Test
  void leftOffList_twoIndependentLists_areTwoDisagreements() {
    String quote = "Borduria is the one observer of the Union.";
    Corpus corpus = world().add(leftOff(PeriodEnd.ongoing()).corpus().memberships().get(0))
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing())
            .addCitations(
                citation("b", quote, who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022"))
                    .completeListOf(Role.OBSERVER).build(),
                citation("c", quote, who("state:BBB", "UNION", "OBSERVER")).asOf(d("2023-05"))
                    .completeListOf(Role.OBSERVER).build())
            .build()).corpus();
    assertEquals(2, corpus.disagreements().size(), corpus.disagreements().toString());
  }

  @Test
  void leftOffList_namingEveryHolder_isNone() {
    Corpus corpus = world().add(membership("aaa-union", "state:AAA", "UNION").role(Role.OBSERVER)
            .end(PeriodEnd.ongoing()).addCitations(citation("b", "Aland and Borduria are the observers.",
                who("state:AAA", "UNION", "OBSERVER")).asOf(d("2022")).completeListOf(Role.OBSERVER).build()).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing())
            .addCitations(citation("b", "Aland and Borduria are the observers.",
                who("state:BBB", "UNION", "OBSERVER")).asOf(d("2022")).completeListOf(Role.OBSERVER).build()).build())
        .corpus();
    assertEquals(List.of(), corpus.disagreements());
  }
}
