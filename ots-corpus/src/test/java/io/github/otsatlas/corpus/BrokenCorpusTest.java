package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.BROKEN;
import static io.github.otsatlas.corpus.TestCorpora.SEVERAL;
import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken corpora, one directory per rule and per format error under {@code
 * src/test/resources/broken/}, each a copy of {@code valid/tiny} with one thing broken: each
 * is rejected with exactly one problem naming the file, the record, the JSON pointer of what is
 * wrong and the rule.
 */
final class BrokenCorpusTest {
  /** The record's line is checked against the fixture: the line of the record's {@code {}. */
  private static final int RECORD_LINE = -1;
  /** The problem concerns a file as a whole: its line is not checked. */
  private static final int ANY_LINE = 0;

  private static final CorpusLoader LOADER = CorpusLoader.create();

  static Stream<Arguments> cases() {
    return Stream.of(
        // case directory, file, record, JSON pointer, rule, line
        arguments("period-order", "memberships.json", "ccc-alpha-member", "/memberships/1", "period-order", RECORD_LINE),
        arguments("period-order-names", "organizations.json", "ALPHA-UNION", "/organizations/0/names", "period-order", RECORD_LINE),
        arguments("single-role", "memberships.json", "ccc-alpha-observer", "/memberships/3", "single-role", RECORD_LINE),
        arguments("after-founding", "memberships.json", "ccc-alpha-member", "/memberships/1/start", "after-founding", RECORD_LINE),
        arguments("founding-at-founding", "memberships.json", "aaa-alpha-founding", "/memberships/0/start", "founding-at-founding", RECORD_LINE),
        arguments("reference", "memberships.json", "bbb-beta-observer", "/memberships/2/party", "reference", RECORD_LINE),
        arguments("reference-source", "corridors.json", "silver-line", "/corridors/1/citations/0/source", "reference", RECORD_LINE),
        arguments("reference-republication", "sources.json", "tiny-notes", "/sources/0/republicationOf", "reference", RECORD_LINE),
        arguments("self-membership", "memberships.json", "bbb-beta-observer", "/memberships/2/party", "self-membership", RECORD_LINE),
        arguments("quote-found", "corridors.json", "silver-line", "/corridors/1/citations/0/quote", "quote-found", RECORD_LINE),
        // the second of the two records with the id, not the first
        arguments("unique-id", "summits.json", "alpha-summit-2", "/summits/1", "unique-id", 15),
        arguments("claim-supported", "memberships.json", "ccc-alpha-member", "/memberships/1/start", "claim-supported", RECORD_LINE),
        arguments("claim-exists", "corridors.json", "amber-road", "/corridors/0/citations/0/supports", "claim-exists", RECORD_LINE),
        arguments("claim-exists-classified", "states.json", "AAA", "/states/0/citations/0/supports", "claim-exists", RECORD_LINE),
        arguments("attestation-in-source", "memberships.json", "ccc-alpha-member", "/memberships/1/citations/0/asOf", "attestation-in-source", RECORD_LINE),
        arguments("bad-claim", "corridors.json", "amber-road", "/corridors/0/citations/0/supports/2", "bad-claim", RECORD_LINE),
        arguments("missing-supports", "corridors.json", "silver-line", "/corridors/1/citations/0/supports", "missing-field", RECORD_LINE),
        arguments("format-version-missing", "sources.json", "", "", "format-version", 1),
        arguments("format-version-other", "sources.json", "", "", "format-version", 1),
        arguments("json-syntax", "states.json", "", "", "json-syntax", 10),
        arguments("duplicate-key", "states.json", "", "", "duplicate-key", 13),
        arguments("unknown-field", "states.json", "CCC", "/states/2/capital", "unknown-field", RECORD_LINE),
        arguments("unknown-top-level-field", "summits.json", "", "", "unknown-field", 28),
        arguments("missing-field", "organizations.json", "BETA-FORUM", "/organizations/1/kind", "missing-field", RECORD_LINE),
        arguments("missing-top-level-array", "corridors.json", "", "", "missing-field", ANY_LINE),
        arguments("wrong-type", "summits.json", "alpha-summit-2", "/summits/0/ordinal", "wrong-type", RECORD_LINE),
        arguments("wrong-type-array", "corridors.json", "amber-road", "/corridors/0/modes", "wrong-type", RECORD_LINE),
        arguments("null-value", "corridors.json", "amber-road", "/corridors/0/status", "null-value", RECORD_LINE),
        arguments("bad-date-day", "memberships.json", "ccc-alpha-member", "/memberships/1/start", "bad-date", RECORD_LINE),
        arguments("bad-date-month", "summits.json", "beta-forum-2013", "/summits/1/date", "bad-date", RECORD_LINE),
        arguments("bad-id", "states.json", "Ccc", "/states/2/id", "bad-id", RECORD_LINE),
        arguments("bad-id-party", "memberships.json", "ccc-alpha-member", "/memberships/1/party", "bad-id", RECORD_LINE),
        arguments("bad-value", "organizations.json", "ALPHA-UNION", "/organizations/0/kind", "bad-value", RECORD_LINE),
        arguments("file-missing", "sources.json", "tiny-notes", "/sources/0/file", "file-missing", RECORD_LINE),
        arguments("json-file-missing", "corridors.json", "", "", "file-missing", ANY_LINE),
        arguments("path-escape-relative", "sources.json", "tiny-notes", "/sources/0/file", "path-escape", RECORD_LINE),
        arguments("path-escape-absolute", "sources.json", "tiny-notes", "/sources/0/file", "path-escape", RECORD_LINE),
        arguments("trailing-content", "states.json", "", "", "json-syntax", 28),
        arguments("trailing-garbage", "states.json", "", "", "json-syntax", 28),
        arguments("empty-file", "summits.json", "", "", "json-syntax", ANY_LINE),
        arguments("encoding-source", "sources.json", "tiny-notes", "/sources/0/file", "encoding", RECORD_LINE),
        arguments("encoding-json", "states.json", "", "", "encoding", 4),
        // 0xC0 0x80, an overlong NUL, and 0xED 0xA0 0x80, a UTF-16 surrogate: not UTF-8
        arguments("encoding-json-overlong", "organizations.json", "", "", "encoding", 18),
        arguments("encoding-json-surrogate", "states.json", "", "", "encoding", 13),
        arguments("self-contradiction", "memberships.json", "ccc-alpha-member", "/memberships/1/start", "self-contradiction", RECORD_LINE),
        arguments("complete-list", "memberships.json", "bbb-beta-observer", "/memberships/2/citations/0/completeListOf", "complete-list", RECORD_LINE),
        arguments("status-attested", "summits.json", "beta-forum-2013", "/summits/1/citations/0/asOf", "status-attested", RECORD_LINE),
        arguments("quote-found-publication-bound", "sources.json", "tiny-notes", "/sources/0/publicationBounds/0/quote", "quote-found", RECORD_LINE),
        arguments("invalid-record-bound-both", "sources.json", "tiny-notes", "/sources/0/publicationBounds/0", "invalid-record", RECORD_LINE),
        arguments("invalid-record-bound-neither", "sources.json", "tiny-notes", "/sources/0/publicationBounds/0", "invalid-record", RECORD_LINE),
        arguments("wrong-type-one-value-array", "memberships.json", "ccc-alpha-member", "/memberships/1/start", "wrong-type", RECORD_LINE),
        arguments("bad-claim-several-values", "memberships.json", "ccc-alpha-member", "/memberships/1/citations/0/supports/3", "bad-claim", RECORD_LINE),
        arguments("bad-claim-one-value", "memberships.json", "ccc-alpha-member", "/memberships/1/citations/0/supports/3", "bad-claim", RECORD_LINE),
        arguments("bad-date-unknown-in-array", "memberships.json", "ccc-alpha-member", "/memberships/1/start/1", "bad-date", RECORD_LINE),
        arguments("bad-value-unknown-status-in-array", "summits.json", "beta-forum-2013", "/summits/1/status/1", "bad-value", RECORD_LINE));
  }

