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

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Corpus#onlyFrom}: one test per rule of what stays when sources are left out (the class
 * Javadoc of {@code Narrowing}, and {@code seeds/README.md}, "As reported by"), each on a tiny
 * corpus where source {@code a} is kept and source {@code b} left out.
 */
final class NarrowingTest {
  private static final Set<SourceId> ONLY_A = Set.of(SourceId.of("a"));
  private static final MembershipId AAA_UNION = MembershipId.of("aaa-union");

  /** Sources a (2020) and b (2022); states AAA and BBB and the Union, named by a. */
  private static TinyCorpus world() {
    return new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(state("AAA", "Aland", "a")).add(state("BBB", "Borduria", "a"))
        .add(organization("UNION", "Union", "a"));
  }

  private static Membership.Builder aaa() {
    return membership("aaa-union", "state:AAA", "UNION");
  }

  private static Membership aaaIn(Corpus corpus) {
    return corpus.membership(AAA_UNION).orElseThrow(() -> new AssertionError("aaa-union vanished"));
  }

  // --- 1. a claim stays if a remaining citation supports it ---

  @Test
  void aClaimWithoutRemainingSupport_disappears() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2019")).end(PeriodEnd.ongoing()).addCitations(
        cite("a", "Aland is a member of the Union.", who("state:AAA", "UNION", "MEMBER")),
        cite("b", "Aland joined the Union in 2019.", "start=2019")).build()).corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    Membership m = aaaIn(narrowed);
    assertEquals(List.of(), m.starts());
    assertEquals(List.of(d("2019")), aaaIn(full).starts());
    assertEquals(List.of("a"), m.citations().stream().map(c -> c.source().value()).toList());
  }

  @Test
  void aListElementWithoutRemainingSupport_disappears() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(State.builder().id(StateId.of("TUR")).name("Turkey").addAliases("Türkiye").recognition(Recognition.UNKNOWN)
            .addCitations(cite("a", "Turkey is a state.", "name=Turkey"),
                cite("b", "Türkiye is Turkey.", "name=Turkey", "aliases=Türkiye")).build()).corpus();
    State tur = full.onlyFrom(ONLY_A).state(StateId.of("TUR")).orElseThrow();
    assertEquals(List.of(), tur.aliases());
    assertEquals(List.of(Claim.parse("name=Turkey")), tur.claims());
  }

  @Test
  void aDisputedValueLeftAlone_endsTheDisagreement() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2019")).start(d("2021")).end(PeriodEnd.ongoing())
        .addCitations(cite("a", "Aland joined the Union in 2019.", who("state:AAA", "UNION", "MEMBER", "start=2019")),
            cite("b", "Aland joined the Union in 2021.", "start=2021")).build()).corpus();
    assertEquals(1, full.disagreements().size());
    Corpus narrowed = full.onlyFrom(ONLY_A);
    assertEquals(List.of(), narrowed.disagreements());
    assertEquals(Optional.of(d("2019")), aaaIn(narrowed).start());
  }

  @Test
  void aRoleThatRefinesAnother_goesWithItsSource() {
    Corpus full = world().add(aaa().role(Role.FOUNDING_MEMBER).role(Role.MEMBER).end(PeriodEnd.ongoing())
        .addCitations(cite("a", "Aland is a member of the Union.", who("state:AAA", "UNION", "MEMBER")),
            cite("b", "Aland founded the Union.", "role=FOUNDING_MEMBER")).build()).corpus();
    assertEquals(Role.FOUNDING_MEMBER, aaaIn(full).role());
    assertEquals(List.of(Role.MEMBER), aaaIn(full.onlyFrom(ONLY_A)).roles());
  }

  @Test
  void aCompleteListLeftOut_endsItsDisagreement() {
    Corpus full = world().add(aaa().role(Role.OBSERVER).end(PeriodEnd.ongoing()).addCitations(
            attested("a", "2020", "Aland is an observer of the Union.", who("state:AAA", "UNION", "OBSERVER"))).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.OBSERVER).end(PeriodEnd.ongoing()).addCitations(
            attested("a", "2020", "Borduria is an observer of the Union.", who("state:BBB", "UNION", "OBSERVER")),
            citation("b", "Borduria is the one observer of the Union.", who("state:BBB", "UNION", "OBSERVER"))
                .asOf(d("2022")).completeListOf(Role.OBSERVER).build()).build()).corpus();
    assertEquals(1, full.disagreements().size());
    assertEquals(List.of(), full.onlyFrom(ONLY_A).disagreements());
    assertEquals(1, full.onlyFrom(Set.of(SourceId.of("a"), SourceId.of("b"))).disagreements().size());
  }

  @Test
  void aStatusReportLeftOut_isNoLongerTheLatest() {
    Corpus full = world().add(summit("s").addStatuses(SummitStatus.SCHEDULED, SummitStatus.HELD).addCitations(
        attested("a", "2020", "The summit is scheduled.", "status=SCHEDULED"),
        attested("b", "2022", "The summit was held.", "status=HELD")).build()).corpus();
    assertEquals(SummitStatus.HELD, full.summit(SummitId.of("s")).orElseThrow().status());
    Summit s = full.onlyFrom(ONLY_A).summit(SummitId.of("s")).orElseThrow();
    assertEquals(List.of(SummitStatus.SCHEDULED), s.statuses());
    assertEquals(SummitStatus.SCHEDULED, s.status());
  }

  // --- 2. a fact stays if its required claims stay and a remaining source supports it ---

  @Test
  void aMembershipWithoutItsRole_disappears() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2019")).end(PeriodEnd.ongoing()).addCitations(
        cite("a", "Aland joined the Union in 2019.", "party=state:AAA", "organization=UNION", "start=2019"),
        cite("b", "Aland is a member.", "role=MEMBER")).build()).corpus();
    assertEquals(Optional.empty(), full.onlyFrom(ONLY_A).membership(AAA_UNION));
  }

  @Test
  void aStateWhoseNameIsLeftOut_keepsTheAliasARemainingSourceStatesAsItsName() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(State.builder().id(StateId.of("TUR")).name("Turkey").addAliases("Türkiye").recognition(Recognition.UNKNOWN)
            .addCitations(cite("a", "Türkiye, as it is called now", "aliases=Türkiye"),
                cite("b", "Turkey is a state.", "name=Turkey")).build()).corpus();
    State kept = full.onlyFrom(ONLY_A).states().get(0);
    assertEquals("Türkiye", kept.name());
    assertEquals(List.of(), kept.aliases());
    assertEquals(List.of(new Claim(Attribute.NAME, "Türkiye")), kept.citations().get(0).supports());
  }

  @Test
  void aStateWithoutItsNameOrAnAlias_disappears() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(State.builder().id(StateId.of("TUR")).name("Turkey").recognition(Recognition.DE_FACTO)
            .addCitations(cite("a", "a de facto state", "recognition=DE_FACTO"),
                cite("b", "Turkey is a state.", "name=Turkey")).build()).corpus();
    assertEquals(List.of(), full.onlyFrom(ONLY_A).states());
  }

  @Test
  void aCorridorWithoutItsName_disappears() {
    Corpus full = world().add(Corridor.builder().id(CorridorId.of("middle")).name("Middle Corridor")
        .kind(CorridorKind.TRANSPORT_CORRIDOR).status(CorridorStatus.UNKNOWN).addCitations(
            cite("a", "It is a transport corridor.", "kind=TRANSPORT_CORRIDOR"),
            cite("b", "The Middle Corridor", "name=Middle Corridor")).build()).corpus();
    assertEquals(List.of(), full.onlyFrom(ONLY_A).corridors());
    assertEquals(1, full.onlyFrom(Set.of(SourceId.of("b"))).corridors().size());
  }

  @Test
  void aSummitNoRemainingSourceReports_disappears() {
    Corpus full = world().add(summit("s").date(d("2021")).addCitations(cite("b", "The summit met in 2021.", "date=2021"))
        .build()).corpus();
    assertEquals(List.of(), full.onlyFrom(ONLY_A).summits());
  }

  @Test
  void anOutcomeWithoutItsKind_disappearsAndItsSummitStays() {
    Corpus full = world().add(summit("s").date(d("2021")).addCitations(cite("a", "The summit met in 2021.", "date=2021"))
        .addOutcomes(Outcome.builder().kind(OutcomeKind.DECLARATION).text("a declaration")
            .addParties(StateId.of("AAA")).addCitations(cite("a", "Aland was concerned.", "parties=state:AAA"),
                cite("b", "The summit adopted a declaration.", "kind=DECLARATION")).build()).build()).corpus();
    Summit s = full.onlyFrom(ONLY_A).summit(SummitId.of("s")).orElseThrow();
    assertEquals(List.of(), s.outcomes());
    assertEquals(List.of(d("2021")), s.dates());
  }

  // --- organizations: one dated name required ---

  @Test
  void anOrganizationWithNoRemainingName_disappears() {
    Corpus full = world().add(Organization.builder().id(OrganizationId.of("ECO")).kind(OrganizationKind.FORUM)
        .addNames(OrganizationName.builder().name("Economic Forum")
            .addCitations(cite("b", "the Economic Forum", "name=Economic Forum")).build())
        .addCitations(cite("a", "It is a forum.", "kind=FORUM")).build()).corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    assertEquals(Optional.empty(), narrowed.organization(OrganizationId.of("ECO")));
    assertEquals(Optional.of(OrganizationId.of("UNION")),
        narrowed.organizations().stream().map(Organization::id).findFirst());
  }

  @Test
  void anOrganizationsNameWithoutSupport_disappearsAndTheOtherNamesStay() {
    Corpus full = world().add(Organization.builder().id(OrganizationId.of("OTS")).kind(OrganizationKind.UNKNOWN)
        .addNames(OrganizationName.builder().name("Turkic Council").from(d("2009"))
                .addCitations(cite("b", "the Turkic Council of 2009", "name=Turkic Council", "from=2009")).build(),
            OrganizationName.builder().name("Organization of Turkic States").from(d("2021"))
                .addCitations(cite("a", "renamed the Organization of Turkic States in 2021",
                    "name=Organization of Turkic States", "from=2021")).build()).build()).corpus();
    Organization ots = full.onlyFrom(ONLY_A).organization(OrganizationId.of("OTS")).orElseThrow();
    assertEquals(List.of("Organization of Turkic States"), ots.names().stream().map(OrganizationName::name).toList());
    assertEquals(List.of(), ots.citations());
  }

  // --- 3. references to facts that did not stay ---

  @Test
  void aMembershipGrantedAtASummitThatVanished_losesGrantedAt() {
    Corpus full = world().add(summit("s").date(d("2021")).addCitations(cite("b", "The summit met in 2021.", "date=2021"))
            .build())
        .add(aaa().role(Role.OBSERVER).end(PeriodEnd.ongoing()).grantedAt(SummitId.of("s")).addCitations(
            cite("a", "The summit made Aland an observer of the Union.",
                who("state:AAA", "UNION", "OBSERVER", "grantedAt=s"))).build()).corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    assertEquals(List.of(), narrowed.summits());
    Membership m = aaaIn(narrowed);
    assertEquals(Optional.empty(), m.grantedAt());
    // the citation stays, supporting what the membership still claims
    assertEquals(List.of(Claim.parse("party=state:AAA"), Claim.parse("organization=UNION"), Claim.parse("role=OBSERVER")),
        m.citations().get(0).supports());
  }

  @Test
  void aMembershipWhosePartyVanished_vanishes() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(state("CCC", "Carpathia", "b")).add(organization("UNION", "Union", "a"))
        .add(membership("ccc-union", "state:CCC", "UNION").role(Role.MEMBER).end(PeriodEnd.ongoing())
            .addCitations(cite("a", "Carpathia is a member of the Union.", who("state:CCC", "UNION", "MEMBER"))).build())
        .corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    assertEquals(List.of(), narrowed.states());
    assertEquals(List.of(), narrowed.memberships());
  }

  @Test
  void aMembershipWhoseOrganizationVanished_vanishes() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(state("AAA", "Aland", "a")).add(organization("UNION", "Union", "b"))
        .add(aaa().role(Role.MEMBER).end(PeriodEnd.ongoing())
            .addCitations(cite("a", "Aland is a member of the Union.", who("state:AAA", "UNION", "MEMBER"))).build())
        .corpus();
    assertEquals(List.of(), full.onlyFrom(ONLY_A).memberships());
  }

  @Test
  void referencesToVanishedFacts_areDropped() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(state("AAA", "Aland", "a")).add(state("RRR", "Ruritania", "b"))
        .add(State.builder().id(StateId.of("XNC")).name("North").recognition(Recognition.DE_FACTO)
            .addRecognizedBy(StateId.of("RRR")).addCitations(cite("a", "Only Ruritania recognises the North.",
                "name=North", "recognition=DE_FACTO", "recognizedBy=RRR")).build())
        .add(Corridor.builder().id(CorridorId.of("middle")).name("Middle Corridor").kind(CorridorKind.RAILWAY)
            .status(CorridorStatus.UNKNOWN).addRoute(Waypoint.parse("state:AAA"), Waypoint.parse("state:RRR"))
            .addBypasses(Waypoint.parse("state:RRR")).addCrosses(Waypoint.parse("state:AAA"))
            .addCitations(cite("a", "The Middle Corridor, a railway, runs from Aland to Ruritania and bypasses it.",
                "name=Middle Corridor", "kind=RAILWAY", "route=state:AAA > state:RRR", "bypasses=state:RRR",
                "crosses=state:AAA")).build())
        .corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    assertEquals(List.of(), narrowed.state(StateId.of("XNC")).orElseThrow().recognizedBy());
    Corridor c = narrowed.corridor(CorridorId.of("middle")).orElseThrow();
    assertEquals(List.of(), c.route(), "the route is one claim: a waypoint that vanished takes it along");
    assertEquals(List.of(), c.bypasses());
    assertEquals(List.of(Waypoint.parse("state:AAA")), c.crosses());
  }

  // --- 4. ends ---

  @Test
  void aDatedEndWithoutSupport_becomesOngoing() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2010")).end(PeriodEnd.on(d("2021"))).addCitations(
        cite("a", "Aland joined the Union in 2010.", who("state:AAA", "UNION", "MEMBER", "start=2010")),
        cite("b", "Aland left the Union in 2021.", "end=2021")).build()).corpus();
    assertEquals(PeriodEnd.ongoing(), aaaIn(full.onlyFrom(ONLY_A)).end());
  }

  @Test
  void aDatedEndWithoutSupport_becomesUnknownWhenItsReasonStays() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2010")).end(PeriodEnd.on(d("2021")))
        .endReason(EndReason.WITHDRAWN).addCitations(
            cite("a", "Aland joined the Union in 2010 and later withdrew.",
                who("state:AAA", "UNION", "MEMBER", "start=2010", "endReason=WITHDRAWN")),
            cite("b", "Aland left the Union in 2021.", "end=2021")).build()).corpus();
    Membership m = aaaIn(full.onlyFrom(ONLY_A));
    assertEquals(PeriodEnd.unknown(), m.end());
    assertEquals(Optional.of(EndReason.WITHDRAWN), m.endReason());
  }

  @Test
  void anEndReasonWithoutSupport_isDroppedAndAnUnknownEndBecomesOngoing() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2010")).end(PeriodEnd.unknown())
        .endReason(EndReason.SUSPENDED).addCitations(
            cite("a", "Aland joined the Union in 2010.", who("state:AAA", "UNION", "MEMBER", "start=2010")),
            cite("b", "Aland was suspended.", "endReason=SUSPENDED")).build()).corpus();
    Membership m = aaaIn(full.onlyFrom(ONLY_A));
    assertEquals(Optional.empty(), m.endReason());
    assertEquals(PeriodEnd.ongoing(), m.end());
  }

  @Test
  void aSupportedDatedEnd_stays() {
    Corpus full = world().add(aaa().role(Role.MEMBER).start(d("2010")).end(PeriodEnd.on(d("2021"))).addCitations(
        cite("a", "Aland was a member of the Union from 2010 to 2021.",
            who("state:AAA", "UNION", "MEMBER", "start=2010", "end=2021"))).build()).corpus();
    assertEquals(PeriodEnd.on(d("2021")), aaaIn(full.onlyFrom(ONLY_A)).end());
  }

  // --- kinds and recognition ---

  @Test
  void anUnsupportedKindOrRecognition_becomesUnknown() {
    Corpus full = new TinyCorpus().source("a", "2020").source("b", "2022")
        .add(State.builder().id(StateId.of("XNC")).name("North").recognition(Recognition.DE_FACTO).addCitations(
            cite("a", "The North is there.", "name=North"), cite("b", "The North is a de facto state.",
                "recognition=DE_FACTO")).build())
        .add(Organization.builder().id(OrganizationId.of("ECO")).kind(OrganizationKind.FORUM)
            .addNames(OrganizationName.builder().name("Forum").addCitations(cite("a", "the Forum", "name=Forum")).build())
            .addCitations(cite("b", "The Forum is a forum.", "kind=FORUM")).build())
        .add(Corridor.builder().id(CorridorId.of("middle")).name("Middle Corridor").kind(CorridorKind.RAILWAY)
            .status(CorridorStatus.UNKNOWN).addCitations(cite("a", "The Middle Corridor", "name=Middle Corridor"),
                cite("b", "The Middle Corridor is a railway.", "kind=RAILWAY")).build())
        .corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    assertEquals(Recognition.UNKNOWN, narrowed.state(StateId.of("XNC")).orElseThrow().recognition());
    assertEquals(OrganizationKind.UNKNOWN, narrowed.organization(OrganizationId.of("ECO")).orElseThrow().kind());
    assertEquals(CorridorKind.UNKNOWN, narrowed.corridor(CorridorId.of("middle")).orElseThrow().kind());
    assertTrue(narrowed.organization(OrganizationId.of("ECO")).orElseThrow().claims().isEmpty(),
        "UNKNOWN is no claim");
  }

  // --- 5. republications ---

  @Test
  void aRepublicationWhoseOriginalIsLeftOut_losesTheLink() {
    Corpus full = world().republication("a-copy", "2021", "a").corpus();
    Source copy = full.onlyFrom(Set.of(SourceId.of("a-copy"))).sources().get(0);
    assertEquals(SourceId.of("a-copy"), copy.id());
    assertEquals(Optional.empty(), copy.republicationOf());
    assertEquals(Optional.of(SourceId.of("a")), full.onlyFrom(Set.of(SourceId.of("a"), SourceId.of("a-copy")))
        .source(SourceId.of("a-copy")).orElseThrow().republicationOf());
  }

  // --- classified claims, sources, quote locations ---

  @Test
  void classifiedClaims_stay() {
    Corpus full = world().add(summit("s").date(d("2021")).hostState(StateId.of("AAA")).hostCity("Alandia")
        .addClassified(Attribute.HOST_STATE).addCitations(cite("a", "The summit met in Alandia in 2021.", "date=2021"),
            cite("b", "It was in Alandia.", "hostCity=Alandia")).build()).corpus();
    Summit s = full.onlyFrom(ONLY_A).summit(SummitId.of("s")).orElseThrow();
    assertEquals(Optional.of(StateId.of("AAA")), s.hostState());
    assertEquals(List.of(), s.hostCities());
    assertEquals(Set.of(Attribute.HOST_STATE), s.classified());
  }

  @Test
  void onlyFrom_keepsTheSourcesNamedAndIgnoresOthers() {
    Corpus full = world().corpus();
    Corpus narrowed = full.onlyFrom(Set.of(SourceId.of("a"), SourceId.of("nowhere")));
    assertEquals(List.of(SourceId.of("a")), narrowed.sources().stream().map(Source::id).toList());
    assertEquals(full.states(), narrowed.states());
    assertEquals(full, full.onlyFrom(Set.of(SourceId.of("a"), SourceId.of("b"))));
    assertEquals(0, full.onlyFrom(Set.of()).facts().size());
  }

  @Test
  void quoteLocations_ofTheFullCorpus_areReused() {
    Citation granted = citation("a", "made Aland an observer", who("state:AAA", "UNION", "OBSERVER", "grantedAt=s"))
        .prefix("In 2021 the summit ").build();
    Corpus full = world().add(summit("s").date(d("2021")).addCitations(cite("b", "The summit met in 2021.", "date=2021"))
            .build())
        .add(aaa().role(Role.OBSERVER).end(PeriodEnd.ongoing()).grantedAt(SummitId.of("s")).addCitations(granted).build())
        .corpus();
    Corpus narrowed = full.onlyFrom(ONLY_A);
    Citation kept = aaaIn(narrowed).citations().get(0);
    assertEquals(granted.withSupports(claims("party=state:AAA", "organization=UNION", "role=OBSERVER")), kept);
    assertEquals(full.locate(granted), narrowed.locate(kept));
    Citation name = narrowed.state(StateId.of("AAA")).orElseThrow().citations().get(0);
    assertEquals(full.locate(name), narrowed.locate(name));
  }

  private static List<Claim> claims(String... claims) {
    return TinyCorpus.claims(claims);
  }

  // --- every narrowing of a valid corpus is valid ---

  /**
   * Sources a (2020), b (2022), c (2023) and b's republication: disputed starts, refining roles, a
   * complete list leaving off a party whose end only another source gives, a status that changes,
   * a summit that granted a membership.
   */
  private static TinyCorpus mixed() {
    return new TinyCorpus().source("a", "2020").source("b", "2022").source("c", "2023")
        .republication("b-copy", "2023", "b")
        .add(state("AAA", "Aland", "a")).add(state("BBB", "Borduria", "b")).add(state("CCC", "Carpathia", "c"))
        .add(organization("UNION", "Union", cite("a", "There is the Union.", "name=Union"),
            cite("b", "the Union", "name=Union")))
        .add(summit("s").date(d("2019")).date(d("2019-05")).addStatuses(SummitStatus.SCHEDULED, SummitStatus.HELD)
            .addCitations(attested("a", "2019-04", "The summit is scheduled for 2019.", "date=2019", "status=SCHEDULED"),
                attested("c", "2023", "The summit was held in May 2019.", "date=2019-05", "status=HELD")).build())
        .add(aaa().role(Role.FOUNDING_MEMBER).role(Role.MEMBER).start(d("2018")).start(d("2019"))
            .end(PeriodEnd.ongoing()).grantedAt(SummitId.of("s")).addCitations(
                cite("a", "Aland founded the Union in 2018.", who("state:AAA", "UNION", "FOUNDING_MEMBER", "start=2018")),
                cite("b", "The summit of 2019 made Aland a member.", who("state:AAA", "UNION", "MEMBER", "start=2019",
                    "grantedAt=s")),
                citation("c", "The members are Aland and Borduria.", who("state:AAA", "UNION", "MEMBER"))
                    .asOf(d("2023")).completeListOf(Role.MEMBER).build()).build())
        .add(membership("bbb-union", "state:BBB", "UNION").role(Role.MEMBER).end(PeriodEnd.ongoing()).addCitations(
            citation("c", "The members are Aland and Borduria.", who("state:BBB", "UNION", "MEMBER"))
                .asOf(d("2023")).completeListOf(Role.MEMBER).build(),
            attested("b", "2022", "Borduria is a member.", who("state:BBB", "UNION", "MEMBER")),
            attested("b-copy", "2022", "Borduria is a member.", who("state:BBB", "UNION", "MEMBER"))).build())
        // c lists the members of 2023 without Carpathia, which c names without a day and b says withdrew in 2021
        .add(membership("ccc-union", "state:CCC", "UNION").role(Role.MEMBER).start(d("2015")).end(PeriodEnd.on(d("2021")))
            .endReason(EndReason.WITHDRAWN).addCitations(
                cite("c", "Carpathia was a member of the Union from 2015.", who("state:CCC", "UNION", "MEMBER",
                    "start=2015")),
                cite("b", "Carpathia withdrew in 2021.", "party=state:CCC", "end=2021", "endReason=WITHDRAWN")).build());
  }

  @Test
  void onlyFrom_everySetOfSources_givesAValidCorpus() {
    Corpus full = mixed().corpus();
    assertEquals(List.of("membership:aaa-union start: start=2018 vs start=2019"),
        full.disagreements().stream().map(Disagreement::toString).toList());
    assertEquals(1, full.onlyFrom(Set.of(SourceId.of("a"), SourceId.of("c"))).disagreements(
        new FactRef(FactRef.Kind.MEMBERSHIP, "ccc-union")).size(), "without b's end, c's list leaves it off");
    List<SourceId> ids = full.sources().stream().map(Source::id).toList();
    for (int mask = 0; mask < 1 << ids.size(); mask++) {
      Set<SourceId> kept = new java.util.HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        if ((mask & 1 << i) != 0) {
          kept.add(ids.get(i));
        }
      }
      Corpus narrowed = full.onlyFrom(kept);
      // built again from its records, quotes searched anew: the same corpus
      Corpus rebuilt = Corpus.of(narrowed.sources(), narrowed.states(), narrowed.organizations(),
          narrowed.memberships(), narrowed.corridors(), narrowed.summits());
      assertEquals(narrowed, rebuilt, kept.toString());
      assertEquals(narrowed.disagreements(), rebuilt.disagreements(), kept.toString());
      assertEquals(narrowed, narrowed.onlyFrom(kept), kept.toString());
    }
  }
}
