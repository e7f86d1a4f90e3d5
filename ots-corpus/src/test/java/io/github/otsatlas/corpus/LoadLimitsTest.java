package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past each limit of {@link LoadLimits}, loading fails with rule {@code limit}. */
final class LoadLimitsTest {
  private static final LoadLimits DEFAULTS = LoadLimits.defaults();

  @Test
  void jsonFileOverMaxJsonBytes_isRejected() throws IOException {
    long size = Files.size(TINY.resolve("sources.json"));
    CorpusLoader loader = CorpusLoader.withLimits(DEFAULTS.withMaxJsonBytes(size - 1));
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> loader.loadDirectory(TINY));
    Problem p = find(e, "sources.json");
    assertEquals("limit", p.rule().code());
    assertTrue(p.message().contains(String.valueOf(size - 1)), p.message());
    // Every JSON file of the tiny corpus is larger than sources.json.
    assertEquals(TestCorpora.JSON_FILES, files(e, "limit"));
  }

  @Test
  void jsonFileOfExactlyMaxJsonBytes_loads() throws IOException {
    long largest = 0;
    for (String f : TestCorpora.JSON_FILES) {
      largest = Math.max(largest, Files.size(TINY.resolve(f)));
    }
    CorpusLoader.withLimits(DEFAULTS.withMaxJsonBytes(largest)).loadDirectory(TINY);
  }

  @Test
  void embeddedFileOverTheLimit_isRejected() {
    CorpusLoader loader = CorpusLoader.withLimits(DEFAULTS.withMaxJsonBytes(100));
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> loader.load(CorpusFiles.classpath(SeedCorpus.RESOURCE_BASE)));
    assertEquals(TestCorpora.SEED_JSON_FILES, files(e, "limit"));
  }

  @Test
  void sourceTextOverMaxSourceBytes_isRejected() {
    CorpusLoader loader = CorpusLoader.withLimits(new LoadLimits(1 << 20, 100, 1 << 20, 1 << 20, 16));
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> loader.loadDirectory(TINY));
    Problem p = find(e, "sources.json");
    assertEquals("limit", p.rule().code());
    assertEquals("tiny-notes", p.record());
    assertTrue(p.message().contains("tiny.txt"), p.message());
  }

  @Test
  void stringOverMaxStringLength_isRejected() {
    // The longest string of the tiny corpus is a quote of 75 characters.
    CorpusLoader loader = CorpusLoader.withLimits(new LoadLimits(1 << 20, 1 << 20, 1 << 20, 60, 16));
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> loader.loadDirectory(TINY));
    assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("corridors.json") && p.rule().code().equals("limit")),
        e.getMessage());
    assertTrue(e.problems().stream().allMatch(p -> p.line() > 0), e.getMessage());
    CorpusLoader.withLimits(new LoadLimits(1 << 20, 1 << 20, 1 << 20, 75, 16)).loadDirectory(TINY);
  }

  @Test
  void stringOverTheDefaultMaxStringLength_isRejected(@TempDir Path tmp) throws IOException {
    Path dir = TestCorpora.copy(TINY, tmp.resolve("long"));
    String json = Files.readString(dir.resolve("states.json"));
    String longName = "A".repeat(DEFAULTS.maxStringLength() + 1);
    Files.writeString(dir.resolve("states.json"), json.replace("\"Aland\"", "\"" + longName + "\""));
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> CorpusLoader.create().loadDirectory(dir));
    assertEquals(List.of("states.json"), files(e, "limit"), e.getMessage());
  }

  @Test
  void nestingOverMaxNestingDepth_isRejected() {
    // Facts nest six deep (file object, array, record, citations, citation, supports), sources
    // four, and organizations eight (names, name and its citations).
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> depth(5).loadDirectory(TINY));
    assertEquals(TestCorpora.JSON_FILES.subList(1, 6), files(e, "limit"), e.getMessage());
    assertTrue(e.problems().stream().allMatch(p -> p.line() > 0 && p.column() > 0), e.getMessage());
    e = assertThrows(CorpusLoadException.class, () -> depth(7).loadDirectory(TINY));
    assertEquals(List.of("organizations.json"), files(e, "limit"), e.getMessage());
    assertEquals(6, e.problems().get(0).line(), e.getMessage());
    depth(8).loadDirectory(TINY);
    depth(8).load(CorpusFiles.classpath(SeedCorpus.RESOURCE_BASE));
  }

  @Test
  void tenThousandNestedArrays_areRejectedUnderTheDefaults(@TempDir Path tmp) throws IOException {
    Path dir = TestCorpora.copy(TINY, tmp.resolve("deep"));
    String json = Files.readString(dir.resolve("summits.json"));
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Files.writeString(dir.resolve("summits.json"), json.replace("\"attendance\": [\"state:BBB\"]",
        "\"attendance\": " + deep), StandardCharsets.UTF_8);
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> CorpusLoader.create().loadDirectory(dir));
    assertEquals(List.of("summits.json"), files(e, "limit"), e.getMessage());
    assertEquals(1, e.problems().size(), e.getMessage());
  }

  @Test
  void new_nonPositiveOrHugeLimit_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LoadLimits(0, 1, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new LoadLimits(1, 0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new LoadLimits(1, 1, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new LoadLimits(1, 1, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new LoadLimits(1, 1, 1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new LoadLimits(1L << 31, 1, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxJsonBytes(-1));
  }

  @Test
  void defaults_areDocumented() {
    assertEquals(new LoadLimits(64L << 20, 16L << 20, 64L << 20, 1 << 20, 16), DEFAULTS);
  }

  private static CorpusLoader depth(int maxNestingDepth) {
    return CorpusLoader.withLimits(new LoadLimits(1 << 20, 1 << 20, 1 << 20, 1 << 20, maxNestingDepth));
  }

  private static Problem find(CorpusLoadException e, String file) {
    return e.problems().stream().filter(p -> p.file().equals(file)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem in " + file + ": " + e.getMessage()));
  }

  private static List<String> files(CorpusLoadException e, String rule) {
    return e.problems().stream().filter(p -> p.rule().code().equals(rule)).map(Problem::file)
        .distinct().collect(Collectors.toList());
  }
}
