package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.SEEDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.QuoteLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test of the seed corpus's sentence ledger ({@code seeds/ledger.json}): every
 * sentence of the five documents is in it, in document order, and nothing else; every entry
 * names exactly the records citing its sentence; no cited sentence is "no fact"; a republished
 * sentence marked so is a "no fact" sentence of its original. The counts of the ledger by class
 * and of the corpus are printed.
 */
final class SeedLedgerTest {
  private static Corpus seeds;
  private static Ledger ledger;
  private static LedgerCheck check;

  @BeforeAll
  static void load() throws Exception {
    seeds = CorpusLoader.create().loadDirectory(SEEDS);
    ledger = Ledger.read(SEEDS);
    check = new LedgerCheck(seeds, ledger);
  }

  @Test
  void ledger_listsEverySourceOnce() {
    assertEquals(List.of(), check.sources());
  }

  @Test
  void everySentenceOfEveryDocument_isInTheLedger_inOrder_andNothingElse() {
    assertEquals(List.of(), check.coverage());
  }

  @Test
  void everyEntry_namesExactlyTheRecordsCitingItsSentence_andNoCitedSentenceIsNoFact() {
    assertEquals(List.of(), check.records());
  }

  @Test
  void aRepublishedSentenceMarkedNoFact_isANoFactSentenceOfTheOriginal() {
    assertEquals(List.of(), check.republished());
    assertTrue(ledger.entries("avim-coffey-2026").stream()
        .anyMatch(e -> e.noFactClass().orElse("").equals("republished")),
        "the republication 000 repeats sentences of 001 that state no fact");
  }

  @Test
  void counts_ofTheLedgerByClass_andOfTheCorpus_arePrinted() {
    String counts = check.counts();
    System.out.println("sentence ledger: " + counts);
    System.out.println("seed corpus: " + counts(seeds));
    assertTrue(counts.startsWith(check.sentenceCount() + " sentences "), counts);
    assertTrue(check.sentenceCount() > 300, "the five documents have some 340 sentences");
  }

  /** The corpus's counts: records per kind, claims, citations and the passages they quote. */
  static String counts(Corpus corpus) {
    Map<String, Integer> records = new LinkedHashMap<>();
    int claims = 0;
    int classified = 0;
    Set<Citation> citations = new HashSet<>();
    Set<List<Object>> passages = new HashSet<>();
    for (Fact f : corpus.facts()) {
      records.merge(f.ref().kind().label(), 1, Integer::sum);
      List<Cited> parts = new ArrayList<>(List.of(f));
      parts.addAll(f.parts());
      for (Cited part : parts) {
        for (Claim c : part.claims()) {
          claims++;
          if (part == f && f.isClassified(c)) {
            classified++;
          }
        }
        for (Citation c : part.citations()) {
          citations.add(c);
          QuoteLocation at = corpus.locate(c);
          passages.add(List.of(at.source(), at.start(), at.end()));
        }
      }
    }
    return "records " + records + "; " + claims + " claims (" + classified + " classified); "
        + citations.size() + " distinct citations quoting " + passages.size() + " passages";
  }
}
