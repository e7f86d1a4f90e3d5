package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Corpus;
import org.junit.jupiter.api.Test;

final class CorpusGeneratorTest {

  @Test
  void generate_sameSeed_sameCorpus() {
    assertEquals(CorpusGenerator.generate(7, CorpusShape.small()).toCorpus(),
        CorpusGenerator.generate(7, CorpusShape.small()).toCorpus());
  }

  @Test
  void generate_otherSeed_otherCorpus() {
    assertNotEquals(CorpusGenerator.generate(7, CorpusShape.small()).toCorpus(),
        CorpusGenerator.generate(8, CorpusShape.small()).toCorpus());
  }

  @Test
  void generate_benchmarkShape_hasAboutTheMembershipsAsked() {
    Corpus corpus = CorpusGenerator.generate(1, CorpusShape.benchmark(10_000)).toCorpus();
    int n = corpus.memberships().size();
    assertTrue(n >= 9_000 && n <= 10_000, "memberships: " + n);
    long ongoing = corpus.memberships().stream().filter(m -> m.period().isOngoing()).count();
    assertTrue(ongoing > n * 0.3, "ongoing: " + ongoing + " of " + n);
  }
}
