package io.github.otsatlas.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.otsatlas.model.FactRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence ledger of a corpus directory ({@code ledger.json}, see {@code seeds/README.md},
 * section "The sentence ledger"), read strictly: an unknown field, a duplicate key, a {@code
 * null}, a wrong type, a blank text, an unknown class or kind, or an entry that is both "no fact"
 * and a list of records is an error naming the file, the JSON pointer and the rule broken.
 */
final class Ledger {
  /** The ledger's file name in a corpus directory. */
  static final String FILE = "ledger.json";

  /** The classes a "no fact" reason begins with, each followed by ": " and the reason. */
  static final Set<String> NO_FACT_CLASSES = Set.of("heading", "metadata", "republished",
      "opinion", "analysis", "figure", "background");

  /**
   * The kinds a missing fact may be of: the model's kinds, and {@code attendance} for the
   * persons or offices at a summit or meeting that its delegates cannot hold.
   */
  static final Set<String> MISSING_KINDS = Set.of("state", "organization", "membership",
      "corridor", "summit", "meeting", "agreement", "exercise", "recognition", "attendance");

  /** A fact a sentence states that the corpus does not hold: its kind and what is stated. */
  record Missing(String kind, String states) {}

  /**
   * One sentence of a document and how it is classified: the records citing it, the facts it
   * states that the corpus lacks, or why it states no fact.
   */
  record Entry(String pointer, String text, List<FactRef> records, List<Missing> missing,
      Optional<String> noFact) {

    /** The class of a "no fact" entry: the word before the first colon of its reason. */
    Optional<String> noFactClass() {
      return noFact.map(r -> r.substring(0, r.indexOf(':')));
    }
  }

  private final Map<String, List<Entry>> bySource;

  private Ledger(Map<String, List<Entry>> bySource) {
    this.bySource = bySource;
  }

  /** Returns the source ids the ledger covers, in its order. */
  Set<String> sources() {
    return bySource.keySet();
  }

  /** Returns the entries of one source, in document order, or empty if the ledger has none. */
  List<Entry> entries(String source) {
    return bySource.getOrDefault(source, List.of());
  }

  /** Reads and checks {@code dir/ledger.json}. */
  static Ledger read(Path dir) throws IOException {
    return parse(Files.readAllBytes(dir.resolve(FILE)));
  }

  /** Parses and checks a ledger's JSON. */
  static Ledger parse(byte[] bytes) throws IOException {
    ObjectMapper json = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(JsonParser.Feature.ALLOW_COMMENTS)
        .build();
    JsonNode root = json.readTree(bytes);
    Reader r = new Reader();
    r.fields(root, "", Set.of("ledger"), Set.of("ledger"));
    Map<String, List<Entry>> out = new LinkedHashMap<>();
    JsonNode sources = r.array(root.get("ledger"), "/ledger");
    for (int i = 0; i < sources.size(); i++) {
      String at = "/ledger/" + i;
      JsonNode s = sources.get(i);
      r.fields(s, at, Set.of("source", "sentences"), Set.of("source", "sentences"));
      String source = r.text(s.get("source"), at + "/source");
      JsonNode sentences = r.array(s.get("sentences"), at + "/sentences");
      List<Entry> entries = new ArrayList<>();
      for (int k = 0; k < sentences.size(); k++) {
        entries.add(r.entry(sentences.get(k), at + "/sentences/" + k));
      }
      if (out.put(source, List.copyOf(entries)) != null) {
        r.fail(at + "/source", "duplicate-source", "source '" + source + "' is listed twice");
      }
    }
    return new Ledger(out);
  }

  /** Reads nodes, failing with the file, pointer and rule. */
  private static final class Reader {

