package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agreements.json and exercises.json on the tiny corpus: optional, strict, written back exactly. */
final class AgreementAndExerciseFilesTest {
  private static final CorpusLoader LOADER = CorpusLoader.create();

  private static final String AGREEMENTS = """
      {"agreements": [{
        "id": "alpha-founding-act",
        "name": "Founding act of the Alpha Union",
        "kind": "UNKNOWN",
        "parties": ["state:AAA", "state:BBB"],
        "signatories": [],
        "date": "%s",
        "hostState": "AAA",
        "adoptedAt": "alpha-summit-2",
        "subject": "%s",
        "citations": [{"source": "tiny-notes", "quote": "Aland and Borduria founded the Alpha Union in 2000.",
          "supports": ["parties=state:AAA", "parties=state:BBB", "date", "subject"]},
          {"source": "tiny-notes", "quote": "The second summit of the Alpha Union was held in Aland on 3 May 2015.",
          "supports": ["hostState", "adoptedAt"]}]
      }]}
      """;

  private static final String EXERCISES = """
      {"exercises": [{
        "id": "beta-drill",
        "label": "Beta drill",
        "name": "Beta Forum",
        "status": "HELD",
        "date": ["2013", "201X"],
        "hostState": "BBB",
        "organizers": [],
        "participants": ["state:BBB"],
        "framework": "BETA-FORUM",
        "citations": [{"source": "tiny-notes", "quote": "The Beta Forum met in Borduria in 2013.",
          "supports": ["name", "status", "date=2013", "hostState", "participants=state:BBB", "framework"]},
          {"source": "tiny-notes", "quote": "The Beta Forum was set up in 2010",
          "supports": ["date=201X"]}]
      }]}
      """;

  private static Path corpus(Path tmp, String date, String subject) throws IOException {
    Path dir = TestCorpora.copy(TINY, tmp.resolve("c"));
    Files.writeString(dir.resolve("agreements.json"), String.format(AGREEMENTS, date, subject));
    Files.writeString(dir.resolve("exercises.json"), EXERCISES);
    return dir;
  }

  @Test
  void tinyCorpus_withoutTheOptionalFiles_hasNoAgreementsOrExercises() {
    Corpus tiny = LOADER.loadDirectory(TINY);
    assertTrue(tiny.agreements().isEmpty());
    assertTrue(tiny.exercises().isEmpty());
  }

  @Test
  void load_readsEveryField_andADecadeDate(@TempDir Path tmp) throws IOException {
    Corpus c = LOADER.loadDirectory(corpus(tmp, "200X", "the Alpha Union"));
    Agreement a = c.agreements().get(0);
    assertEquals(AgreementKind.UNKNOWN, a.kind());
    assertEquals(List.of(StateId.of("AAA"), StateId.of("BBB")), a.parties());
    assertEquals(Optional.of(PartialDate.ofDecade(2000)), a.date());
    assertEquals(Optional.of(SummitId.of("alpha-summit-2")), a.adoptedAt());
    assertEquals(Optional.of("the Alpha Union"), a.subject());
    Exercise e = c.exercises().get(0);
    assertEquals(List.of(PartialDate.parse("2013"), PartialDate.parse("201X")), e.dates());
    // a year inside the decade refines it: the two sources agree
    assertEquals(Optional.of(PartialDate.parse("2013")), e.date());
    assertTrue(c.disagreements().isEmpty(), c.disagreements().toString());
    assertEquals(Optional.of(OrganizationId.of("BETA-FORUM")), e.framework());
  }

  @Test
  void write_thenLoad_givesTheSameCorpusAndTheSameFiles(@TempDir Path tmp) throws IOException {
    Corpus c = LOADER.loadDirectory(corpus(tmp, "200X", "the Alpha Union"));
    CorpusWriter.write(c, tmp.resolve("a"));
    assertEquals(c, LOADER.loadDirectory(tmp.resolve("a")));
    CorpusWriter.write(LOADER.loadDirectory(tmp.resolve("a")), tmp.resolve("b"));
    assertEquals(Files.readString(tmp.resolve("a/agreements.json")), Files.readString(tmp.resolve("b/agreements.json")));
    assertTrue(Files.readString(tmp.resolve("a/agreements.json")).contains("\"date\" : \"200X\""));
  }

  @Test
  void badDecade_isABadDateOfItsRecord(@TempDir Path tmp) throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> LOADER.loadDirectory(corpus(tmp, "20X0", "the Alpha Union")));
    Problem p = e.problems().get(0);
    assertEquals(List.of("agreements.json", "alpha-founding-act", "/agreements/0/date", "bad-date"),
        List.of(p.file(), p.record(), p.pointer(), p.rule().code()), e.getMessage());
  }

  @Test
  void subjectNotInItsQuote_isValueQuoted(@TempDir Path tmp) throws IOException {
    CorpusLoadException e = assertThrows(CorpusLoadException.class,
        () -> LOADER.loadDirectory(corpus(tmp, "2000", "the Beta Forum")));
    Problem p = e.problems().get(0);
    assertEquals(List.of("agreements.json", "alpha-founding-act", "value-quoted"),
        List.of(p.file(), p.record(), p.rule().code()), e.getMessage());
    assertTrue(p.pointer().startsWith("/agreements/0/citations/0"), p.pointer());
  }
}
