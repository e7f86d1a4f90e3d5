package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.testing.CorpusGenerator;
import io.github.otsatlas.testing.CorpusShape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Loader fuzzing (issue 6): a valid generated corpus is written to a directory, one mutation
 * is applied to its files, and the directory is loaded. Every case ends either in a corpus
 * equal to the unmutated one (for mutations that keep the meaning, such as a byte order mark)
 * or in a {@link CorpusLoadException} whose every problem names a file, a rule and a
 * message, and which names the rule the mutation breaks where it is known. No other
 * exception escapes, and a partial corpus is never returned. A one-line summary of the
 * outcomes is printed after the run.
 */
final class LoaderFuzzProperties {
  private static final CorpusShape SHAPE = new CorpusShape(5, 2, 3, 2, 2, 1950, 2025, 0.7, 8);
  private static final CorpusLoader LOADER = CorpusLoader.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Each generated corpus (by seed), as loaded from its written files, and those files. */
  private static final Map<Long, Original> ORIGINALS = new ConcurrentHashMap<>();

  // Outcomes, for the summary: cases by mutation, loaded or rejected, and rejections by rule.
  private static final Map<Kind, int[]> OUTCOMES = new EnumMap<>(Kind.class);
  private static final Map<String, Integer> RULES = new TreeMap<>();

