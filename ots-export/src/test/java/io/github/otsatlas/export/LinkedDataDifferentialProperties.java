package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.FactSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A differential property over generated corpora: the JSON-LD export, parsed by Apache Jena,
 * answers "members of an organization on a day" and "a claim's quotes" in SPARQL exactly as the
 * Atlas queries do. The generator's texts hold characters outside the Basic Multilingual Plane,
 * so the code-point offsets of the selectors are checked against the text too.
 */
final class LinkedDataDifferentialProperties {

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return AtlasArbitraries.days(1945, 2030);
  }

  @Property(tries = 10)
  void sparqlAnswers_equalAtlasAnswers(@ForAll("corpora") FactSet facts, @ForAll("days") LocalDate randomDay) {
    Atlas atlas = Atlas.of(facts.toCorpus());
    Sparql sparql = Sparql.of(atlas);
    for (Organization o : atlas.corpus().organizations()) {
      List<LocalDate> edges = AtlasAnswers.edgeDays(atlas, o.id(), randomDay);
      // every edge day of a small organization; a spread of them for a large one
      int step = Math.max(1, edges.size() / 12);
      for (int i = 0; i < edges.size(); i += step) {
        LocalDate day = edges.get(i);
        for (boolean possible : new boolean[] {false, true}) {
          assertEquals(AtlasAnswers.membersOn(atlas, o.id(), day, possible),
              sparql.membersOn(o.id(), day, possible), o.id() + " on " + day);
        }
      }
    }
    Map<String, List<String>> expected = new TreeMap<>();
    LinkedData ld = LinkedData.of(atlas);
    for (Fact f : atlas.corpus().facts()) {
      List<Claim> claims = new ArrayList<>(f.claims());
      f.parts().forEach(p -> claims.addAll(p.claims()));
      for (Claim c : claims) {
        List<String> quotes = AtlasAnswers.quotesOf(atlas, f, c);
        if (!quotes.isEmpty()) {
          expected.put(ld.iri(f.ref()) + " " + c, quotes);
        }
      }
    }
    assertEquals(expected, sparql.allQuotes());
    sparql.selectors().forEach(SelectorCheck::check);
  }
}
