package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the seed corpus: the JSON-LD export, read by Apache Jena, answers in SPARQL
 * exactly as the Atlas queries it stands for.
 */
final class LinkedDataSeedTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static Sparql sparql;

  @BeforeAll
  static void parse() {
    sparql = Sparql.of(ATLAS);
  }

  @Test
  void membersOnADay_everyOrganizationOnEveryEdgeDay_answerAsTheAtlas() {
    int checked = 0;
    for (Organization o : ATLAS.corpus().organizations()) {
      for (LocalDate day : AtlasAnswers.edgeDays(ATLAS, o.id(), LocalDate.of(2022, 12, 1),
          LocalDate.of(2040, 1, 1), LocalDate.of(1990, 1, 1))) {
        for (boolean possible : new boolean[] {false, true}) {
          assertEquals(AtlasAnswers.membersOn(ATLAS, o.id(), day, possible),
              sparql.membersOn(o.id(), day, possible), o.id() + " on " + day + (possible ? " (possible)" : ""));
        }
        checked++;
      }
    }
    assertTrue(checked > 100, "only " + checked + " organization-days checked");
  }

  @Test
  void observersAtTheEndOf2022_areTheReadmeAnswer() {
    // the README's first query, through SPARQL: Hungary, Turkmenistan and Northern Cyprus
    List<String> observers = sparql.membersOn(OrganizationId.of("OTS"), LocalDate.of(2022, 12, 1), false)
        .stream().filter(s -> s.contains("-observer ")).toList();
    assertEquals(List.of("hun-ots-observer DEFINITELY", "tkm-ots-observer DEFINITELY",
        "xnc-ots-observer DEFINITELY"), observers);
  }

  @Test
  void claimQuotes_everyClaimOfEveryFact_answerAsTheEvidence() {
    Map<String, List<String>> expected = new TreeMap<>();
    LinkedData ld = LinkedData.of(ATLAS);
    for (Fact f : ATLAS.corpus().facts()) {
      List<Claim> claims = new ArrayList<>(f.claims());
      f.parts().forEach(p -> claims.addAll(p.claims()));
      for (Claim c : claims) {
        List<String> quotes = AtlasAnswers.quotesOf(ATLAS, f, c);
        if (!quotes.isEmpty()) {
          expected.put(ld.iri(f.ref()) + " " + c, quotes);
        }
      }
    }
    assertTrue(expected.size() > 300, "only " + expected.size() + " quoted claims");
    assertEquals(expected, sparql.allQuotes());
  }

  @Test
  void claimQuotes_oneQueryPerClaim_forEveryClaimOfTheOtsAndItsMemberships() {
    // the query a user writes for one claim, over every claim of the OTS and its memberships
    int checked = 0;
    for (Fact f : ATLAS.corpus().facts()) {
      boolean ots = f.ref().equals(FactRef.parse("organization:OTS")) || f instanceof Membership m
          && m.organization().equals(OrganizationId.of("OTS"));
      if (!ots) {
        continue;
      }
      List<Claim> claims = new ArrayList<>(f.claims());
      f.parts().forEach(p -> claims.addAll(p.claims()));
      for (Claim c : claims) {
        assertEquals(AtlasAnswers.quotesOf(ATLAS, f, c), sparql.quotesOf(f.ref(), c.toString()), f.ref() + " " + c);
        checked++;
      }
    }
    assertTrue(checked >= 40, "only " + checked + " claims");
  }

  @Test
  void uzbekistansStart_isQuotedFromTheNationalInterestAndItsRepublication() {
    List<String> quotes = sparql.quotesOf(FactRef.parse("membership:uzb-ots-member"), "start=2019");
    assertEquals(List.of("avim-coffey-2026", "tni-coffey-2026"),
        quotes.stream().map(q -> q.substring(0, q.indexOf(' '))).distinct().toList());
    assertTrue(quotes.stream().allMatch(q -> q.replaceAll("\\s+", " ")
        .endsWith("In 2019, Uzbekistan joined as a full member.")), quotes::toString);
    // the republication names its original, so a consumer can fold it as independentSources() does
    assertTrue(sparql.ask("ASK { <" + LinkedData.DEFAULT_BASE + "source/avim-coffey-2026> schema:isBasedOn <"
        + LinkedData.DEFAULT_BASE + "source/tni-coffey-2026> }"));
  }

  @Test
  void selectors_positionsInCodePoints_selectTheExactTextBetweenPrefixAndSuffix() {
    List<QuerySolution> all = sparql.selectors();
    assertTrue(all.size() > 200, "only " + all.size() + " selectors");
    for (QuerySolution s : all) {
      SelectorCheck.check(s);
    }
  }

  @Test
  void meetingsAbsencesAndRecognitions_areInTheGraph_asTheAtlasHoldsThem() {
    assertEquals(ATLAS.corpus().meetings().size(),
        sparql.selectPrefixed("SELECT ?m WHERE { ?m a atlas:Meeting }").size());
    assertEquals(ATLAS.corpus().summits().size(),
        sparql.selectPrefixed("SELECT ?s WHERE { ?s a atlas:Summit }").size());
    List<String> missed = new ArrayList<>();
    for (QuerySolution row : sparql.selectPrefixed("SELECT ?s WHERE { ?s atlas:absent ?p . ?p skos:notation \"XNC\" }"
        + " ORDER BY ?s")) {
      String iri = row.getResource("s").getURI();
      missed.add(iri.substring(iri.lastIndexOf('/') + 1));
    }
    assertEquals(ATLAS.summits().missedBy(io.github.otsatlas.model.StateId.of("XNC")).summits().stream()
        .map(x -> x.id().value()).sorted().toList(), missed);
    List<QuerySolution> tatar = sparql.selectPrefixed("SELECT ?name ?title WHERE { ?s atlas:delegate ?d ."
        + " ?d schema:name ?name ; schema:jobTitle ?title . FILTER(?name = \"Ersin Tatar\") }");
    assertTrue(!tatar.isEmpty() && tatar.stream().allMatch(r -> r.getLiteral("title").getString()
        .equals("Turkish Cypriot leader")), tatar.toString());
    List<QuerySolution> first = sparql.selectPrefixed("SELECT ?r ?d WHERE { ?r a atlas:Recognition ; atlas:first true ;"
        + " schema:startDate ?d }");
    assertEquals(1, first.size(), first.toString());
    assertEquals("199X", first.get(0).getLiteral("d").getLexicalForm());
  }
}
