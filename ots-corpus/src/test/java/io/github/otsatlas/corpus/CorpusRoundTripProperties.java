package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.FactSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid corpus, written and loaded back, is the same corpus with the same quote offsets. */
final class CorpusRoundTripProperties {
  private static final CorpusLoader LOADER = CorpusLoader.create();

  @Provide
  Arbitrary<FactSet> factSets() {
    return AtlasArbitraries.factSets();
  }

  @Property(tries = 30)
  void writeThenLoad_givesAnEqualCorpus(@ForAll("factSets") FactSet facts) throws IOException {
    Corpus corpus = facts.toCorpus();
    Path dir = Files.createTempDirectory("ots-round-trip");
    try {
      CorpusWriter.write(corpus, dir);
      Corpus loaded = LOADER.loadDirectory(dir);
      assertEquals(corpus, loaded);
      for (Citation c : TestCorpora.allCitations(corpus)) {
        assertEquals(corpus.locate(c), loaded.locate(c), c.toString());
      }
      // Writing what was loaded gives the same bytes again.
      Path again = dir.resolve("again");
      CorpusWriter.write(loaded, again);
      SortedMap<String, byte[]> first = TestCorpora.readFiles(dir);
      SortedMap<String, byte[]> second = TestCorpora.readFiles(again);
      assertEquals(first.keySet(), second.keySet());
      for (String name : first.keySet()) {
        assertArrayEquals(first.get(name), second.get(name), name);
      }
    } finally {
      TestCorpora.deleteRecursively(dir);
    }
  }
}
