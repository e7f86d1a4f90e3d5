package io.github.otsatlas.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.QuoteLocation;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a sentence ledger against its corpus (the rules of {@code seeds/README.md}, section
 * "The sentence ledger"); each check returns its problems, one line each, empty when it holds.
 * The sentences of a source are {@link Sentences#of} its text; a citation cites a sentence when
 * its located quote's range overlaps the sentence's.
 */
final class LedgerCheck {
  private final Corpus corpus;
  private final Ledger ledger;
  private final Map<SourceId, List<Sentence>> sentences = new LinkedHashMap<>();
  // For each source, its sentences and the records whose citations cite each.
  private final Map<SourceId, Map<Sentence, Set<FactRef>>> citing = new LinkedHashMap<>();

  LedgerCheck(Corpus corpus, Ledger ledger) {
    this.corpus = corpus;
    this.ledger = ledger;
    for (Source s : corpus.sources()) {
      List<Sentence> list = Sentences.of(s.text());
      sentences.put(s.id(), list);
      Map<Sentence, Set<FactRef>> bySentence = new LinkedHashMap<>();
      list.forEach(t -> bySentence.put(t, new TreeSet<>()));
      citing.put(s.id(), bySentence);
    }
    for (Fact f : corpus.facts()) {
      for (Citation c : f.allCitations()) {
        QuoteLocation at = corpus.locate(c);
        for (Map.Entry<Sentence, Set<FactRef>> e : citing.get(at.source()).entrySet()) {
          if (e.getKey().overlaps(at.start(), at.end())) {
            e.getValue().add(f.ref());
          }
        }
      }
    }
  }

  /** The ledger lists every source of the corpus, and no other. */
  List<String> sources() {
    Set<String> ids = corpus.sources().stream().map(s -> s.id().value()).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    ids.stream().filter(id -> !ledger.sources().contains(id)).sorted()
        .forEach(id -> problems.add("source " + id + " has no sentences in the ledger"));
    ledger.sources().stream().filter(id -> !ids.contains(id))
        .forEach(id -> problems.add("the ledger lists '" + id + "', which is no source of the corpus"));
    return problems;
  }

  /**
   * Every sentence of every document is in the ledger, in document order, and the ledger names
   * no other: the problems list the sentences to add (as entries to paste, with the records
   * citing them), the ledger's sentences that are not the document's, or the first one out of
   * order.
   */
  List<String> coverage() {
    List<String> problems = new ArrayList<>();
    for (Source s : corpus.sources()) {
      List<String> document = texts(s);
      List<String> listed = ledger.entries(s.id().value()).stream().map(Ledger.Entry::text).toList();
      if (document.equals(listed)) {
        continue;
      }
      List<String> absent = new ArrayList<>(document);
      listed.forEach(absent::remove);
      List<String> extra = new ArrayList<>(listed);
      document.forEach(extra::remove);
      for (Sentence t : sentences.get(s.id())) {
        if (absent.remove(t.text())) {
          problems.add(s.id() + ": sentence not in the ledger (classify it and add it in document"
              + " order): " + skeleton(t, citing.get(s.id()).get(t)));
        }
      }
      extra.forEach(t -> problems.add(s.id() + ": ledger sentence not in the document: " + t));
      if (extra.isEmpty() && listed.size() == document.size()) {
        for (int i = 0; i < document.size(); i++) {
          if (!document.get(i).equals(listed.get(i))) {
            problems.add(s.id() + ": out of document order at entry " + i + ": the document has '"
                + document.get(i) + "', the ledger '" + listed.get(i) + "'");
            break;
          }
        }
      }
    }
    return problems;
  }

  /**
   * Every entry names exactly the records whose citations cite its sentence, and no cited
   * sentence is "no fact". Sources whose sentences the ledger does not match are skipped
   * ({@link #coverage()} reports them).
   */
  List<String> records() {
    List<String> problems = new ArrayList<>();
    for (Source s : corpus.sources()) {
      Optional<List<Ledger.Entry>> entries = aligned(s);
      if (entries.isEmpty()) {
        continue;
      }
      List<Sentence> list = sentences.get(s.id());
      for (int i = 0; i < list.size(); i++) {
        Ledger.Entry e = entries.get().get(i);
        Set<FactRef> cited = citing.get(s.id()).get(list.get(i));
        String where = s.id() + " " + e.pointer() + " '" + abbreviate(e.text()) + "'";
        if (e.noFact().isPresent() && !cited.isEmpty()) {
          problems.add(where + ": marked noFact, but cited by " + cited);
          continue;
        }
        for (FactRef r : e.records()) {
          if (corpus.fact(r).isEmpty()) {
            problems.add(where + ": names " + r + ", which is no record of the corpus");
          } else if (!cited.contains(r)) {
            problems.add(where + ": names " + r + ", which does not cite the sentence");
          }
        }
        Set<FactRef> unnamed = new TreeSet<>(cited);
        e.records().forEach(unnamed::remove);
        if (!unnamed.isEmpty()) {
          problems.add(where + ": does not name " + unnamed + ", which cite the sentence");
        }
      }
    }
    return problems;
  }

  /**
   * A sentence marked "republished" stands in a republication, and its original has the same
   * sentence, marked "no fact" too (if the original's states facts, the copy cites them as well).
   */
  List<String> republished() {
    List<String> problems = new ArrayList<>();
    for (Source s : corpus.sources()) {
      for (Ledger.Entry e : aligned(s).orElse(List.of())) {
        if (!e.noFactClass().equals(Optional.of("republished"))) {
          continue;
        }
        String where = s.id() + " " + e.pointer();
        Optional<Source> original = s.republicationOf().flatMap(corpus::source);
        if (original.isEmpty()) {
          problems.add(where + ": marked republished, but " + s.id() + " is no republication");
          continue;
        }
        List<Ledger.Entry> same = aligned(original.get()).orElse(List.of()).stream()
            .filter(o -> o.text().equals(e.text())).toList();
        if (same.isEmpty()) {
          problems.add(where + ": marked republished, but " + original.get().id()
              + " has no such sentence: '" + e.text() + "'");
        } else if (same.stream().anyMatch(o -> o.noFact().isEmpty())) {
          problems.add(where + ": marked republished, but in " + original.get().id()
              + " the sentence states facts: cite this copy for the same records instead");
        }
      }
    }
    return problems;
  }

  /** The entries of the ledger by class: their counts, for the record. */
  String counts() {
    int total = 0;
    int withRecords = 0;
    int alsoMissing = 0;
    int missingOnly = 0;
    Map<String, Integer> noFact = new TreeMap<>();
    Map<String, Integer> missingByKind = new TreeMap<>();
    Map<String, Integer> perSource = new LinkedHashMap<>();
    for (Source s : corpus.sources()) {
      List<Ledger.Entry> entries = ledger.entries(s.id().value());
      total += entries.size();
      perSource.put(s.id().value(), entries.size());
      for (Ledger.Entry e : entries) {
        if (e.noFact().isPresent()) {
          noFact.merge(e.noFactClass().orElseThrow(), 1, Integer::sum);
        } else if (!e.records().isEmpty()) {
          withRecords++;
          alsoMissing += e.missing().isEmpty() ? 0 : 1;
        } else {
          missingOnly++;
        }
        e.missing().forEach(m -> missingByKind.merge(m.kind(), 1, Integer::sum));
      }
    }
    return total + " sentences " + perSource + ": " + withRecords + " support records (" + alsoMissing
        + " of them also state missing facts), " + missingOnly + " state only missing facts, "
        + noFact.values().stream().mapToInt(Integer::intValue).sum() + " state no fact " + noFact + "; "
        + missingByKind.values().stream().mapToInt(Integer::intValue).sum() + " missing facts "
        + missingByKind;
  }

  /** How many sentences the corpus's documents have. */
  int sentenceCount() {
    return sentences.values().stream().mapToInt(List::size).sum();
  }

  private List<String> texts(Source s) {
    return sentences.get(s.id()).stream().map(Sentence::text).toList();
  }

  private Optional<List<Ledger.Entry>> aligned(Source s) {
    List<Ledger.Entry> entries = ledger.entries(s.id().value());
    return texts(s).equals(entries.stream().map(Ledger.Entry::text).toList())
        ? Optional.of(entries) : Optional.empty();
  }

  /** An entry to paste into the ledger: the sentence, and the records citing it if any. */
  private static String skeleton(Sentence s, Set<FactRef> cited) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode e = json.createObjectNode().put("text", s.text());
    if (cited.isEmpty()) {
      e.put("noFact", "CLASS: why");
    } else {
      ArrayNode records = e.putArray("records");
      cited.forEach(r -> records.add(r.toString()));
    }
    return e.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
