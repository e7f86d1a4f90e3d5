package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.StateId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** meetings.json on the tiny corpus: read and written back, and bad records named with file, record and rule. */
final class MeetingFileTest {
  private static final CorpusLoader LOADER = CorpusLoader.create();

  private static final String MEETINGS = """
      {"meetings": [{
        "id": "alpha-ministers",
        "name": "Ministers of the Alpha Union",
        "kind": "MINISTERIAL",
        "ordinal": 2,
        "date": "2000",
        "status": "UNKNOWN",
        "outcomes": [],
        "attendance": ["state:AAA"],
        "absence": [%s],
        "delegates": [{"party": "state:AAA", %s}],
        "citations": [{"source": "tiny-notes", "quote": "Aland and Borduria founded the Alpha Union in 2000.",
          "supports": ["kind", "ordinal", "date", "attendance=state:AAA"%s]}]
      }]}
      """;

  private static Path corpus(Path tmp, String absence, String delegate, String supports) throws IOException {
    Path dir = TestCorpora.copy(TINY, tmp.resolve("c"));
    Files.writeString(dir.resolve("meetings.json"), String.format(MEETINGS, absence, delegate, supports));
    return dir;
  }

  @Test
  void aMeeting_isReadWithItsDelegate_andWrittenBackEqual(@TempDir Path tmp) throws IOException {
    Corpus c = LOADER.loadDirectory(corpus(tmp, "", "\"title\": \"Aland\"", ", \"delegates=Aland (state:AAA)\""));
    assertTrue(c.summits().stream().noneMatch(s -> s.id().value().equals("alpha-ministers")));
    assertEquals(List.of(Delegate.office(StateId.of("AAA"), "Aland")), c.meetings().get(0).delegates());
    assertEquals(2, c.meetings().get(0).ordinal().orElseThrow());
    CorpusWriter.write(c, tmp.resolve("a"));
    assertEquals(c, LOADER.loadDirectory(tmp.resolve("a")));
  }

  @Test
  void aPartyBothAttendingAndAbsent_isNamedWithFileRecordAndRule(@TempDir Path tmp) throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(
        corpus(tmp, "\"state:AAA\"", "\"title\": \"Aland\"", ", \"delegates=Aland (state:AAA)\", \"absence=state:AAA\"")));
    Problem p = e.problems().get(0);
    assertEquals("meetings.json", p.file());
    assertEquals("alpha-ministers", p.record());
    assertEquals(FormatRule.INVALID_RECORD.code(), p.rule().code());
    assertTrue(p.message().contains("attending and as absent"), p.message());
  }

  @Test
  void aDelegateWithNeitherPersonNorTitle_isAMissingField(@TempDir Path tmp) throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(
        corpus(tmp, "", "\"note\": \"x\"", "")));
    assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("meetings.json")
        && p.record().equals("alpha-ministers")), e.problems().toString());
  }

  @Test
  void aTitleNotInItsQuote_breaksValueQuoted(@TempDir Path tmp) throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LOADER.loadDirectory(
        corpus(tmp, "", "\"title\": \"Arcadia\"", ", \"delegates=Arcadia (state:AAA)\"")));
    assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("meetings.json")
        && p.rule().code().equals("value-quoted")), e.problems().toString());
  }
}
