package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.CorridorKind;
import io.github.otsatlas.model.CorridorStatus;
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
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Look-up by name on a corpus built here: folding, dated names, aliases, ambiguity, suggestions. */
final class NameLookupTest {
  private static final SourceId A = SourceId.of("source-a");
  private static final String TEXT = "Türkiye, also Turkey. Kırıkkale Republic. Twinland and Twinia, both called Twin. "
      + "The Old Council became the Council; people call it the Club. The Long Road, or the Way.";
  private static final OrganizationId COUNCIL = OrganizationId.of("COUNCIL");
  private static final Atlas ATLAS = Atlas.of(corpus());

  private static Citation cite(String quote, Claim... claims) {
    return Citation.of(A, quote, List.of(claims));
  }

  private static State state(String code, String name, String... aliases) {
    State.Builder b = State.builder().id(StateId.of(code)).name(name).recognition(Recognition.RECOGNIZED)
        .addClassified(Attribute.RECOGNITION).addCitations(cite(name, new Claim(Attribute.NAME, name)));
    for (String a : aliases) {
      b.addAliases(a).addCitations(cite(a, new Claim(Attribute.ALIASES, a)));
    }
    return b.build();
  }

  private static Corpus corpus() {
    Source source = Source.builder().id(A).file("a.txt").language("en")
        .published(PartialDate.parse("2025-01-01")).text(TEXT).build();
    List<State> states = List.of(state("TUR", "Türkiye", "Turkey"), state("XKR", "Kırıkkale Republic"),
        state("XTA", "Twinland", "Twin"), state("XTB", "Twinia", "Twin"));
    Organization council = Organization.builder().id(COUNCIL).kind(OrganizationKind.FORUM).addClassified(Attribute.KIND)
        .addNames(OrganizationName.builder().name("Old Council")
            .addCitations(cite("Old Council", new Claim(Attribute.NAME, "Old Council"))).build())
        .addNames(OrganizationName.builder().name("Council").from(PartialDate.parse("2021-11"))
            .addCitations(cite("became the Council", new Claim(Attribute.NAME, "Council"),
                new Claim(Attribute.FROM, "2021-11"))).build())
        .addAliases("Club").addCitations(cite("Club", new Claim(Attribute.ALIASES, "Club"))).build();
    Membership member = Membership.builder().id(MembershipId.of("tur-council")).party(StateId.of("TUR"))
        .organization(COUNCIL).role(Role.MEMBER).end(PeriodEnd.ongoing())
        .addCitations(Citation.builder().source(A).quote("Türkiye").addSupports(Claim.of(Attribute.PARTY,
            StateId.of("TUR").key()), Claim.of(Attribute.ORGANIZATION, COUNCIL), Claim.of(Attribute.ROLE, Role.MEMBER))
            .asOf(PartialDate.parse("2024-12-31")).build())
        .build();
    Corridor road = Corridor.builder().id(CorridorId.of("long-road")).name("Long Road").addAliases("Way")
        .kind(CorridorKind.UNKNOWN).status(CorridorStatus.UNKNOWN)
        .addCitations(cite("The Long Road", new Claim(Attribute.NAME, "Long Road")))
        .addCitations(cite("the Way", new Claim(Attribute.ALIASES, "Way"))).build();
    return Corpus.of(List.of(source), states, List.of(council), List.of(member), List.of(road), List.of());
  }