  @Test
  void cases_coverEveryFixtureDirectory() throws IOException {
    try (Stream<Path> dirs = Files.list(BROKEN)) {
      assertEquals(dirs.map(d -> d.getFileName().toString()).collect(Collectors.toSet()),
          cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void load_brokenCorpus_isRejectedNamingFileRecordPointerAndRule(
      String dir, String file, String record, String pointer, String rule, int line) throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> LOADER.loadDirectory(BROKEN.resolve(dir)));
    assertEquals(1, e.problems().size(), "one thing is broken: " + e.getMessage());
    Problem p = e.problems().get(0);
    assertEquals(file, p.file(), e.getMessage());
    assertEquals(record, p.record(), e.getMessage());
    assertEquals(pointer, p.pointer(), e.getMessage());
    assertEquals(rule, p.rule().code(), e.getMessage());
    if (line == RECORD_LINE) {
      assertRecordLine(BROKEN.resolve(dir), p);
    } else if (line > 0) {
      assertEquals(line, p.line(), e.getMessage());
    }
    assertMessageNames(e, p);
  }

  @Test
  void load_severalFormatProblems_reportsEachInFileOrder() {
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> LOADER.loadDirectory(SEVERAL.resolve("format")));
    assertEquals(List.of(
            "sources.json tiny-notes file-missing",
            "states.json AAA unknown-field",
            "states.json CCC bad-value",
            "organizations.json BETA-FORUM missing-field",
            "memberships.json ccc-alpha-member bad-date",
            "memberships.json bbb-beta-observer bad-id",
            "corridors.json  file-missing",
            "summits.json  json-syntax"),
        e.problems().stream().map(BrokenCorpusTest::key).collect(Collectors.toList()),
        e.getMessage());
    for (Problem p : e.problems()) {
      assertMessageNames(e, p);
    }
  }

