package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger's rules on a corpus of two small documents, the second a republication of the
 * first, and one state citing a sentence of each: each rule holds for the right ledger and
 * fails, naming the sentence, for a ledger that breaks it.
 */
final class LedgerCheckTest {
  private static final SourceId ORIGINAL = SourceId.of("original");
  private static final SourceId COPY = SourceId.of("copy");
  private static final Corpus CORPUS = corpus();

  private static Corpus corpus() {
    Source original = Source.builder().id(ORIGINAL).file("original.txt").language("en")
        .text("Aland Matters\nAland is a state. It is a pleasant one.").build();
    Source copy = Source.builder().id(COPY).file("copy.txt").language("en").republicationOf(ORIGINAL)
        .text("Aland is a state.\n\nIt is a pleasant one.").build();
    List<Claim> name = List.of(new Claim(Attribute.NAME, "Aland"));
    State aland = State.builder().id(StateId.of("AAA")).name("Aland").recognition(Recognition.RECOGNIZED)
        .addClassified(Attribute.RECOGNITION)
        .addCitations(Citation.of(ORIGINAL, "Aland is a state.", name), Citation.of(COPY, "is a state", name))
        .build();
    return Corpus.of(List.of(original, copy), List.of(aland), List.of(), List.of(), List.of(), List.of());
  }

  private static final String RIGHT = """
      {"ledger": [
        {"source": "original", "sentences": [
          {"text": "Aland Matters", "noFact": "heading: a heading"},
          {"text": "Aland is a state.", "records": ["state:AAA"]},
          {"text": "It is a pleasant one.", "noFact": "opinion: the author's view"}]},
        {"source": "copy", "sentences": [
          {"text": "Aland is a state.", "records": ["state:AAA"], "missing": [{"kind": "recognition", "states": "no one recognises it"}]},
          {"text": "It is a pleasant one.", "noFact": "republished: as in the original"}]}]}
      """;

  @Test
  void rightLedger_breaksNoRule_andIsCounted() throws IOException {
    LedgerCheck check = check(RIGHT);
    assertEquals(List.of(), check.sources());
    assertEquals(List.of(), check.coverage());
    assertEquals(List.of(), check.records());
    assertEquals(List.of(), check.republished());
    assertEquals(5, check.sentenceCount());
    assertEquals("5 sentences {copy=2, original=3}: 2 support records (1 of them also state missing facts),"
        + " 0 state only missing facts, 3 state no fact {heading=1, opinion=1, republished=1};"
        + " 1 missing facts {recognition=1}", check.counts());
  }

  @Test
  void sentenceMissingFromTheLedger_isReported_withAnEntryToPaste() throws IOException {
    List<String> problems = check(RIGHT.replace(
        "{\"text\": \"Aland Matters\", \"noFact\": \"heading: a heading\"},", "")).coverage();
    assertEquals(List.of("original: sentence not in the ledger (classify it and add it in document order):"
        + " {\"text\":\"Aland Matters\",\"noFact\":\"CLASS: why\"}"), problems);
    List<String> cited = check(RIGHT.replace(
        "{\"text\": \"Aland is a state.\", \"records\": [\"state:AAA\"]},", "")).coverage();
    assertEquals(List.of("original: sentence not in the ledger (classify it and add it in document order):"
        + " {\"text\":\"Aland is a state.\",\"records\":[\"state:AAA\"]}"), cited);
  }

  @Test
  void ledgerSentenceNotInTheDocument_isReported() throws IOException {
    List<String> problems = check(RIGHT.replace("\"It is a pleasant one.\", \"noFact\": \"opinion",
        "\"It is a lovely one.\", \"noFact\": \"opinion")).coverage();
    assertEquals(List.of("original: sentence not in the ledger (classify it and add it in document order):"
        + " {\"text\":\"It is a pleasant one.\",\"noFact\":\"CLASS: why\"}",
        "original: ledger sentence not in the document: It is a lovely one."), problems);
  }