    Entry entry(JsonNode e, String at) {
      fields(e, at, Set.of("text", "records", "missing", "noFact", "note"), Set.of("text"));
      String text = text(e.get("text"), at + "/text");
      List<FactRef> records = new ArrayList<>();
      if (e.has("records")) {
        JsonNode list = array(e.get("records"), at + "/records");
        if (list.isEmpty()) {
          fail(at + "/records", "empty-list", "records must name at least one record, or be omitted");
        }
        for (int i = 0; i < list.size(); i++) {
          String ref = text(list.get(i), at + "/records/" + i);
          try {
            FactRef parsed = FactRef.parse(ref);
            if (parsed.kind() == FactRef.Kind.SOURCE) {
              fail(at + "/records/" + i, "bad-record", "a source is no record: '" + ref + "'");
            }
            if (records.contains(parsed)) {
              fail(at + "/records/" + i, "duplicate-record", "'" + ref + "' is named twice");
            }
            records.add(parsed);
          } catch (IllegalArgumentException bad) {
            fail(at + "/records/" + i, "bad-record", bad.getMessage());
          }
        }
      }
      List<Missing> missing = new ArrayList<>();
      if (e.has("missing")) {
        JsonNode list = array(e.get("missing"), at + "/missing");
        if (list.isEmpty()) {
          fail(at + "/missing", "empty-list", "missing must name at least one fact, or be omitted");
        }
        for (int i = 0; i < list.size(); i++) {
          String m = at + "/missing/" + i;
          fields(list.get(i), m, Set.of("kind", "states"), Set.of("kind", "states"));
          String kind = text(list.get(i).get("kind"), m + "/kind");
          if (!MISSING_KINDS.contains(kind)) {
            fail(m + "/kind", "bad-kind", "'" + kind + "' is not one of " + new java.util.TreeSet<>(MISSING_KINDS));
          }
          missing.add(new Missing(kind, text(list.get(i).get("states"), m + "/states")));
        }
      }
      Optional<String> noFact = Optional.empty();
      if (e.has("noFact")) {
        String reason = text(e.get("noFact"), at + "/noFact");
        int colon = reason.indexOf(": ");
        if (colon < 0 || !NO_FACT_CLASSES.contains(reason.substring(0, colon))
            || reason.substring(colon + 2).isBlank()) {
          fail(at + "/noFact", "bad-class", "a reason is 'class: why', the class one of "
              + new java.util.TreeSet<>(NO_FACT_CLASSES) + ": '" + reason + "'");
        }
        noFact = Optional.of(reason);
        if (!records.isEmpty() || !missing.isEmpty()) {
          fail(at, "no-fact-with-facts", "an entry is either noFact or records/missing, not both");
        }
      } else if (records.isEmpty() && missing.isEmpty()) {
        fail(at, "unclassified", "an entry needs records, missing or noFact: '" + text + "'");
      }
      if (e.has("note")) {
        text(e.get("note"), at + "/note");
      }
      return new Entry(at, text, List.copyOf(records), List.copyOf(missing), noFact);
    }

    void fields(JsonNode node, String at, Set<String> allowed, Set<String> required) {
      if (node == null || !node.isObject()) {
        fail(at, "wrong-type", "expected an object");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          fail(at + "/" + name, "unknown-field", "unknown field '" + name + "'");
        }
      }
      for (String name : required) {
        if (!node.has(name)) {
          fail(at, "missing-field", "missing field '" + name + "'");
        }
      }
    }

    JsonNode array(JsonNode node, String at) {
      if (node == null || !node.isArray()) {
        fail(at, "wrong-type", "expected an array");
      }
      return node;
    }

    String text(JsonNode node, String at) {
      if (node == null || !node.isTextual()) {
        fail(at, "wrong-type", "expected a string");
      }
      if (node.textValue().isBlank()) {
        fail(at, "blank", "must not be blank");
      }
      return node.textValue();
    }

    void fail(String at, String rule, String message) {
      throw new IllegalStateException(FILE + " at " + (at.isEmpty() ? "/" : at) + ": [" + rule + "] " + message);
    }
  }
}
