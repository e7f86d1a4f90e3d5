package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader on inputs that once escaped it, hung, grew without bound or loaded what could not
 * be written: each is now one {@link CorpusLoadException} with bounded problems and clear
 * rules. The time bounds guard against a hang or a quadratic case, far above the expected
 * times; they are not benchmarks.
 */
final class HardeningTest {
  private static final CorpusLoader LOADER = CorpusLoader.create();
  private static final String ONGOING_MEMBER = "{\"id\": \"m-%d\", \"party\": \"state:CCC\","
      + " \"organization\": \"ALPHA-UNION\", \"role\": \"MEMBER\", \"start\": \"%s\", \"end\": \"%s\","
      + " \"citations\": [{\"source\": \"tiny-notes\", \"quote\": \"Carpathia joined the Alpha Union as a"
      + " member in 2005.\", \"supports\": [\"party\", \"organization\", \"role\", \"start\"%s]%s}]}";

  private static Path tiny(Path tmp, String file, UnaryOperator<String> edit) throws IOException {
    Path dir = TestCorpora.copy(TINY, tmp.resolve("corpus"));
    Path f = dir.resolve(file);
    Files.writeString(f, edit.apply(Files.readString(f)), StandardCharsets.UTF_8);
    return dir;
  }

  private static CorpusLoadException rejected(Path dir) {
    return assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(dir));
  }

  @Test
  void manyEmptyRecords_keepAThousandProblemsAndCountThemAll(@TempDir Path tmp) throws IOException {
    // 300,000 {} ran a 1 GB heap out of memory building the message
    Path dir = tiny(tmp, "memberships.json", s -> "{\"memberships\": [" + "{},".repeat(299_999) + "{}]}");
    CorpusLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> rejected(dir));
    assertEquals(CorpusLoadException.MAX_KEPT, e.problems().size());
    // each {} lacks id, party, organization, role, start, end and citations
    assertEquals(300_000 * 7, e.problemCount());
    assertEquals(300_000 * 7, (int) e.countsByRule().get("missing-field"));
    assertTrue(e.getMessage().length() < 1_000_000, "message of " + e.getMessage().length() + " chars");
    assertTrue(e.getMessage().endsWith("and 2099000 more: 2099000 of rule missing-field"), e.getMessage()
        .substring(e.getMessage().length() - 200));
  }

  @Test
  void thousandCopiesOfOneMembership_reportEachCopyOnce(@TempDir Path tmp) throws IOException {
    // 1,000 copies gave 500,500 single-role problems, one per pair
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      records.append(i == 0 ? "" : ",").append(String.format(ONGOING_MEMBER, i, "2005", "ongoing", "",
          ", \"asOf\": \"2020-06\""));
    }
    Path dir = tiny(tmp, "memberships.json", s -> "{\"memberships\": [" + records + "]}");
    CorpusLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> rejected(dir));
    assertEquals(999, (int) e.countsByRule().get("single-role"), e.countsByRule()::toString);
  }

  @Test
  void sourceNamingAJsonFileOfTheFormat_isRejected(@TempDir Path tmp) throws IOException {
    // it loaded (JSON read as text), and CorpusWriter.write then threw
    Path dir = tiny(tmp, "sources.json", s -> s.replace("\"file\": \"tiny.txt\"", "\"file\": \"states.json\""));
    CorpusLoadException e = rejected(dir);
    assertEquals("bad-value", e.problems().get(0).rule().code(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("states.json"), e.getMessage());
  }

  @Test
  void controlCharactersInAnId_areEscapedInEveryMessage(@TempDir Path tmp) throws IOException {
    Path dir = tiny(tmp, "states.json", s -> s.replace("\"id\": \"CCC\"", "\"id\": \"C\\nfake.json: [x] \\u001b[31m\""));
    CorpusLoadException e = rejected(dir);
    assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
    assertEquals(2, e.getMessage().split("\n").length, e.getMessage());
    assertTrue(e.getMessage().contains("\\u{a}fake.json"), e.getMessage());
  }

  @Test
  void loadException_keepsItsProblemsThroughSerialization(@TempDir Path tmp) throws Exception {
    CorpusLoadException e = rejected(tiny(tmp, "states.json", s -> s.replace("\"RECOGNIZED\"", "\"KNOWN\"")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      CorpusLoadException back = (CorpusLoadException) in.readObject();
      assertEquals(e.problems(), back.problems());
      assertEquals(e.countsByRule(), back.countsByRule());
    }
  }

  @Test
  void emptyLanguage_scriptUrlAndBlankName_areRejected(@TempDir Path tmp) throws IOException {
    assertEquals("invalid-record", rejected(tiny(tmp.resolve("a"), "sources.json",
        s -> s.replace("\"language\": \"en\"", "\"language\": \"\""))).problems().get(0).rule().code());
    assertEquals("invalid-record", rejected(tiny(tmp.resolve("b"), "sources.json",
        s -> s.replace("\"language\": \"en\"", "\"language\": \"en\", \"url\": \"javascript:alert(1)\"")))
        .problems().get(0).rule().code());
    assertEquals("invalid-record", rejected(tiny(tmp.resolve("c"), "states.json",
        s -> s.replace("\"name\": \"Aland\"", "\"name\": \" \\u2003 \""))).problems().get(0).rule().code());
  }

  @Test
  void duplicateListEntries_areRejectedNotMerged(@TempDir Path tmp) throws IOException {
    CorpusLoadException modes = rejected(tiny(tmp.resolve("a"), "corridors.json",
        s -> s.replace("\"modes\": [\"RAIL\"]", "\"modes\": [\"RAIL\", \"RAIL\"]")));
    assertEquals("bad-value", modes.problems().get(0).rule().code(), modes.getMessage());
    CorpusLoadException recognizedBy = rejected(tiny(tmp.resolve("b"), "states.json",
        s -> s.replace("\"recognizedBy\": [\"BBB\"]", "\"recognizedBy\": [\"BBB\", \"BBB\"]")));
    assertEquals("bad-value", recognizedBy.problems().get(0).rule().code(), recognizedBy.getMessage());
  }

  @Test
  void oneTextNamedBySeveralSources_isReadOnceAndCountedOnce(@TempDir Path tmp) throws IOException {
    // 40 sources naming one 16 MiB file retained 750 MB: the text is now read once, and the
    // total of all texts is a limit
    Path dir = TestCorpora.copy(TINY, tmp.resolve("corpus"));
    String sources = Files.readString(dir.resolve("sources.json"));
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      more.append(",\n  {\"id\": \"copy-").append(i).append("\", \"file\": \"tiny.txt\", \"authors\": [],")
          .append(" \"published\": \"2020\", \"language\": \"en\"}");
    }
    Files.writeString(dir.resolve("sources.json"), sources.replace("\n]}", more + "\n]}"));
    long size = Files.size(dir.resolve("tiny.txt"));
    CorpusLoader.withLimits(new LoadLimits(1 << 20, size, size, 1 << 20, 16)).loadDirectory(dir);
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> CorpusLoader.withLimits(
        new LoadLimits(1 << 20, size, size - 1, 1 << 20, 16)).loadDirectory(dir));
    assertEquals("limit", e.problems().get(0).rule().code(), e.getMessage());
  }
}
