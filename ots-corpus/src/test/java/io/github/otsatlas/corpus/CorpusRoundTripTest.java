package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Source;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a corpus and loading it back gives the same corpus; writing is deterministic. */
final class CorpusRoundTripTest {
  private static final CorpusLoader LOADER = CorpusLoader.create();

  @Test
  void seedCorpus_writtenAndLoaded_isEqual(@TempDir Path tmp) {
    Corpus seeds = SeedCorpus.load();
    CorpusWriter.write(seeds, tmp);
    Corpus loaded = LOADER.loadDirectory(tmp);
    assertEquals(seeds, loaded);
    for (Citation c : TestCorpora.allCitations(seeds)) {
      assertEquals(seeds.locate(c), loaded.locate(c), c.toString());
    }
  }

  @Test
  void seedCorpus_writtenTwice_givesByteIdenticalFiles(@TempDir Path tmp) {
    Corpus seeds = SeedCorpus.load();
    CorpusWriter.write(seeds, tmp.resolve("a"));
    CorpusWriter.write(seeds, tmp.resolve("b"));
    // and once more from what was loaded back
    CorpusWriter.write(LOADER.loadDirectory(tmp.resolve("a")), tmp.resolve("c"));
    SortedMap<String, byte[]> a = TestCorpora.readFiles(tmp.resolve("a"));
    assertEquals(5 + 8, a.size(), a.keySet().toString());
    for (String other : new String[] {"b", "c"}) {
      SortedMap<String, byte[]> files = TestCorpora.readFiles(tmp.resolve(other));
      assertEquals(a.keySet(), files.keySet());
      for (String name : a.keySet()) {
        assertArrayEquals(a.get(name), files.get(name), other + "/" + name);
      }
    }
  }

  @Test
  void seedCorpus_factFiles_areWhatTheWriterWrites(@TempDir Path tmp) {
    // One description of the format: the curated files are in the writer's own layout, so a
    // rewrite of the seed corpus changes nothing.
    CorpusWriter.write(SeedCorpus.load(), tmp);
    SortedMap<String, byte[]> written = TestCorpora.readFiles(tmp);
    SortedMap<String, byte[]> original = TestCorpora.readFiles(TestCorpora.SEEDS);
    for (Format.File f : Format.File.values()) {
      assertArrayEquals(original.get(f.fileName()), written.get(f.fileName()), f.fileName());
    }
  }

  @Test
  void seedCorpus_writtenTexts_areTheSeedFiles(@TempDir Path tmp) {
    Corpus seeds = SeedCorpus.load();
    CorpusWriter.write(seeds, tmp);
    SortedMap<String, byte[]> written = TestCorpora.readFiles(tmp);
    SortedMap<String, byte[]> original = TestCorpora.readFiles(TestCorpora.SEEDS);
    for (Source s : seeds.sources()) {
      assertArrayEquals(original.get(s.file()), written.get(s.file()), s.file());
    }
  }

  @Test
  void tinyCorpus_writtenAndLoaded_isEqual(@TempDir Path tmp) {
    Corpus tiny = LOADER.loadDirectory(TINY);
    CorpusWriter.write(tiny, tmp);
    assertEquals(tiny, LOADER.loadDirectory(tmp));
  }
}