  @Test
  void load_severalBrokenRules_reportsEach() throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> LOADER.loadDirectory(SEVERAL.resolve("rules")));
    assertEquals(Set.of(
            "memberships.json ccc-alpha-member after-founding",
            "memberships.json aaa-alpha-founding founding-at-founding",
            "memberships.json bbb-beta-observer reference",
            "corridors.json silver-line quote-found",
            "summits.json alpha-summit-2 reference",
            "summits.json alpha-summit-2 unique-id"),
        e.problems().stream().map(BrokenCorpusTest::key).collect(Collectors.toSet()),
        e.getMessage());
    assertEquals(6, e.problems().size(), e.getMessage());
    for (Problem p : e.problems()) {
      assertRecordLine(SEVERAL.resolve("rules"), p);
      assertMessageNames(e, p);
    }
  }

  @Test
  void load_sourceTextLinkedFromOutside_isPathEscape(@TempDir Path tmp) throws IOException {
    Path corpus = TestCorpora.copy(TINY, tmp.resolve("corpus"));
    Path outside = Files.copy(corpus.resolve("tiny.txt"), tmp.resolve("outside.txt"));
    Files.delete(corpus.resolve("tiny.txt"));
    link(corpus.resolve("tiny.txt"), outside);

    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(corpus));
    assertEquals(List.of("sources.json tiny-notes path-escape"),
        e.problems().stream().map(BrokenCorpusTest::key).collect(Collectors.toList()), e.getMessage());
  }

  @Test
  void load_jsonFileLinkedFromOutside_isPathEscape(@TempDir Path tmp) throws IOException {
    Path corpus = TestCorpora.copy(TINY, tmp.resolve("corpus"));
    Path outside = Files.copy(corpus.resolve("states.json"), tmp.resolve("states.json"));
    Files.delete(corpus.resolve("states.json"));
    link(corpus.resolve("states.json"), outside);

    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(corpus));
    assertEquals(List.of("states.json  path-escape"),
        e.problems().stream().map(BrokenCorpusTest::key).collect(Collectors.toList()), e.getMessage());
  }

  @Test
  void load_linkInsideTheDirectory_isRefusedToo(@TempDir Path tmp) throws IOException {
    // Links are not followed at all, even to a file of the corpus itself.
    Path corpus = TestCorpora.copy(TINY, tmp.resolve("corpus"));
    Files.move(corpus.resolve("tiny.txt"), corpus.resolve("real.txt"));
    link(corpus.resolve("tiny.txt"), corpus.resolve("real.txt"));

    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(corpus));
    assertEquals("path-escape", e.problems().get(0).rule().code(), e.getMessage());
  }

  @Test
  void load_missingDirectory_reportsEveryFileMissing(@TempDir Path tmp) {
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> LOADER.loadDirectory(tmp.resolve("absent")));
    assertEquals(TestCorpora.JSON_FILES,
        e.problems().stream().map(Problem::file).collect(Collectors.toList()));
    assertTrue(e.problems().stream().allMatch(p -> p.rule().code().equals("file-missing")), e.getMessage());
  }

  private static String key(Problem p) {
    return p.file() + " " + p.record() + " " + p.rule().code();
  }

  /** Asserts that the message of the exception names the file, the record and the rule. */
  private static void assertMessageNames(CorpusLoadException e, Problem p) {
    String m = e.getMessage();
    assertTrue(m.contains(p.toString()), m);
    assertTrue(m.contains(p.file() + (p.record().isEmpty() ? "" : ": record '" + p.record() + "'")), m);
    assertTrue(m.contains("[" + p.rule().code() + "] "), m);
    assertTrue(!p.message().isBlank(), m);
  }

  /** Asserts that the problem's line is the line where its record's object opens. */
  private static void assertRecordLine(Path dir, Problem p) throws IOException {
    assertTrue(p.line() > 0, p.toString());
    List<String> lines = Files.readAllLines(dir.resolve(p.file()), StandardCharsets.ISO_8859_1);
    assertEquals("  {", lines.get(p.line() - 1), p.toString());
    assertEquals("\"id\": \"" + p.record() + "\",", lines.get(p.line()).strip(), p.toString());
  }

  private static void link(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
  }
}