  @Test
  void sentencesOutOfOrder_areReported() throws IOException {
    String swapped = RIGHT.replace("{\"text\": \"Aland Matters\", \"noFact\": \"heading: a heading\"},", "")
        .replace("{\"text\": \"It is a pleasant one.\", \"noFact\": \"opinion: the author's view\"}]},",
            "{\"text\": \"It is a pleasant one.\", \"noFact\": \"opinion: the author's view\"},"
                + " {\"text\": \"Aland Matters\", \"noFact\": \"heading: a heading\"}]},");
    List<String> problems = check(swapped).coverage();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("original: out of document order at entry 0"), problems.get(0));
  }

  @Test
  void sourceWithoutSentences_andUnknownSource_areReported() throws IOException {
    String renamed = RIGHT.replace("{\"source\": \"copy\"", "{\"source\": \"reprint\"");
    assertEquals(List.of("source copy has no sentences in the ledger",
        "the ledger lists 'reprint', which is no source of the corpus"), check(renamed).sources());
  }

  @Test
  void citedSentenceMarkedNoFact_isReported() throws IOException {
    String ledger = RIGHT.replaceFirst("\"records\": \\[\"state:AAA\"\\]\\}", "\"noFact\": \"analysis: none\"}");
    assertEquals(List.of("original /ledger/0/sentences/1 'Aland is a state.': marked noFact, but cited by [state:AAA]"),
        check(ledger).records());
  }

  @Test
  void entryNamingARecordThatDoesNotCiteIt_orNoRecord_isReported() throws IOException {
    String ledger = RIGHT.replace("{\"text\": \"It is a pleasant one.\", \"noFact\": \"opinion: the author's view\"}",
        "{\"text\": \"It is a pleasant one.\", \"records\": [\"state:AAA\", \"state:BBB\"]}");
    assertEquals(List.of(
        "original /ledger/0/sentences/2 'It is a pleasant one.': names state:AAA, which does not cite the sentence",
        "original /ledger/0/sentences/2 'It is a pleasant one.': names state:BBB, which is no record of the corpus"),
        check(ledger).records());
  }

  @Test
  void entryLeavingOutARecordThatCitesIt_isReported() throws IOException {
    String ledger = RIGHT.replace(
        "{\"text\": \"Aland is a state.\", \"records\": [\"state:AAA\"], \"missing\"",
        "{\"text\": \"Aland is a state.\", \"missing\"");
    assertEquals(List.of("copy /ledger/1/sentences/0 'Aland is a state.': does not name [state:AAA], which cite the sentence"),
        check(ledger).records());
  }

  @Test
  void republishedSentence_mustBeANoFactSentenceOfTheOriginal() throws IOException {
    String factual = RIGHT.replace("{\"text\": \"It is a pleasant one.\", \"noFact\": \"opinion: the author's view\"}",
            "{\"text\": \"It is a pleasant one.\", \"missing\": [{\"kind\": \"state\", \"states\": \"pleasantness\"}]}");
    assertEquals(List.of("copy /ledger/1/sentences/1: marked republished, but in original the sentence states"
        + " facts: cite this copy for the same records instead"), check(factual).republished());
    String inOriginal = RIGHT.replace("\"noFact\": \"heading: a heading\"", "\"noFact\": \"republished: a heading\"");
    assertEquals(List.of("original /ledger/0/sentences/0: marked republished, but original is no republication"),
        check(inOriginal).republished());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"noFact\": \"gossip: why\"}]}]}", "[bad-class]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"noFact\": \"opinion\"}]}]}", "[bad-class]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\"}]}]}", "[unclassified]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"records\": []}]}]}", "[empty-list]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"records\": [\"state:AAA\"], \"noFact\": \"opinion: x\"}]}]}", "[no-fact-with-facts]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"records\": [\"source:copy\"]}]}]}", "[bad-record]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"records\": [\"planet:X\"]}]}]}", "[bad-record]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"records\": [\"state:AAA\", \"state:AAA\"]}]}]}", "[duplicate-record]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"missing\": [{\"kind\": \"rumour\", \"states\": \"x\"}]}]}]}", "[bad-kind]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"missing\": [{\"kind\": \"exercise\"}]}]}]}", "[missing-field]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"noFact\": \"opinion: x\", \"recrods\": []}]}]}", "[unknown-field]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \" \", \"noFact\": \"opinion: x\"}]}]}", "[blank]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": null, \"noFact\": \"opinion: x\"}]}]}", "[wrong-type]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": []}, {\"source\": \"copy\", \"sentences\": []}]}", "[duplicate-source]"),
        arguments("{\"ledger\": [{\"source\": \"copy\", \"sentences\": [], \"source\": \"original\"}]}", "Duplicate field"),
        arguments("{\"ledger\": []} {}", "Trailing token"),
        arguments("{\"ledger\": {}}", "[wrong-type]"),
        arguments("{\"sentences\": []}", "[unknown-field]"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedLedger_isRefused_namingTheRule(String json, String rule) {
    Exception e = assertThrows(Exception.class, () -> Ledger.parse(json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains(rule), e.getMessage());
  }

  @Test
  void malformedLedger_errorNamesTheFilePointerAndRule() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Ledger.parse(
        "{\"ledger\": [{\"source\": \"copy\", \"sentences\": [{\"text\": \"A.\", \"noFact\": \"gossip: why\"}]}]}"
            .getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("ledger.json at /ledger/0/sentences/0/noFact: [bad-class]"), e.getMessage());
  }

  private static LedgerCheck check(String json) throws IOException {
    return new LedgerCheck(CORPUS, Ledger.parse(json.getBytes(StandardCharsets.UTF_8)));
  }
}
