package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.List;
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
    int quoted = 0;
    for (Fact f : ATLAS.corpus().facts()) {
      List<Claim> claims = new java.util.ArrayList<>(f.claims());
      f.parts().forEach(p -> claims.addAll(p.claims()));
      for (Claim c : claims) {
        List<String> expected = AtlasAnswers.quotesOf(ATLAS, f, c);
        assertEquals(expected, sparql.quotesOf(f.ref(), c.toString()), f.ref() + " " + c);
        quoted += expected.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(quoted > 300, "only " + quoted + " quoted claims");
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
}
