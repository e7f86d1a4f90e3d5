package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.CorpusRules;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Corpus#onlyFrom}: on generated corpora reported over time, narrowed to any set of
 * sources (a republication without its original included), the result obeys every rule, is what
 * checking its records afresh gives, and is a fixed point: narrowing it again to the same sources
 * changes nothing, and narrowing it to fewer is narrowing the whole corpus to those.
 */
final class NarrowingProperties {

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets(CorpusShape.small().withSourcesOverTime());
  }

  @Property(tries = 60)
  void onlyFrom_anySources_obeysEveryRuleAndIsAFixedPoint(@ForAll("corpora") FactSet facts, @ForAll long seed) {
    Corpus corpus = facts.toCorpus();
    Random r = new Random(seed);
    List<SourceId> ids = corpus.sources().stream().map(Source::id).toList();
    assertEquals(corpus, corpus.onlyFrom(ids), "narrowed to every source");
    for (int k = 0; k < 4; k++) {
      Set<SourceId> kept = someOf(ids, r);
      Corpus narrowed = corpus.onlyFrom(kept);
      String at = "narrowed to " + kept;
      assertEquals(List.of(), CorpusRules.check(narrowed.sources(), narrowed.states(), narrowed.organizations(),
          narrowed.memberships(), narrowed.corridors(), narrowed.summits()), at);
      Corpus fresh = Corpus.of(narrowed.sources(), narrowed.states(), narrowed.organizations(),
          narrowed.memberships(), narrowed.corridors(), narrowed.summits());
      assertEquals(fresh, narrowed, at);
      assertEquals(fresh.disagreements(), narrowed.disagreements(), at + ": disagreements");
      for (Fact f : narrowed.facts()) {
        for (Citation c : f.allCitations()) {
          assertEquals(fresh.locate(c), narrowed.locate(c), at + ": location of " + c);
        }
      }
      Corpus again = narrowed.onlyFrom(kept);
      assertEquals(narrowed, again, at + ", twice");
      assertEquals(narrowed.disagreements(), again.disagreements(), at + ", twice: disagreements");
      Set<SourceId> fewer = someOf(new ArrayList<>(kept), r);
      assertEquals(corpus.onlyFrom(fewer), narrowed.onlyFrom(fewer), at + ", then to " + fewer);
    }
  }

  private static Set<SourceId> someOf(List<SourceId> ids, Random r) {
    return ids.stream().filter(id -> r.nextInt(3) > 0)
        .collect(Collectors.toCollection(() -> new TreeSet<>(java.util.Comparator.comparing(SourceId::value))));
  }
}
