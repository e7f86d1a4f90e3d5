package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer refuses corpora it could not write faithfully, before writing anything. */
final class CorpusWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"../escaped.txt", "/tmp/absolute.txt", "sub/dir.txt", "..", ".hidden",
      "states.json", "sources.json"})
  void write_sourceFileNotAPlainTextName_isRefused(String file, @TempDir Path tmp) {
    Corpus corpus = Corpus.of(List.of(source("a", file, "Some text.")), List.of(), List.of(),
        List.of(), List.of(), List.of());
    Path dir = tmp.resolve("out");
    assertThrows(IllegalArgumentException.class, () -> CorpusWriter.write(corpus, dir));
    assertFalse(Files.exists(dir));
    assertFalse(Files.exists(tmp.resolve("escaped.txt")));
  }

  @Test
  void write_twoSourcesOfOneFileAndDifferentTexts_isRefused(@TempDir Path tmp) {
    Corpus corpus = Corpus.of(List.of(source("a", "same.txt", "One text."),
        source("b", "same.txt", "Another text.")), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThrows(IllegalArgumentException.class, () -> CorpusWriter.write(corpus, tmp.resolve("out")));
  }

  @Test
  void write_twoSourcesOfOneFileAndTheSameText_roundTrips(@TempDir Path tmp) {
    Corpus corpus = Corpus.of(List.of(source("a", "same.txt", "One text."),
        source("b", "same.txt", "One text.")), List.of(), List.of(), List.of(), List.of(), List.of());
    CorpusWriter.write(corpus, tmp);
    assertEquals(corpus, CorpusLoader.create().loadDirectory(tmp));
  }

  @Test
  void write_intoExistingDirectory_replacesItsFiles(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("states.json"), "not json");
    Corpus tiny = CorpusLoader.create().loadDirectory(TINY);
    CorpusWriter.write(tiny, tmp);
    assertEquals(tiny, CorpusLoader.create().loadDirectory(tmp));
  }

  @Test
  void write_null_isRejected(@TempDir Path tmp) {
    Corpus tiny = CorpusLoader.create().loadDirectory(TINY);
    assertThrows(NullPointerException.class, () -> CorpusWriter.write(null, tmp));
    assertThrows(NullPointerException.class, () -> CorpusWriter.write(tiny, null));
  }

  private static Source source(String id, String file, String text) {
    return Source.builder().id(SourceId.of(id)).file(file).language("en").text(text).build();
  }
}