  @Test
  void names_foldCaseAndDiacritics_theSameInATurkishLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      for (String name : List.of("Türkiye", "turkiye", "TURKIYE", "TÜRKİYE", "Turkey", "TURKEY", "  turkey ", "TUR")) {
        assertEquals(StateId.of("TUR"), ATLAS.state(name).fact().id(), name);
      }
      // dotless ı and dotted İ, the Turkish-locale trap, either way round
      for (String name : List.of("kirikkale republic", "KIRIKKALE REPUBLIC", "KIRIKKALE  Republic", "kırıkkale republıc")) {
        assertEquals(StateId.of("XKR"), ATLAS.state(name).fact().id(), name);
      }
      assertEquals("istanbul", NameIndex.fold("İSTANBUL"));
      assertEquals("istanbul", NameIndex.fold("ISTANBUL"));
      assertEquals("a-b", NameIndex.fold("A–B"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void foldingCharByChar_isFoldingTheWholeName() {
    for (char c = 0; c < 0x400; c++) {
      for (String name : List.of("A" + c + "b", "  " + c + c + " x " + c + "\u0301", "I\u0307" + c)) {
        assertEquals(NameIndex.foldSlowly(name), NameIndex.fold(name), () -> name.chars().boxed().toList().toString());
      }
    }
  }

  @Test
  void match_saysWhichNameMatched_withTheDatesOfAnOrganizationsDatedName() {
    NameMatch<Organization> former = ATLAS.organization("old council");
    assertEquals(NameMatch.Kind.FORMER_NAME, former.kind());
    assertEquals("Old Council", former.name());
    assertEquals(PartialDate.parse("2021-11"), former.bore().orElseThrow().end().date().orElseThrow());
    // the id and the name fold alike: the spelling asked decides, else the name
    assertEquals(NameMatch.Kind.NAME, ATLAS.organization("Council").kind());
    assertEquals(NameMatch.Kind.ID, ATLAS.organization("COUNCIL").kind());
    assertEquals(NameMatch.Kind.NAME, ATLAS.lookup("council").kind());
    NameMatch<Organization> alias = ATLAS.organization("CLUB");
    assertEquals(NameMatch.Kind.ALIAS, alias.kind());
    assertTrue(alias.bore().isEmpty());
    NameMatch<Corridor> way = ATLAS.corridor("way");
    assertEquals(CorridorId.of("long-road"), way.fact().id());
    assertEquals(NameMatch.Kind.ALIAS, way.kind());
    assertEquals(CorridorId.of("long-road"), ((Corridor) ATLAS.lookup("LONG ROAD").fact()).id());
    assertEquals("state:TUR by ALIAS 'Turkey'", ATLAS.lookup("turkey").toString());
  }

  @Test
  void ambiguousName_listsTheCandidates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ATLAS.state("twin"));
    assertTrue(e.getMessage().contains("state:XTA") && e.getMessage().contains("state:XTB"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ATLAS.lookup("Twin"));
  }

  @Test
  void unknownName_namesTheClosestWithinTwoEdits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ATLAS.state("Turky"));
    assertTrue(e.getMessage().contains("'Turkey' (state:TUR)"), e.getMessage());
    assertTrue(!e.getMessage().contains("Twin"), e.getMessage());
    IllegalArgumentException far = assertThrows(IllegalArgumentException.class, () -> ATLAS.state("Atlantis"));
    assertTrue(!far.getMessage().contains("closest"), far.getMessage());
    // a name of another kind is not a state
    assertThrows(IllegalArgumentException.class, () -> ATLAS.state("Club"));
  }

  @Test
  void underName_acceptsEveryNameAndAlias_folded() {
    assertEquals(1, ATLAS.members(COUNCIL).underName("club").count());
    // the current name holds from 2021-11 but no citation attests a day of it: only possibly
    assertEquals(0, ATLAS.members(COUNCIL).underName("COUNCIL").count());
    assertEquals(1, ATLAS.members(COUNCIL).underName("COUNCIL").includingPossible().count());
    assertEquals("members(COUNCIL).underName(\"Club\")", ATLAS.members(COUNCIL).underName("club").toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ATLAS.members(COUNCIL).underName("Cloob Council"));
    assertTrue(e.getMessage().contains("Club"), e.getMessage());
  }

  @Test
  void byId_isEmptyForAnAbsentId() {
    assertTrue(ATLAS.state(StateId.of("FRA")).isEmpty());
    assertEquals("Türkiye", ATLAS.state(StateId.of("TUR")).orElseThrow().name());
    assertTrue(ATLAS.organization(OrganizationId.of("NONE")).isEmpty());
    assertTrue(ATLAS.corridor(CorridorId.of("long-road")).isPresent());
    assertTrue(ATLAS.membership(MembershipId.of("tur-council")).isPresent());
  }
}