  private static final List<String> BAD_DATES = List.of("2023-02-30", "0000", "99999", "2021-13",
      "2021-00", "2019-02-29", "2021-1", "21", "2021-11-31", "", "2021-11-06T00:00", "unknown-ish",
      "-2021", "２０２１");
  private static final List<String> BAD_FILES = List.of("../escaped.txt", "/etc/passwd", "..", ".",
      "sub/file.txt", "a\\b.txt", "C:file.txt", "..\\escaped.txt", "", " file.txt", ".hidden",
      "file.txt/", "x\u0000.txt", "../generated-0.txt");
  private static final List<String> UNKNOWN_NAMES = List.of("Id", "notes", "citation", "extra",
      "startDate", "üñíçødé", "", "ID", "quote ", "İD");
  // Free text as JSON escapes it, or not: quotes, backslashes, controls, astral characters.
  private static final List<String> FREE_TEXTS = List.of("T\u00fcrkiye \u0130stanbul", "\"quoted\" \\ back\\slash",
      "tab\tand\nnewline", "\uD835\uDD7F\uD835\uDD8A", "  spaces  ", "nul\u0000char", "\u2028\u2029",
      "</script>", "\uFEFFmark", "x".repeat(10_000));
  private static final List<byte[]> INVALID_UTF8 = List.of(
      bytes(0xFF), bytes(0xFE), bytes(0x80), bytes(0xC3), bytes(0xC0, 0x80), bytes(0xC1, 0xBF),
      bytes(0xE0, 0x80, 0x80), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF),
      bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
      bytes(0xE2, 0x82));
  // A field on one line of the writer's output whose value is a scalar.
  private static final Pattern SCALAR_LINE = Pattern.compile(
      "^(\\s*)(\"(?:[^\"\\\\]|\\\\.)*\") : (\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|true|false|null)(,?)$");

  /** The kinds of mutation. */
  enum Kind {
    BYTE_FLIP, TRUNCATION, WRONG_TYPE, DUPLICATE_KEY, UNKNOWN_FIELD, BAD_DATE, DANGLING_REFERENCE,
    OVERLAPPING_MEMBERSHIP, ALTERED_QUOTE, EMPTY_FILE, MISSING_FILE, BYTE_ORDER_MARK,
    INVALID_UTF8_JSON, INVALID_UTF8_TEXT, DEEP_NESTING, LONG_STRING, PATH_ESCAPE, FREE_TEXT
  }

  /** What a mutated corpus must lead to. */
  private enum Expect {
    /** The same corpus as the unmutated one. */
    SAME,
    /** A rejection, naming one of the expected rules (any rule if none is given). */
    REJECT,
    /** The same corpus, or a rejection: for truncations, which cannot change the meaning. */
    SAME_OR_REJECT,
    /** A whole corpus of the same shape, or a rejection: for byte flips inside strings. */
    WHOLE_OR_REJECT,
    /** A whole corpus of the same shape, but not the same: for edits of free text. */
    WHOLE
  }

  private record Mutation(String description, Expect expect, Set<String> rules) {
    static Mutation reject(String description, String... rules) {
      return new Mutation(description, Expect.REJECT, Set.of(rules));
    }
  }

  private record Original(Corpus corpus, SortedMap<String, byte[]> files) {}

  @Property(tries = 420, edgeCases = EdgeCasesMode.NONE)
  void oneMutation_loadsTheSameCorpusOrIsRejectedWithProblems(
      @ForAll @LongRange(min = 0, max = 11) long seed, @ForAll Kind kind, @ForAll long salt)
      throws IOException {
    Original original = ORIGINALS.computeIfAbsent(seed, LoaderFuzzProperties::original);
    SortedMap<String, byte[]> files = new TreeMap<>(original.files());
    Mutation m = mutate(kind, files, original.corpus(), new Random(salt));
    Statistics.label("mutation").collect(kind);
    Statistics.label("mutation").coverage(c -> {
      for (Kind k : Kind.values()) {
        c.check(k).count(n -> n > 0);
      }
    });

    Path dir = Files.createTempDirectory("ots-fuzz");
    try {
      TestCorpora.writeFiles(dir, files);
      Corpus loaded = null;
      CorpusLoadException rejected = null;
      try {
        loaded = LOADER.loadDirectory(dir);
      } catch (CorpusLoadException e) {
        rejected = e;
      } catch (Throwable t) {
        throw new AssertionError(kind + " (" + m.description() + "): " + t.getClass().getName()
            + " escaped the loader", t);
      }
      count(kind, rejected);
      String what = kind + " (" + m.description() + ")";
      switch (m.expect()) {
        case SAME:
          assertEquals(original.corpus(), loaded, what + " rejected: " + message(rejected));
          break;
        case REJECT:
          assertTrue(rejected != null, what + " was loaded");
          assertProblems(what, rejected, m.rules());
          break;
        case SAME_OR_REJECT:
          if (loaded != null) {
            assertEquals(original.corpus(), loaded, what);
          } else {
            assertProblems(what, rejected, Set.of());
          }
          break;
        case WHOLE:
          assertTrue(loaded != null, what + " rejected: " + message(rejected));
          assertWhole(what, original.corpus(), loaded);
          assertFalse(original.corpus().equals(loaded), what + " changed nothing");
          break;
        default:
          if (loaded != null) {
            assertWhole(what, original.corpus(), loaded);
          } else {
            assertProblems(what, rejected, Set.of());
          }
      }
    } finally {
      TestCorpora.deleteRecursively(dir);
    }
  }

  @AfterContainer
  static void printSummary() {
    synchronized (OUTCOMES) {
      int loaded = OUTCOMES.values().stream().mapToInt(c -> c[0]).sum();
      int rejected = OUTCOMES.values().stream().mapToInt(c -> c[1]).sum();
      System.out.println("fuzz: " + (loaded + rejected) + " cases, " + loaded + " loaded, " + rejected
          + " rejected (" + RULES.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(", ")) + ")");
      System.out.println("fuzz by mutation (loaded/rejected): " + OUTCOMES.entrySet().stream()
          .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue()[0] + "/" + e.getValue()[1])
          .collect(Collectors.joining(", ")));
    }
  }

  private static void count(Kind kind, CorpusLoadException rejected) {
    synchronized (OUTCOMES) {
      OUTCOMES.computeIfAbsent(kind, k -> new int[2])[rejected == null ? 0 : 1]++;
      if (rejected != null) {
        for (String rule : rejected.problems().stream().map(p -> p.rule().code()).collect(Collectors.toCollection(TreeSet::new))) {
          RULES.merge(rule, 1, Integer::sum);
        }
      }
    }
  }

  /** Asserts that every problem is whole and named in the message, and one has an expected rule. */
  private static void assertProblems(String what, CorpusLoadException e, Set<String> rules) {
    assertFalse(e.problems().isEmpty(), what);
    for (Problem p : e.problems()) {
      assertTrue(TestCorpora.JSON_FILES.contains(p.file()), what + ": " + p);
      assertFalse(p.rule().code().isBlank(), what + ": " + p);
      assertFalse(p.message().isBlank(), what + ": " + p);
      assertTrue(e.getMessage().contains(p.toString()) && p.toString().startsWith(p.file()), what);
    }
    if (!rules.isEmpty()) {
      assertTrue(e.problems().stream().anyMatch(p -> rules.contains(p.rule().code())),
          what + ": expected a problem of rule " + rules + ", got " + e.getMessage());
    }
  }

  /** Asserts that a corpus loaded from a changed file is whole, and writes and loads back. */
  private static void assertWhole(String what, Corpus original, Corpus loaded) throws IOException {
    assertEquals(original.sources().size(), loaded.sources().size(), what);
    assertEquals(original.states().size(), loaded.states().size(), what);
    assertEquals(original.organizations().size(), loaded.organizations().size(), what);
    assertEquals(original.memberships().size(), loaded.memberships().size(), what);
    assertEquals(original.corridors().size(), loaded.corridors().size(), what);
    assertEquals(original.summits().size(), loaded.summits().size(), what);
    for (Citation c : TestCorpora.allCitations(loaded)) {
      assertEquals(TestCorpora.fold(c.quote()), TestCorpora.fold(loaded.locate(c).exact()), what);
    }
    Path again = Files.createTempDirectory("ots-fuzz-again");
    try {
      CorpusWriter.write(loaded, again);
      assertEquals(loaded, LOADER.loadDirectory(again), what);
    } finally {
      TestCorpora.deleteRecursively(again);
    }
  }

  private static String message(CorpusLoadException e) {
    return e == null ? "" : e.getMessage();
  }

  private static Original original(long seed) {
    Corpus generated = CorpusGenerator.generate(seed, SHAPE).toCorpus();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("ots-fuzz-original");
      CorpusWriter.write(generated, dir);
      Corpus loaded = LOADER.loadDirectory(dir);
      assertEquals(generated, loaded, "the unmutated corpus loads");
      return new Original(loaded, TestCorpora.readFiles(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TestCorpora.deleteRecursively(dir);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Mutations: each changes `files` in place and says what the load must lead to.

  private static Mutation mutate(Kind kind, SortedMap<String, byte[]> files, Corpus corpus, Random r)
      throws IOException {
    switch (kind) {
      case BYTE_FLIP: {
        String file = pick(r, TestCorpora.JSON_FILES);
        byte[] b = files.get(file).clone();
        int at = r.nextInt(b.length);
        int mask = 1 + r.nextInt(255);
        b[at] ^= (byte) mask;
        files.put(file, b);
        return new Mutation(file + " byte " + at + " ^ " + mask, Expect.WHOLE_OR_REJECT, Set.of());
      }
      case TRUNCATION: {
        String file = pick(r, TestCorpora.JSON_FILES);
        byte[] b = files.get(file);
        int length = r.nextInt(b.length);
        files.put(file, java.util.Arrays.copyOf(b, length));
        return new Mutation(file + " cut to " + length + " of " + b.length + " bytes",
            Expect.SAME_OR_REJECT, Set.of());
      }
      case WRONG_TYPE:
        return onTree(files, r, (file, roots) -> {
          List<Slot> slots = new ArrayList<>();
          for (ObjectNode o : objects(roots, true)) {
            o.fieldNames().forEachRemaining(n -> slots.add(new Slot(o, n)));
          }
          Slot s = pick(r, slots);
          JsonNode before = s.object.get(s.field);
          List<JsonNode> others = new ArrayList<>(List.of(IntNode.valueOf(7), BooleanNode.TRUE,
              TextNode.valueOf("x"), NODES.arrayNode().add("x"), NODES.objectNode(), DoubleNode.valueOf(1.5),
              NullNode.instance));
          others.removeIf(v -> v.getNodeType() == before.getNodeType());
          JsonNode after = pick(r, others);
          s.object.set(s.field, after);
          // the format version has a rule of its own, whatever is wrong with it
          return Mutation.reject("'" + s.field + "' " + before.getNodeType() + " -> " + after,
              "wrong-type", "null-value", "format-version");
        });
      case DUPLICATE_KEY:
        return onLines(files, r, (line, m) -> {
          String value = r.nextBoolean() ? m.group(3) : "\"other\"";
          return new String[] {m.group(1) + m.group(2) + " : " + value + ",", line};
        }, "duplicate-key");
      case UNKNOWN_FIELD:
        return onTree(files, r, (file, roots) -> {
          ObjectNode o = pick(r, objects(roots, true));
          String name = pick(r, UNKNOWN_NAMES);
          o.put(name, "x");
          return Mutation.reject("unknown field '" + name + "'", "unknown-field");
        });
      case BAD_DATE:
        return onTree(files, r, (file, roots) -> {
          List<Slot> slots = new ArrayList<>();
          for (ObjectNode o : objects(roots, false)) {
            for (String n : List.of("published", "founded", "from", "start", "end", "heldOn", "date")) {
              if (o.has(n)) {
                slots.add(new Slot(o, n));
              }
            }
          }
          Slot s = pick(r, slots);
          String bad = pick(r, BAD_DATES);
          s.object.put(s.field, bad);
          return Mutation.reject("'" + s.field + "' = \"" + bad + "\"", "bad-date");
        });
      case DANGLING_REFERENCE:
        return onTree(files, r, (file, roots) -> {
          List<Runnable> edits = new ArrayList<>();
          for (ObjectNode o : objects(roots, false)) {
            dangle(o, "party", "state:ZZZ", edits);
            dangle(o, "organization", "NO-SUCH-ORG", edits);
            dangle(o, "grantedAt", "no-such-summit", edits);
            dangle(o, "renamedAt", "no-such-summit", edits);
            dangle(o, "source", "no-such-source", edits);
            dangle(o, "hostState", "ZZZ", edits);
            dangle(o, "republicationOf", "no-such-source", edits);
            dangle(o, "successorOf", "NO-SUCH-ORG", edits);
            for (String n : List.of("attendance", "parties", "promoters", "initiators", "route", "crosses", "bypasses")) {
              dangleElement(o, n, "state:ZZZ", edits);
            }
            dangleElement(o, "connectsTo", "no-such-corridor", edits);
            dangleElement(o, "recognizedBy", "ZZZ", edits);
          }
          pick(r, edits).run();
          return Mutation.reject("an unknown id", "reference");
        });
      case OVERLAPPING_MEMBERSHIP:
        return overlap(files, corpus, r);
      case ALTERED_QUOTE:
        return alterQuote(files, corpus, r);
      case EMPTY_FILE: {
        if (r.nextInt(4) == 0) {
          String text = pick(r, citedFiles(corpus));
          files.put(text, new byte[0]);
          return Mutation.reject(text + " emptied", "quote-found");
        }
        String file = pick(r, TestCorpora.JSON_FILES);
        files.put(file, new byte[0]);
        return Mutation.reject(file + " emptied", "json-syntax");
      }
      case MISSING_FILE: {
        List<String> all = new ArrayList<>(files.keySet());
        all.removeAll(TestCorpora.OPTIONAL_JSON_FILES); // leaving one out is allowed
        String file = pick(r, all);
        files.remove(file);
        return Mutation.reject(file + " removed", "file-missing");
      }
      case BYTE_ORDER_MARK: {
        String file = pick(r, TestCorpora.JSON_FILES);
        files.put(file, concat(bytes(0xEF, 0xBB, 0xBF), files.get(file)));
        return new Mutation(file + " with a byte order mark", Expect.SAME, Set.of());
      }
      case INVALID_UTF8_JSON:
      case INVALID_UTF8_TEXT: {
        List<String> candidates = kind == Kind.INVALID_UTF8_JSON ? TestCorpora.JSON_FILES
            : corpus.sources().stream().map(Source::file).collect(Collectors.toList());
        String file = pick(r, candidates);
        byte[] b = files.get(file);
        // At a character boundary after an ASCII byte, so that nothing can complete the sequence.
        int at;
        do {
          at = r.nextInt(b.length + 1);
        } while (at > 0 && (b[at - 1] & 0x80) != 0);
        byte[] bad = pick(r, INVALID_UTF8);
        files.put(file, concat(java.util.Arrays.copyOf(b, at), bad, java.util.Arrays.copyOfRange(b, at, b.length)));
        return Mutation.reject(file + " invalid UTF-8 " + hex(bad) + " at " + at, "encoding");
      }
      case DEEP_NESTING:
        return onLines(files, r, (line, m) -> {
          int depth = 10_000;
          String deep = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
              : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
          return new String[] {m.group(1) + m.group(2) + " : " + deep + m.group(4)};
        }, "limit");
      case LONG_STRING:
        return onLines(files, r, (line, m) -> {
          String unit = pick(r, List.of("a", "ş", "\uD835\uDD7F", " "));
          int count = LOADER.limits().maxStringLength() / unit.length() + 1 + r.nextInt(100);
          return new String[] {m.group(1) + m.group(2) + " : \"" + unit.repeat(count) + "\"" + m.group(4)};
        }, "limit");
      case PATH_ESCAPE:
        return onTree(files, r, (file, roots) -> {
          ObjectNode source = pick(r, elements(roots.get(Format.File.SOURCES.fileName()).get("sources")));
          String bad = pick(r, BAD_FILES);
          source.put("file", bad);
          return Mutation.reject("file \"" + bad + "\"", "path-escape");
        }, Format.File.SOURCES.fileName());
      case FREE_TEXT:
        return onTree(files, r, (file, roots) -> {
          List<Slot> slots = new ArrayList<>();
          for (ObjectNode o : objects(roots, false)) {
            for (String n : List.of("name", "title", "outlet", "hostCity", "headquarters", "text", "note")) {
              if (o.has(n)) {
                slots.add(new Slot(o, n));
              }
            }
          }
          Slot s = pick(r, slots);
          String text = pick(r, FREE_TEXTS);
          if (text.equals(s.object.get(s.field).textValue())) {
            text = text + "!";
          }
          s.object.put(s.field, text);
          String what = "'" + s.field + "' = \"" + text.substring(0, Math.min(20, text.length())) + "\"";
          // a name, title or city that is only whitespace is no name: rejected; a note is free
          return io.github.otsatlas.model.Whitespace.isBlank(text) && !s.field.equals("note")
              ? Mutation.reject(what, "invalid-record") : new Mutation(what, Expect.WHOLE, Set.of());
        });
      default:
        throw new AssertionError(kind);
    }
  }

  /** A field of an object. */
  private record Slot(ObjectNode object, String field) {}

  /** Changes the JSON trees of the files (one picked at random, or the one named). */
  private interface TreeEdit {
    Mutation apply(String file, Map<String, ObjectNode> roots) throws IOException;
  }

  private static Mutation onTree(SortedMap<String, byte[]> files, Random r, TreeEdit edit, String... only)
      throws IOException {
    Map<String, ObjectNode> roots = new TreeMap<>();
    for (String f : TestCorpora.JSON_FILES) {
      roots.put(f, (ObjectNode) JSON.readTree(files.get(f)));
    }
    Mutation m = edit.apply(only.length > 0 ? only[0] : "", roots);
    for (var e : roots.entrySet()) {
      files.put(e.getKey(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(e.getValue()));
    }
    return m;
  }

  /** Replaces one scalar field line of a JSON file by the lines the edit returns. */
  private interface LineEdit {
    String[] apply(String line, Matcher scalar);
  }

  private static Mutation onLines(SortedMap<String, byte[]> files, Random r, LineEdit edit, String rule) {
    List<String[]> candidates = new ArrayList<>();
    for (String f : TestCorpora.JSON_FILES) {
      String[] lines = new String(files.get(f), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (SCALAR_LINE.matcher(lines[i]).matches()) {
          candidates.add(new String[] {f, String.valueOf(i)});
        }
      }
    }
    String[] c = pick(r, candidates);
    List<String> lines = new ArrayList<>(List.of(new String(files.get(c[0]), StandardCharsets.UTF_8).split("\n", -1)));
    int i = Integer.parseInt(c[1]);
    Matcher m = SCALAR_LINE.matcher(lines.get(i));
    assertTrue(m.matches());
    String field = m.group(2);
    lines.remove(i);
    lines.addAll(i, List.of(edit.apply(m.group(), m)));
    files.put(c[0], String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    return Mutation.reject(c[0] + " line " + (i + 1) + " field " + field, rule);
  }

  private static Mutation overlap(SortedMap<String, byte[]> files, Corpus corpus, Random r) throws IOException {
    List<Membership> definite = corpus.memberships().stream()
        .filter(m -> m.period().overlaps(m.period()) == Certainty.DEFINITELY)
        .collect(Collectors.toList());
    return onTree(files, r, (file, roots) -> {
      ArrayNode all = (ArrayNode) roots.get("memberships.json").get("memberships");
      if (definite.isEmpty()) {
        // No period definitely overlaps itself: a duplicate id is the overlap left to make.
        ObjectNode copy = pick(r, elements(all)).deepCopy();
        all.add(copy);
        return Mutation.reject("a copy of " + copy.get("id").textValue(), "unique-id", "single-role");
      }
      Membership twin = pick(r, definite);
      for (JsonNode m : all) {
        if (m.get("id").textValue().equals(twin.id().value())) {
          ObjectNode copy = ((ObjectNode) m).deepCopy();
          copy.put("id", "fuzz-twin");
          copy.put("role", twin.role() == Role.MEMBER ? "OBSERVER" : "MEMBER");
          all.add(copy);
          return Mutation.reject("a twin of " + twin.id() + " " + twin.period(), "single-role");
        }
      }
      throw new AssertionError("membership not found: " + twin.id());
    }, "memberships.json");
  }

  private static Mutation alterQuote(SortedMap<String, byte[]> files, Corpus corpus, Random r) throws IOException {
    int how = r.nextInt(6);
    if (how == 5) {
      // Change the source text instead: no quote of it is found any more.
      String text = pick(r, citedFiles(corpus));
      files.put(text, new String(files.get(text), StandardCharsets.UTF_8).replace("Statement", "Claim")
          .getBytes(StandardCharsets.UTF_8));
      return Mutation.reject(text + " reworded", "quote-found");
    }
    return onTree(files, r, (file, roots) -> {
      List<ObjectNode> citations = objects(roots, false).stream().filter(o -> o.has("quote"))
          .collect(Collectors.toList());
      ObjectNode c = pick(r, citations);
      String quote = c.get("quote").textValue();
      switch (how) {
        case 0:
          c.put("quote", quote + " Xyzzy.");
          return Mutation.reject("quote with words added", "quote-found");
        case 1: {
          int at;
          do {
            at = r.nextInt(quote.length());
          } while (Character.isWhitespace(quote.charAt(at)) || Character.isSurrogate(quote.charAt(at)));
          c.put("quote", quote.substring(0, at) + "#" + quote.substring(at + 1));
          return Mutation.reject("quote with a character changed", "quote-found");
        }
        case 2:
          c.remove("quote");
          return Mutation.reject("quote removed", "missing-field");
        case 3:
          c.put("quote", " \n\t ");
          return Mutation.reject("blank quote", "invalid-record");
        default:
          c.put("prefix", "no such prefix");
          return Mutation.reject("prefix not in the source", "quote-found");
      }
    });
  }

  private static void dangle(ObjectNode o, String field, String id, List<Runnable> edits) {
    if (o.has(field) && o.get(field).isTextual()) {
      edits.add(() -> o.put(field, id));
    }
  }

  private static void dangleElement(ObjectNode o, String field, String id, List<Runnable> edits) {
    JsonNode a = o.get(field);
    if (a != null && a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        int at = i;
        edits.add(() -> ((ArrayNode) a).set(at, TextNode.valueOf(id)));
      }
    }
  }

  /** Returns the files of the sources that some citation quotes. */
  private static List<String> citedFiles(Corpus corpus) {
    Set<String> cited = new TreeSet<>();
    for (Citation c : TestCorpora.allCitations(corpus)) {
      cited.add(corpus.source(c.source()).orElseThrow().file());
    }
    return new ArrayList<>(cited);
  }

  /** Returns every object of the files' records, depth first, with the roots if asked. */
  private static List<ObjectNode> objects(Map<String, ObjectNode> roots, boolean withRoots) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode root : roots.values()) {
      if (withRoots) {
        out.add(root);
      }
      for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
    return out;
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node.isObject()) {
      out.add((ObjectNode) node);
    }
    for (JsonNode child : node) {
      collect(child, out);
    }
  }

  private static List<ObjectNode> elements(JsonNode array) {
    List<ObjectNode> out = new ArrayList<>();
    array.forEach(e -> out.add((ObjectNode) e));
    return out;
  }

  private static <T> T pick(Random r, List<T> items) {
    if (items.isEmpty()) {
      throw new AssertionError("nothing to mutate");
    }
    return items.get(r.nextInt(items.size()));
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format(java.util.Locale.ROOT, "%02X", x & 0xFF));
    }
    return s.toString();
  }
}
