package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.otsatlas.model.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed fuzzing: the real seed corpus ({@code ../seeds}, five texts and six JSON files; the
 * sentence ledger and the README come along and the loader ignores them) is copied to a
 * temporary directory, one structure-aware mutation is applied (the JSON is edited
 * as Jackson trees and written back; some mutations edit bytes or texts), and the directory is
 * loaded in a thread of its own under a wall-clock bound. Each case ends LOADED, REJECTED (a
 * {@link CorpusLoadException} whose every problem names a file of the corpus, a rule and a
 * message, shown with no raw control or bidi character, at most {@link
 * CorpusLoadException#MAX_KEPT} kept and all counted) or FAILED (any other throwable, an {@link
 * Error} included); a load that passes its bound is a hang: its stack is printed and the thread
 * stopped, and later cases of the same mutation variant are skipped (they would hang again).
 * Where a mutation's outcome is certain it is asserted too: records swapped within a file load
 * as the seed corpus itself, a supports entry naming no attribute is rejected as {@code
 * bad-claim}, and so on; a corpus that loads must also be written back by {@link CorpusWriter}
 * and load again as itself.
 *
 * <p>Case {@code i} draws everything from {@code new Random(seed + i)}: {@code -Dfuzz.seed=S
 * -Dfuzz.cases=1} repeats the case of seed {@code S} alone. {@code -Dfuzz.cases} (150) sets the
 * number of cases, {@code -Dfuzz.timeoutSeconds} (20) the bound of one load, {@code
 * -Dfuzz.kinds=HUGE_ARRAY,...} keeps the cases of some kinds only, {@code -Dfuzz.verbose=true}
 * prints every case. One summary line is printed at the end; failures are printed in full as
 * they happen and listed when the test fails. The forked JVM's options come from the
 * {@code surefire.locale.args} property (the parent POM sets {@code argLine} to it, so {@code
 * -DargLine} is ignored): a run in a 1 GiB heap is {@code "-Dsurefire.locale.args=-Duser.language=tr
 * -Duser.country=TR -Xmx1g"}.
 */
final class SeedFuzzTest {
  private static final long DEFAULT_SEED = 20_261_123L;
  private static final CorpusLoader LOADER = CorpusLoader.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();
  private static final int HUGE = 200_000;
  /** Copies of a citation in one record; a quarter as many copies of a whole record. */
  private static final int COPIES = 20_000;
  private static final int MAX_STRING = LOADER.limits().maxStringLength();
  private static final long MAX_JSON = LOADER.limits().maxJsonBytes();
  private static final long MAX_TEXT = LOADER.limits().maxSourceBytes();
  private static final long MAX_TEXTS = LOADER.limits().maxTotalSourceBytes();
  /** Stands in a tree for a lone surrogate, written as a JSON escape once the tree is text. */
  private static final char LONE = '\uE000';

  /** The kinds of mutation; one is drawn per case. */
  enum Kind {
    SWAP_RECORDS, DUPLICATE_RECORD, DELETE_REFERENCED, MOVE_RECORD, ID_COLLISION, REFORMAT,
    UNICODE_NFD, ZERO_WIDTH, BIDI_OVERRIDE, HOMOGLYPH, LONE_SURROGATE, BLANK_TEXT, CONTROL_IN_ID,
    SUPPORTS_UNKNOWN, SUPPORTS_NO_VALUE, SUPPORTS_NOT_IN_RECORD, SUPPORTS_DUPLICATE, SUPPORTS_EMPTY,
    AS_OF, EXTREME_DATE, HUGE_ARRAY, LONG_STRING, LONG_RUN_TEXT, FORMAT_VERSION
  }

  /** What a mutated corpus must lead to. */
  private enum Expect {
    /** Loaded, and equal to the unmutated seed corpus. */
    SAME,
    /** Loaded (a corpus other than the seeds). */
    LOADED,
    /** Rejected, with a problem of one of the rules. */
    REJECT,
    /** Rejected with exactly one problem, of one of the rules. */
    ONLY,
    /** Loaded or rejected. */
    ANY
  }

  private record Mutation(String description, Expect expect, Set<String> rules) {
    static Mutation reject(String description, String... rules) {
      return new Mutation(description, Expect.REJECT, Set.of(rules));
    }

    static Mutation of(String description, Expect expect) {
      return new Mutation(description, expect, Set.of());
    }
  }

  private enum Outcome { LOADED, REJECTED, FAILED, HUNG }

  /** What one load came to, and how long it took. */
  private record Result(Outcome outcome, Corpus corpus, CorpusLoadException rejected, Throwable failure,
      StackTraceElement[] hungAt, long millis, String stopped) {}

  @Test
  void mutatedSeedCorpus_loadsOrIsRejectedWithProblems() throws Exception {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("fuzz.cases", 150);
    long bound = Long.getLong("fuzz.timeoutSeconds", 20);
    boolean verbose = Boolean.getBoolean("fuzz.verbose");
    // -Dfuzz.kinds=HUGE_ARRAY,LONG_RUN_TEXT runs only the cases of those kinds (with the same seeds)
    Set<String> only = Arrays.stream(System.getProperty("fuzz.kinds", "").split(","))
        .map(String::trim).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    Corpus seeds = LOADER.loadDirectory(TestCorpora.SEEDS);
    Tally tally = new Tally();
    try {
      for (int i = 0; i < cases; i++) {
        long caseSeed = seed + i;
        Random r = new Random(caseSeed);
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        if (only.isEmpty() || only.contains(kind.name())) {
          runCase(i, caseSeed, kind, r, seeds, bound, verbose, tally);
        }
      }
    } finally {
      tally.print(seed);
    }
    if (!tally.failures.isEmpty()) {
      fail(tally.failures.size() + " of " + tally.run + " seed fuzz cases failed (each printed above in full):\n"
          + tally.failures.stream().limit(50).map(f -> abbreviate(f, 1500)).collect(Collectors.joining("\n")));
    }
  }

  /** Counts of the outcomes, for the summary, and the failures. */
  private static final class Tally {
    final Map<Kind, int[]> byKind = new EnumMap<>(Kind.class); // loaded, rejected, other, hung
    final Map<String, Integer> byRule = new TreeMap<>(); // rejected cases with a problem of the rule
    final int[] totals = new int[Outcome.values().length];
    final List<String> failures = new ArrayList<>();
    // a variant of a mutation that hung once hangs again: its later cases are skipped
    final Set<String> hung = new HashSet<>();
    final long started = System.nanoTime();
    int run;
    int skipped;
    int unexpected;
    long slowest = -1;
    String slowestCase = "";

    void print(long seed) {
      System.out.println("seed fuzz: " + (run + skipped) + " cases (seed " + seed + "), " + totals[0]
          + " loaded, " + totals[1] + " rejected (" + byRule.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + "), "
          + totals[2] + " other, " + totals[3] + " hangs"
          + (skipped > 0 ? " (+" + skipped + " cases of hung variants skipped)" : "") + ", " + unexpected
          + " unexpected, slowest " + slowest + " ms (" + slowestCase + "), " + millisSince(started)
          + " ms in all; heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, locale "
          + Locale.getDefault().toLanguageTag());
      System.out.println("seed fuzz by kind (loaded/rejected/other/hangs): " + byKind.entrySet().stream()
          .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue()[0] + "/" + e.getValue()[1]
              + "/" + e.getValue()[2] + "/" + e.getValue()[3])
          .collect(Collectors.joining(", ")));
    }
  }

  /** Copies the seeds, applies one mutation, loads the copy and judges what came of it. */
  private static void runCase(int i, long caseSeed, Kind kind, Random r, Corpus seeds, long bound,
      boolean verbose, Tally tally) throws Exception {
    Path dir = Files.createTempDirectory("ots-seed-fuzz");
    try {
      long prepared = System.nanoTime();
      TestCorpora.copy(TestCorpora.SEEDS, dir);
      Ctx ctx = new Ctx(dir, r);
      Mutation m = mutate(kind, ctx);
      ctx.write();
      long prepare = millisSince(prepared);
      String bucket = kind + ctx.variant;
      if (tally.hung.contains(bucket)) {
        tally.skipped++;
        return;
      }
      Result res = load(dir, bound);
      tally.run++;
      tally.byKind.computeIfAbsent(kind, k -> new int[Outcome.values().length])[res.outcome().ordinal()]++;
      tally.totals[res.outcome().ordinal()]++;
      if (res.outcome() != Outcome.HUNG && res.millis() > tally.slowest) {
        tally.slowest = res.millis();
        tally.slowestCase = kind + " case " + i;
      }
      long judged = System.nanoTime();
      String problem;
      switch (res.outcome()) {
        case LOADED:
          problem = checkLoaded(m, res.corpus(), seeds);
          if (problem == null && m.expect() != Expect.SAME) {
            problem = roundTrip(res.corpus());
          }
          break;
        case REJECTED:
          res.rejected().countsByRule().keySet().forEach(rule -> tally.byRule.merge(rule, 1, Integer::sum));
          problem = checkRejected(m, res.rejected());
          break;
        case FAILED:
          problem = "FAILED: " + res.failure().getClass().getName() + " escaped the loader\n"
              + stackTrace(res.failure());
          break;
        default:
          tally.hung.add(bucket);
          problem = "HUNG: no outcome within " + bound + " s (the thread " + res.stopped() + "); it was at\n"
              + Arrays.stream(res.hungAt()).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
      }
      if (verbose) {
        System.out.println("seed fuzz case " + i + " " + kind + " " + res.outcome() + " " + res.millis()
            + " ms (mutation " + prepare + " ms, check " + millisSince(judged) + " ms) "
            + (res.rejected() == null ? "" : res.rejected().countsByRule()) + ": " + abbreviate(m.description(), 160));
      }
      if (problem != null) {
        if (res.outcome() == Outcome.LOADED || res.outcome() == Outcome.REJECTED) {
          tally.unexpected++;
        }
        String line = "case " + i + " (seed " + caseSeed + ": -Dfuzz.seed=" + caseSeed + " -Dfuzz.cases=1) "
            + bucket + ": " + m.description() + "\n  " + problem;
        tally.failures.add(line);
        System.out.println("seed fuzz failure: " + line);
      }
    } finally {
      TestCorpora.deleteRecursively(dir);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Running and judging one load.

  /**
   * Loads {@code dir} in a thread of its own; past {@code bound} seconds the thread's stack is
   * taken and the thread stopped (there is no other way to end a load that does not return).
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static Result load(Path dir, long bound) throws InterruptedException {
    FutureTask<Corpus> task = new FutureTask<>(() -> LOADER.loadDirectory(dir));
    Thread t = new Thread(task, "seed-fuzz-load");
    t.setDaemon(true);
    long start = System.nanoTime();
    t.start();
    try {
      Corpus c = task.get(bound, TimeUnit.SECONDS);
      return new Result(Outcome.LOADED, c, null, null, null, millisSince(start), "");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return cause instanceof CorpusLoadException
          ? new Result(Outcome.REJECTED, null, (CorpusLoadException) cause, null, null, millisSince(start), "")
          : new Result(Outcome.FAILED, null, null, cause, null, millisSince(start), "");
    } catch (TimeoutException e) {
      StackTraceElement[] at = t.getStackTrace();
      long millis = millisSince(start);
      long stopping = System.nanoTime();
      t.stop();
      t.join(30_000);
      String stopped = t.isAlive() ? "could not be stopped in 30 s" : "stopped in " + millisSince(stopping) + " ms";
      return new Result(Outcome.HUNG, null, null, null, at, millis, stopped);
    }
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** Returns what is wrong with a load that returned a corpus, or null. */
  private static String checkLoaded(Mutation m, Corpus loaded, Corpus seeds) {
    switch (m.expect()) {
      case SAME:
        return loaded.equals(seeds) ? null : "loaded a corpus that differs from the seed corpus";
      case REJECT:
      case ONLY:
        return "loaded, but a rejection naming " + m.rules() + " was expected";
      default:
        return null;
    }
  }

  /**
   * Writes a loaded corpus back with {@link CorpusWriter} and loads it again: what loads must
   * be writable, and read back as itself. Returns what went wrong, or null.
   */
  private static String roundTrip(Corpus loaded) throws IOException {
    Path again = Files.createTempDirectory("ots-seed-fuzz-again");
    try {
      CorpusWriter.write(loaded, again);
      Corpus back = LOADER.loadDirectory(again);
      return back.equals(loaded) ? null : "loaded, but written back with CorpusWriter it loads as another corpus";
    } catch (CorpusLoadException e) {
      return "loaded, but written back with CorpusWriter it is rejected: " + abbreviate(e.getMessage(), 600);
    } catch (RuntimeException e) {
      return "loaded, but CorpusWriter.write or the second load threw\n" + stackTrace(e);
    } finally {
      TestCorpora.deleteRecursively(again);
    }
  }

  /** Returns what is wrong with a rejection (its problems, or that it was not expected), or null. */
  private static String checkRejected(Mutation m, CorpusLoadException e) {
    List<Problem> problems = e.problems();
    if (problems.isEmpty()) {
      return "rejected with no problem";
    }
    if (problems.size() > CorpusLoadException.MAX_KEPT) {
      return "keeps " + problems.size() + " problems, more than " + CorpusLoadException.MAX_KEPT;
    }
    if (e.problemCount() < problems.size()) {
      return "problemCount " + e.problemCount() + " < " + problems.size() + " problems kept";
    }
    int counted = e.countsByRule().values().stream().mapToInt(Integer::intValue).sum();
    if (counted != e.problemCount()) {
      return "countsByRule " + e.countsByRule() + " adds up to " + counted + ", not " + e.problemCount();
    }
    String message = e.getMessage();
    for (Problem p : problems) {
      if (p.file() == null || p.file().isBlank() || !TestCorpora.SEED_JSON_FILES.contains(p.file())) {
        return "a problem names no file of the corpus: " + p;
      }
      if (p.rule() == null || p.rule().code() == null || p.rule().code().isBlank()) {
        return "a problem names no rule: " + p;
      }
      if (p.message() == null || p.message().isBlank()) {
        return "a problem has no message: " + p;
      }
      String shown = p.toString();
      int bad = unsafeAt(shown);
      if (bad >= 0) {
        return String.format(Locale.ROOT, "a problem shows U+%04X unescaped: %s", (int) shown.charAt(bad),
            Problem.class.getSimpleName() + "[" + p.file() + ", " + p.rule().code() + "]");
      }
      if (!message.contains(shown)) {
        return "the message does not list the problem " + shown;
      }
    }
    Set<String> rules = e.countsByRule().keySet();
    String got = rules + ": " + abbreviate(message, 600);
    switch (m.expect()) {
      case SAME:
      case LOADED:
        return "rejected, but a corpus was expected: " + got;
      case REJECT:
        return rules.stream().anyMatch(m.rules()::contains) ? null
            : "rejected without a problem of " + m.rules() + ": " + got;
      case ONLY:
        return e.problemCount() == 1 && m.rules().contains(problems.get(0).rule().code()) ? null
            : "expected exactly one problem of " + m.rules() + ": " + got;
      default:
        return null;
    }
  }

  /** The index of the first control, separator or bidi formatting char or lone surrogate, or -1. */
  private static int unsafeAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
          || c == 0x061c;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        unsafe = true;
      } else if (Character.isLowSurrogate(c)) {
        unsafe = true;
      }
      if (unsafe) {
        return i;
      }
    }
    return -1;
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "... (" + s.length() + " chars)";
  }

  // ---------------------------------------------------------------------------------------
  // The corpus being mutated: its six JSON trees, written back once the mutation is done.

  private static final class Ctx {
    final Path dir;
    final Random r;
    final Map<String, ObjectNode> roots = new LinkedHashMap<>();
    /** Text edits of a file's JSON once written, in order. */
    final Map<String, List<UnaryOperator<String>>> post = new HashMap<>();
    final Map<String, byte[]> prefixBytes = new HashMap<>();
    ObjectWriter writer = PRETTY;
    /** The sub-case of the mutation drawn, for grouping hangs: "" or "#1", "#4/distinct", ... */
    String variant = "";

    Ctx(Path dir, Random r) throws IOException {
      this.dir = dir;
      this.r = r;
      for (String f : TestCorpora.SEED_JSON_FILES) {
        roots.put(f, (ObjectNode) JSON.readTree(dir.resolve(f).toFile()));
      }
    }

    ObjectNode root(Format.File f) {
      return roots.get(f.fileName());
    }

    ArrayNode records(Format.File f) {
      return (ArrayNode) root(f).get(f.array);
    }

    void post(String file, UnaryOperator<String> edit) {
      post.computeIfAbsent(file, k -> new ArrayList<>()).add(edit);
    }

    void write() throws IOException {
      for (var e : roots.entrySet()) {
        String text = writer.writeValueAsString(e.getValue());
        for (UnaryOperator<String> edit : post.getOrDefault(e.getKey(), List.of())) {
          text = edit.apply(text);
        }
        text = text.replace(String.valueOf(LONE), "\\ud800");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] before = prefixBytes.get(e.getKey());
        if (before != null) {
          byte[] all = Arrays.copyOf(before, before.length + bytes.length);
          System.arraycopy(bytes, 0, all, before.length, bytes.length);
          bytes = all;
        }
        Files.write(dir.resolve(e.getKey()), bytes);
      }
    }

    /** The source records by id. */
    Map<String, ObjectNode> sources() {
      Map<String, ObjectNode> out = new LinkedHashMap<>();
      records(Format.File.SOURCES).forEach(s -> out.put(s.get(Format.ID).textValue(), (ObjectNode) s));
      return out;
    }

    int pick(int n) {
      return r.nextInt(n);
    }

    /** Draws one of {@code n} sub-cases of a mutation, and records it. */
    int variant(int n) {
      int v = r.nextInt(n);
      variant += "#" + v;
      return v;
    }

    <T> T pick(List<T> items) {
      if (items.isEmpty()) {
        throw new AssertionError("nothing to mutate");
      }
      return items.get(r.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
      return items[r.nextInt(items.length)];
    }
  }

  // ---------------------------------------------------------------------------------------
  // Slots: the string values of the records, by what they are.

  /** What a string value of a record is; it says what a foreign character in it breaks. */
  private enum Cat { ID, REF, WAYPOINT, QUOTE, SUPPORTS, DATE, ENUM, FILE, LANGUAGE, URL, ALIAS, FREE }

  private static Cat category(String field) {
    switch (field) {
      case "id":
        return Cat.ID;
      case "quote":
      case "prefix":
      case "suffix":
        return Cat.QUOTE;
      case "supports":
        return Cat.SUPPORTS;
      case "source":
      case "republicationOf":
      case "party":
      case "organization":
      case "hostState":
      case "grantedAt":
      case "renamedAt":
      case "successorOf":
      case "recognizedBy":
      case "promoters":
      case "initiators":
      case "attendance":
      case "parties":
      case "connectsTo":
      case "adoptedAt":
      case "framework":
      case "organizers":
      case "participants":
      case "absence":
      case "recognizer":
      case "recognized":
        return Cat.REF;
      case "route":
      case "crosses":
      case "bypasses":
        return Cat.WAYPOINT;
      case "published":
      case "founded":
      case "from":
      case "start":
      case "end":
      case "date":
      case "asOf":
        return Cat.DATE;
      case "role":
      case "recognition":
      case "kind":
      case "status":
      case "format":
      case "endReason":
      case "modes":
      case "classified":
        return Cat.ENUM;
      case "file":
        return Cat.FILE;
      case "language":
        return Cat.LANGUAGE;
      case "url":
        return Cat.URL;
      case "aliases":
        return Cat.ALIAS;
      default:
        return Cat.FREE; // name, title, outlet, note, text, hostCity, headquarters, authors
    }
  }

  /** One string value: a field of an object or an element of an array. */
  private static final class Slot {
    final JsonNode container;
    final String field;
    final int index;
    final String name;
    final Cat cat;
    final String file;
    final ObjectNode record;

    Slot(JsonNode container, String field, int index, String name, String file, ObjectNode record) {
      this.container = container;
      this.field = field;
      this.index = index;
      this.name = name;
      this.cat = category(name);
      this.file = file;
      this.record = record;
    }

    String value() {
      return field != null ? container.get(field).textValue() : container.get(index).textValue();
    }

    void set(String v) {
      if (field != null) {
        ((ObjectNode) container).put(field, v);
      } else {
        ((ArrayNode) container).set(index, TextNode.valueOf(v));
      }
    }

    ObjectNode citation() {
      return field != null && container.has(Format.QUOTE) ? (ObjectNode) container : null;
    }

    @Override
    public String toString() {
      JsonNode id = record.get(Format.ID);
      return file + " " + (id != null && id.isTextual() ? id.textValue() : "?") + " '" + name + "' \""
          + escape(abbreviate(value(), 60)) + "\"";
    }
  }

  private static List<Slot> slots(Ctx c) {
    List<Slot> out = new ArrayList<>();
    for (Format.File f : Format.File.values()) {
      for (JsonNode rec : c.records(f)) {
        walk((ObjectNode) rec, f.fileName(), (ObjectNode) rec, out);
      }
    }
    return out;
  }

  private static void walk(ObjectNode o, String file, ObjectNode record, List<Slot> out) {
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      JsonNode v = e.getValue();
      if (v.isTextual()) {
        out.add(new Slot(o, e.getKey(), -1, e.getKey(), file, record));
      } else if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          if (v.get(i).isTextual()) {
            out.add(new Slot(v, null, i, e.getKey(), file, record));
          } else if (v.get(i).isObject()) {
            walk((ObjectNode) v.get(i), file, record, out);
          }
        }
      } else if (v.isObject()) {
        walk((ObjectNode) v, file, record, out);
      }
    }
  }

  /** Every citation object (with a {@code supports} array), with the record it belongs to. */
  private record Cit(ObjectNode node, String file, ObjectNode record) {
    String describe() {
      return file + " " + record.get(Format.ID).textValue() + " citation \""
          + abbreviate(node.get(Format.QUOTE).textValue(), 40) + "\"";
    }

    ArrayNode supports() {
      return (ArrayNode) node.get(Format.SUPPORTS);
    }
  }

  private static List<Cit> citations(Ctx c) {
    List<Cit> out = new ArrayList<>();
    for (Format.File f : Format.File.values()) {
      for (JsonNode rec : c.records(f)) {
        collectCitations(rec, f.fileName(), (ObjectNode) rec, out);
      }
    }
    return out;
  }

  private static void collectCitations(JsonNode node, String file, ObjectNode record, List<Cit> out) {
    if (node.isObject() && node.has(Format.SUPPORTS) && node.has(Format.QUOTE)) {
      out.add(new Cit((ObjectNode) node, file, record));
      return;
    }
    for (JsonNode child : node) {
      collectCitations(child, file, record, out);
    }
  }

  /** Every object in the trees, depth first (records and their parts). */
  private static void objects(JsonNode node, List<ObjectNode> out) {
    if (node.isObject()) {
      out.add((ObjectNode) node);
    }
    for (JsonNode child : node) {
      objects(child, out);
    }
  }

  /** What a foreign character put into a slot breaks: the rules it must be rejected with. */
  private static Mutation foreign(Slot s, String before, String what, boolean lone) {
    String d = what + " in " + s;
    switch (s.cat) {
      case ID:
      case REF:
        return Mutation.reject(d, "bad-id");
      case WAYPOINT:
        return before.startsWith("state:") ? Mutation.reject(d, "bad-id") : Mutation.of(d, Expect.ANY);
      case QUOTE:
        return lone ? Mutation.reject(d, "invalid-record") : Mutation.reject(d, "quote-found");
      case SUPPORTS:
        return Mutation.reject(d, "bad-claim", "claim-exists");
      case DATE:
        return Mutation.reject(d, "bad-date");
      case ENUM:
        return Mutation.reject(d, "bad-value");
      case FILE:
        return Mutation.reject(d, "path-escape");
      case LANGUAGE:
        return Mutation.reject(d, "invalid-record");
      case ALIAS:
        // an alias the record classifies (the curators' own) needs no citation: it may load
        return classifies(s.record, "aliases") ? Mutation.of(d, Expect.ANY)
            : Mutation.reject(d, "claim-exists", "claim-supported");
      default:
        return Mutation.of(d, Expect.ANY);
    }
  }

  /**
   * Makes every citation of a text quote "a", with no prefix or suffix: the seeds' own context
   * ("Currently, much of the activity of the OTS ...") is never found in a text of 'a'.
   */
  private static void quoteA(List<Cit> its) {
    for (Cit t : its) {
      t.node().put(Format.QUOTE, "a");
      t.node().remove(Format.PREFIX);
      t.node().remove(Format.SUFFIX);
      dropQuotedValues(t.file(), t.record());
    }
  }

  /** The fields whose values are kept in a source's own words (rule value-quoted), by file. */
  private static final Map<String, List<String>> QUOTED = Map.of(
      "agreements.json", List.of("subject", "signatories"), "exercises.json", List.of("name"),
      "summits.json", List.of("delegates", "person", "title"),
      "meetings.json", List.of("delegates", "person", "title"),
      "recognitions.json", List.of("recognizedAs"), "organizations.json", List.of("founderBodies"));

  /**
   * Removes from a record the values kept in a source's words, and the supports entries that
   * name them: a mutation that rewrites its quotes would otherwise break rule value-quoted too.
   * A recognition that names no state keeps its words, rewritten to the new quote's "a".
   */
  private static void dropQuotedValues(String file, ObjectNode record) {
    for (String field : QUOTED.getOrDefault(file, List.of())) {
      if (field.equals("recognizedAs") && record.has(field) && record.get("recognized").isEmpty()) {
        // a recognition naming no state needs its words: they become the quote's
        record.put(field, "a");
      } else if (record.has(field)) {
        record.remove(field);
        for (JsonNode citation : record.get(Format.CITATIONS)) {
          ArrayNode supports = (ArrayNode) citation.get(Format.SUPPORTS);
          for (int i = supports.size() - 1; i >= 0; i--) {
            String entry = supports.get(i).textValue();
            if (entry.equals(field) || entry.startsWith(field + "=")) {
              supports.remove(i);
            }
          }
        }
      }
    }
  }

  /** Whether a record lists {@code field} among the fields it classifies. */
  private static boolean classifies(ObjectNode record, String field) {
    return record != null && record.has(Format.CLASSIFIED)
        && list((ArrayNode) record.get(Format.CLASSIFIED)).stream().anyMatch(n -> n.textValue().equals(field));
  }

  /** Inserts {@code insert} at a random place of the slot's value, never inside a surrogate pair. */
  private static String insertAt(Ctx c, String value, String insert) {
    int at;
    do {
      at = c.pick(value.length() + 1);
    } while (at > 0 && at < value.length() && Character.isLowSurrogate(value.charAt(at)));
    return value.substring(0, at) + insert + value.substring(at);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || (cp >= 0x2000 && cp <= 0x206f) || cp == 0xfeff
          || (cp != ' ' && io.github.otsatlas.model.Whitespace.isWhitespace(cp))
          || cp == 0x061c || cp == LONE || (cp >= 0xd800 && cp <= 0xdfff)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------
  // The mutations.

  private static Mutation mutate(Kind kind, Ctx c) throws IOException {
    switch (kind) {
      case SWAP_RECORDS:
        return swap(c);
      case DUPLICATE_RECORD: {
        Format.File f = c.pick(Format.File.values());
        ArrayNode a = c.records(f);
        JsonNode copy = a.get(c.pick(a.size())).deepCopy();
        a.insert(c.pick(a.size() + 1), copy);
        return Mutation.reject(f.fileName() + ": a second " + copy.get(Format.ID).textValue(), "unique-id");
      }
      case DELETE_REFERENCED:
        return deleteReferenced(c);
      case MOVE_RECORD: {
        Format.File from = c.pick(Format.File.values());
        Format.File to;
        do {
          to = c.pick(Format.File.values());
        } while (to == from);
        ArrayNode a = c.records(from);
        int i = c.pick(a.size());
        JsonNode moved = a.remove(i);
        ArrayNode b = c.records(to);
        b.insert(c.pick(b.size() + 1), moved);
        return Mutation.reject(moved.get(Format.ID).textValue() + " moved from " + from.fileName() + " to "
            + to.fileName(), "unknown-field", "missing-field", "bad-id", "wrong-type");
      }
      case ID_COLLISION:
        return collide(c);
      case REFORMAT:
        return reformat(c);
      case UNICODE_NFD:
        return nfd(c);
      case ZERO_WIDTH: {
        Slot s = c.pick(slots(c));
        String before = s.value();
        String zw = c.pick("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff");
        s.set(insertAt(c, before, zw));
        return foreign(s, before, "zero-width " + escape(zw), false);
      }
      case BIDI_OVERRIDE: {
        Slot s = c.pick(slots(c));
        String before = s.value();
        String bidi = c.pick("\u202e", "\u202d", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f",
            "\u061c", "\u202egnp.exe");
        s.set(insertAt(c, before, bidi));
        return foreign(s, before, "bidi " + escape(bidi), false);
      }
      case HOMOGLYPH:
        return homoglyph(c);
      case LONE_SURROGATE: {
        Slot s = c.pick(slots(c));
        String before = s.value();
        String escapeText = c.pick("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "\\ud83dx");
        s.set(insertAt(c, before, String.valueOf(LONE)));
        // the placeholder of Ctx#write is \ud800; other escapes replace it first
        c.post(s.file, t -> t.replace(String.valueOf(LONE), escapeText));
        return foreign(s, before, "lone surrogate " + escapeText, true);
      }
      case BLANK_TEXT:
        return blank(c);
      case CONTROL_IN_ID: {
        List<Slot> ids = slots(c).stream().filter(s -> s.cat == Cat.ID || s.cat == Cat.REF)
            .collect(Collectors.toList());
        Slot s = c.pick(ids);
        String before = s.value();
        String control = c.pick("\u0000", "\u0001", "\n", "\r", "\t", "\u001b[31m", "\u007f", "\u0085",
            "\u2028", "\nsummits.json: [reference] forged", "\u009b");
        s.set(c.r.nextBoolean() ? insertAt(c, before, control) : control);
        return Mutation.reject("control " + escape(control) + " in " + s, "bad-id");
      }
      case SUPPORTS_UNKNOWN: {
        Cit t = c.pick(citations(c));
        String entry = c.pick("colour", "Name", "NAME", "name ", " name", "İd", "ıd", "id", "note", "quote",
            "citations", "", "=", "=name", "supports", "names", "heldOn", "name\u0000", "nam\u0130e");
        t.supports().insert(c.pick(t.supports().size() + 1), entry);
        return Mutation.reject("supports \"" + escape(entry) + "\" in " + t.describe(), "bad-claim");
      }
      case SUPPORTS_NO_VALUE: {
        Cit t = c.pick(citations(c));
        String entry = c.pick("aliases", "recognizedBy", "modes", "crosses", "promoters", "initiators",
            "bypasses", "connectsTo", "attendance", "parties", "aliases=", "modes=", "name=Turkey",
            "role=MEMBER", "start=2019", "route=state:TUR");
        t.supports().insert(c.pick(t.supports().size() + 1), entry);
        return Mutation.reject("supports \"" + entry + "\" in " + t.describe(), "bad-claim");
      }
      case SUPPORTS_NOT_IN_RECORD: {
        Cit t = c.pick(citations(c));
        boolean membership = t.file().equals(Format.File.MEMBERSHIPS.fileName());
        String entry = c.pick("aliases=No Such Alias", "modes=CABLE\u0301", "attendance=state:ZZZ",
            "recognizedBy=ZZZ", "parties=organization:NO-SUCH", "connectsTo=no-such-corridor",
            membership ? "hostCity" : "endReason", membership ? "ordinal" : "grantedAt");
        t.supports().insert(c.pick(t.supports().size() + 1), entry);
        return Mutation.reject("supports \"" + entry + "\" in " + t.describe(), "claim-exists");
      }
      case SUPPORTS_DUPLICATE: {
        List<Cit> all = citations(c).stream().filter(t -> t.supports().size() > 0).collect(Collectors.toList());
        Cit t = c.pick(all);
        String entry = t.supports().get(c.pick(t.supports().size())).textValue();
        t.supports().insert(c.pick(t.supports().size() + 1), entry);
        // FormatRule.BAD_CLAIM: "names a claim ..., once"; Fields#list reports list duplicates as bad-value
        return Mutation.reject("supports \"" + entry + "\" twice in " + t.describe(), "bad-claim", "bad-value");
      }
      case SUPPORTS_EMPTY: {
        Cit t = c.pick(citations(c));
        t.supports().removeAll();
        return Mutation.reject("supports [] in " + t.describe(), "bad-claim");
      }
      case AS_OF:
        return asOf(c);
      case EXTREME_DATE:
        return extremeDate(c);
      case HUGE_ARRAY:
        return huge(c);
      case LONG_STRING:
        return longString(c);
      case LONG_RUN_TEXT:
        return longRun(c);
      case FORMAT_VERSION:
        return formatVersion(c);
      default:
        throw new AssertionError(kind);
    }
  }

  private static Mutation swap(Ctx c) {
    Format.File f = c.pick(Format.File.values());
    ArrayNode a = c.records(f);
    List<JsonNode> items = new ArrayList<>();
    a.forEach(items::add);
    String how;
    switch (c.variant(3)) {
      case 0: {
        int i = c.pick(items.size());
        int j;
        do {
          j = c.pick(items.size());
        } while (j == i);
        Collections.swap(items, i, j);
        how = "records " + i + " and " + j + " swapped";
        break;
      }
      case 1:
        Collections.shuffle(items, c.r);
        how = "records shuffled";
        break;
      default:
        Collections.reverse(items);
        how = "records reversed";
    }
    a.removeAll();
    a.addAll(items);
    return Mutation.of(f.fileName() + ": " + how, Expect.SAME);
  }

  /** Deletes a record that another record refers to. */
  private static Mutation deleteReferenced(Ctx c) {
    Map<Format.File, Set<String>> referenced = new EnumMap<>(Format.File.class);
    for (Format.File f : Format.File.values()) {
      referenced.put(f, new HashSet<>());
    }
    for (Slot s : slots(c)) {
      String v = s.value();
      if (s.cat != Cat.REF && s.cat != Cat.WAYPOINT) {
        continue;
      }
      if (v.startsWith("state:")) {
        referenced.get(Format.File.STATES).add(v.substring("state:".length()));
      } else if (v.startsWith("organization:")) {
        referenced.get(Format.File.ORGANIZATIONS).add(v.substring("organization:".length()));
      } else {
        switch (s.name) {
          case "source":
          case "republicationOf":
            referenced.get(Format.File.SOURCES).add(v);
            break;
          case "recognizedBy":
          case "hostState":
          case "recognizer":
          case "recognized":
            referenced.get(Format.File.STATES).add(v);
            break;
          case "organization":
          case "successorOf":
          case "framework":
            referenced.get(Format.File.ORGANIZATIONS).add(v);
            break;
          case "grantedAt":
          case "renamedAt":
          case "adoptedAt":
            referenced.get(Format.File.SUMMITS).add(v);
            break;
          case "connectsTo":
            referenced.get(Format.File.CORRIDORS).add(v);
            break;
          default:
        }
      }
    }
    List<Object[]> candidates = new ArrayList<>();
    for (Format.File f : Format.File.values()) {
      ArrayNode a = c.records(f);
      for (int i = 0; i < a.size(); i++) {
        if (referenced.get(f).contains(a.get(i).get(Format.ID).textValue())) {
          candidates.add(new Object[] {f, i});
        }
      }
    }
    Object[] pick = c.pick(candidates);
    JsonNode gone = c.records((Format.File) pick[0]).remove((int) pick[1]);
    return Mutation.reject(((Format.File) pick[0]).fileName() + ": referenced " + gone.get(Format.ID).textValue()
        + " deleted", "reference");
  }

  /** Ids equal across kinds, which the format allows: ids are unique within their kind only. */
  private static Mutation collide(Ctx c) {
    List<String> states = ids(c, Format.File.STATES);
    List<String> orgs = ids(c, Format.File.ORGANIZATIONS);
    List<String> memberships = ids(c, Format.File.MEMBERSHIPS);
    List<String> summits = ids(c, Format.File.SUMMITS);
    List<String> corridors = ids(c, Format.File.CORRIDORS);
    switch (c.variant(6)) {
      case 0: {
        ObjectNode m = (ObjectNode) c.pick(list(c.records(Format.File.MEMBERSHIPS)));
        String id = c.pick(c.r.nextBoolean() ? summits : corridors);
        String before = m.get(Format.ID).textValue();
        m.put(Format.ID, id);
        return Mutation.of("membership " + before + " renamed " + id + ", the id of a summit or corridor",
            Expect.LOADED);
      }
      case 1: {
        String code = c.pick(states.stream().filter(s -> !orgs.contains(s)).collect(Collectors.toList()));
        return copyAs(c, Format.File.ORGANIZATIONS, code, "an organization with the state code " + code);
      }
      case 2: {
        List<String> free = orgs.stream().filter(o -> o.matches("[A-Z]{3}") && !states.contains(o))
            .collect(Collectors.toList());
        String code = c.pick(free);
        return copyAs(c, Format.File.STATES, code, "a state with the organization code " + code);
      }
      case 3: {
        String id = c.pick(memberships);
        return copyAs(c, Format.File.SUMMITS, id, "a summit with the membership id " + id);
      }
      case 4: {
        String id = c.pick(summits);
        return copyAs(c, Format.File.CORRIDORS, id, "a corridor with the summit id " + id);
      }
      default: {
        String id = c.pick(memberships);
        return copyAs(c, Format.File.SOURCES, id, "a source with the membership id " + id);
      }
    }
  }

  private static Mutation copyAs(Ctx c, Format.File f, String id, String what) {
    ObjectNode copy = (ObjectNode) c.pick(list(c.records(f))).deepCopy();
    String of = copy.get(Format.ID).textValue();
    copy.put(Format.ID, id);
    c.records(f).insert(c.pick(c.records(f).size() + 1), copy);
    return Mutation.of(what + " (a copy of " + of + ")", Expect.LOADED);
  }

  private static List<String> ids(Ctx c, Format.File f) {
    List<String> out = new ArrayList<>();
    c.records(f).forEach(r -> out.add(r.get(Format.ID).textValue()));
    return out;
  }

  private static List<JsonNode> list(ArrayNode a) {
    List<JsonNode> out = new ArrayList<>();
    a.forEach(out::add);
    return out;
  }

  /** Rewrites the files without changing what they say. */
  private static Mutation reformat(Ctx c) {
    switch (c.variant(6)) {
      case 0:
        c.writer = JSON.writer();
        return Mutation.of("every file compact, on one line", Expect.SAME);
      case 1:
        c.writer = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
        return Mutation.of("every non-ASCII character written as a \\u escape", Expect.SAME);
      case 2:
        for (String f : TestCorpora.SEED_JSON_FILES) {
          c.post(f, t -> t.replace("\n", "\r\n"));
        }
        return Mutation.of("CRLF line ends", Expect.SAME);
      case 3:
        for (ObjectNode root : c.roots.values()) {
          reverseKeys(root);
        }
        return Mutation.of("the keys of every object in reverse order", Expect.SAME);
      case 4: {
        String f = c.pick(TestCorpora.SEED_JSON_FILES);
        c.prefixBytes.put(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return Mutation.of(f + " with a byte order mark", Expect.SAME);
      }
      default:
        for (String f : TestCorpora.SEED_JSON_FILES) {
          c.post(f, t -> t.replace("  ", "\t").replace(" : ", "\t:\t"));
        }
        return Mutation.of("tabs for indentation", Expect.SAME);
    }
  }

  private static void reverseKeys(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      entries.addAll(o.properties());
      o.removeAll();
      Collections.reverse(entries);
      for (Map.Entry<String, JsonNode> e : entries) {
        reverseKeys(e.getValue());
        o.set(e.getKey(), e.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(SeedFuzzTest::reverseKeys);
    }
  }

  /** NFD (decomposed) forms of quotes, free text and source texts, which are NFC. */
  private static Mutation nfd(Ctx c) throws IOException {
    int how = c.variant(3);
    if (how == 0) {
      List<Slot> changing = slots(c).stream()
          .filter(s -> !Normalizer.normalize(s.value(), Normalizer.Form.NFD).equals(s.value()))
          .collect(Collectors.toList());
      Slot s = c.pick(changing);
      s.set(Normalizer.normalize(s.value(), Normalizer.Form.NFD));
      String d = "NFD of " + s;
      if (QUOTED.getOrDefault(s.file, List.of()).contains(s.name)) {
        // a value kept in a source's words is no longer in its (NFC) quote
        return Mutation.reject(d, "value-quoted", "claim-exists", "claim-supported");
      }
      return s.cat == Cat.QUOTE ? Mutation.reject(d, "quote-found") : Mutation.of(d, Expect.LOADED);
    }
    // a source text in NFD: its quotes with diacritics are not found, unless NFD too
    List<String> files = new ArrayList<>();
    Map<String, String> idOf = new HashMap<>();
    for (var e : c.sources().entrySet()) {
      String file = e.getValue().get(Format.FILE).textValue();
      String text = Files.readString(c.dir.resolve(file));
      if (!Normalizer.normalize(text, Normalizer.Form.NFD).equals(text)) {
        files.add(file);
        idOf.put(file, e.getKey());
      }
    }
    String file = c.pick(files);
    Path p = c.dir.resolve(file);
    Files.writeString(p, Normalizer.normalize(Files.readString(p), Normalizer.Form.NFD));
    boolean broken = false;
    for (Cit t : citations(c)) {
      if (!t.node().get(Format.SOURCE).textValue().equals(idOf.get(file))) {
        continue;
      }
      for (String f : List.of(Format.QUOTE, Format.PREFIX, Format.SUFFIX)) {
        if (t.node().has(f)) {
          String v = t.node().get(f).textValue();
          String d = Normalizer.normalize(v, Normalizer.Form.NFD);
          if (how == 2) {
            t.node().put(f, d);
            dropQuotedValues(t.file(), t.record());
          } else {
            broken |= !d.equals(v);
          }
        }
      }
    }
    if (how == 2) {
      return Mutation.of(file + " and every quote of it in NFD", Expect.LOADED);
    }
    return broken ? Mutation.reject(file + " in NFD, its quotes NFC", "quote-found")
        : Mutation.of(file + " in NFD; no quote of it changes", Expect.LOADED);
  }

  private static final String LATIN = "acepxyiosjABCEHKMOPTX";
  private static final String CYRILLIC = "асерхуіоѕјАВСЕНКМОРТХ";

  /** A Latin letter for its Cyrillic twin, or a digit for a fullwidth or Arabic-Indic one. */
  private static Mutation homoglyph(Ctx c) {
    List<Slot> candidates = slots(c).stream().filter(s -> s.value().chars().anyMatch(ch ->
        LATIN.indexOf(ch) >= 0 || (ch >= '0' && ch <= '9'))).collect(Collectors.toList());
    Slot s = c.pick(candidates);
    String before = s.value();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < before.length(); i++) {
      char ch = before.charAt(i);
      if (LATIN.indexOf(ch) >= 0 || (ch >= '0' && ch <= '9')) {
        at.add(i);
      }
    }
    int i = c.pick(at);
    char ch = before.charAt(i);
    char twin = LATIN.indexOf(ch) >= 0 ? CYRILLIC.charAt(LATIN.indexOf(ch))
        : (char) ((c.r.nextBoolean() ? 0xFF10 : 0x0660) + (ch - '0'));
    s.set(before.substring(0, i) + twin + before.substring(i + 1));
    return foreign(s, before, String.format(Locale.ROOT, "homoglyph U+%04X for '%c'", (int) twin, ch), false);
  }

  /** Quotes and other texts of only whitespace, or only an invisible character. */
  private static Mutation blank(Ctx c) {
    String text = c.pick(" \u00a0\u2003", "", " ", "\t\n", "\u3000", "\u2028\u2029", "\u00a0", "\u202f\u2007");
    List<Slot> all = slots(c);
    if (c.r.nextBoolean()) {
      Slot s = c.pick(all.stream().filter(x -> x.name.equals(Format.QUOTE)).collect(Collectors.toList()));
      if (c.pick(5) == 0) {
        s.set("\u200b");
        return Mutation.reject("a quote of only U+200B in " + s, "quote-found");
      }
      s.set(text);
      return Mutation.reject("a quote of only \"" + escape(text) + "\" in " + s, "invalid-record");
    }
    List<String> named = List.of("name", "title", "outlet", "hostCity", "headquarters", "text", "authors",
        "aliases", "route", "crosses", "bypasses");
    Slot s = c.pick(all.stream().filter(x -> named.contains(x.name)).collect(Collectors.toList()));
    String before = s.value();
    boolean waypoint = s.cat == Cat.WAYPOINT;
    s.set(waypoint ? before.substring(0, before.indexOf(':') + 1) + text : text);
    String d = "\"" + escape(s.value()) + "\" for \"" + abbreviate(before, 30) + "\" in " + s.file + " '" + s.name + "'";
    // a text that is only whitespace is no text: a name, a city, an alias, a waypoint's name
    return waypoint ? Mutation.reject(d, "bad-id") : Mutation.reject(d, "invalid-record");
  }

  private static Mutation asOf(Ctx c) {
    Map<String, ObjectNode> sources = c.sources();
    Cit t = c.pick(citations(c));
    JsonNode published = sources.get(t.node().get(Format.SOURCE).textValue()).get(Format.PUBLISHED);
    String pub = published.textValue();
    int how = c.variant(3);
    if (how == 0 && !pub.equals(Format.UNKNOWN)) {
      String after;
      if (pub.length() == 4) {
        after = c.pick(String.valueOf(Integer.parseInt(pub) + 1), (Integer.parseInt(pub) + 1) + "-01-01");
      } else {
        java.time.LocalDate latest = pub.length() == 7
            ? java.time.YearMonth.parse(pub).atEndOfMonth() : java.time.LocalDate.parse(pub);
        after = c.pick(latest.plusDays(1).toString(), latest.plusMonths(1).toString().substring(0, 7),
            String.valueOf(latest.getYear() + 1));
      }
      t.node().put(Format.AS_OF, after);
      return Mutation.reject("asOf " + after + " after publication " + pub + " in " + t.describe(),
          attestationRules(t));
    }
    if (how == 1) {
      String bad = c.pick("2024-13", "20240101", "2024/01/01", "", "unknown", "ongoing", "2024-1", "24",
          " 2024", "2024-02-30", "0000", "2024-11-06T10:00", "2024-W45");
      t.node().put(Format.AS_OF, bad);
      return Mutation.reject("asOf \"" + bad + "\" in " + t.describe(), "bad-date");
    }
    String far = c.pick("9999-12-31", "9999", "9999-12", "3000-01-01");
    t.node().put(Format.AS_OF, far);
    String d = "asOf " + far + " (source published " + pub + ") in " + t.describe();
    return pub.equals(Format.UNKNOWN) ? Mutation.of(d, Expect.ANY) : Mutation.reject(d, attestationRules(t));
  }

  /**
   * The rules an attestation after its source breaks: a membership's attestation outside its
   * period is refused as the record is read (period-order), before the rules run at all.
   */
  private static String[] attestationRules(Cit t) {
    return t.file().equals(Format.File.MEMBERSHIPS.fileName())
        ? new String[] {"attestation-in-source", "period-order"} : new String[] {"attestation-in-source"};
  }

  private static Mutation extremeDate(Ctx c) {
    Slot s = c.pick(slots(c).stream().filter(x -> x.cat == Cat.DATE).collect(Collectors.toList()));
    String before = s.value();
    boolean valid = c.r.nextBoolean();
    String date = valid ? c.pick("9999-12-31", "9999", "9999-12", "0001", "0001-01-01", "0001-01", "2024-02-29")
        : c.pick("0000", "10000", "2024-02-30", "-1", "0000-01-01", "9999-12-32", "2023-02-29", "+2024",
            "99999-01-01", "2024-00", "1e3", "٢٠٢٤", "２０２４");
    s.set(date);
    String d = s.file + " " + s.record.get(Format.ID).textValue() + " '" + s.name + "' " + before + " -> " + date;
    return valid ? Mutation.of(d, Expect.ANY) : Mutation.reject(d, "bad-date");
  }

  /** Arrays of 200,000 elements, records or citations (each file under the JSON limit). */
  private static Mutation huge(Ctx c) {
    switch (c.variant(9)) {
      case 0: {
        Format.File f = c.pick(Format.File.STATES, Format.File.ORGANIZATIONS, Format.File.CORRIDORS);
        ObjectNode rec = (ObjectNode) c.pick(list(c.records(f)));
        ArrayNode a = rec.putArray("aliases");
        for (int i = 0; i < HUGE; i++) {
          a.add("Fuzz alias " + i);
        }
        String what = f.fileName() + " " + rec.get(Format.ID).textValue() + ": " + HUGE
            + " distinct aliases, none cited";
        // where the record classifies its aliases (the curators' own), none needs a citation
        return classifies(rec, "aliases") ? Mutation.of(what, Expect.LOADED) : Mutation.reject(what, "claim-supported");
      }
      case 1: {
        ObjectNode rec = (ObjectNode) c.pick(list(c.records(Format.File.STATES)));
        ArrayNode a = rec.putArray("aliases");
        for (int i = 0; i < HUGE; i++) {
          a.add("Fuzz");
        }
        return Mutation.reject("states.json " + rec.get(Format.ID).textValue() + ": one alias " + HUGE
            + " times", "bad-value");
      }
      case 2: {
        Format.File f = c.pick(Format.File.values());
        ArrayNode a = c.records(f);
        for (int i = 0; i < HUGE; i++) {
          a.add(NODES.objectNode());
        }
        return Mutation.reject(f.fileName() + ": " + HUGE + " empty records", "missing-field");
      }
      case 3: {
        ObjectNode rec = (ObjectNode) c.pick(list(c.records(Format.File.SOURCES)));
        ArrayNode a = rec.putArray("authors");
        for (int i = 0; i < HUGE; i++) {
          a.add("Author " + i);
        }
        return Mutation.of("sources.json " + rec.get(Format.ID).textValue() + ": " + HUGE + " authors",
            Expect.LOADED);
      }
      case 4: {
        List<JsonNode> routed = list(c.records(Format.File.CORRIDORS)).stream()
            .filter(r -> r.has("route") && r.get("route").size() > 0 && supportsOf(r).contains("route"))
            .collect(Collectors.toList());
        ObjectNode rec = (ObjectNode) c.pick(routed);
        ArrayNode a = rec.putArray("route");
        boolean distinct = c.r.nextBoolean();
        c.variant += distinct ? "/distinct" : "/alternating";
        for (int i = 0; i < HUGE; i++) {
          a.add(distinct ? "city:Fuzz " + i : i % 2 == 0 ? "state:TUR" : "sea:Caspian Sea");
        }
        return Mutation.of("corridors.json " + rec.get(Format.ID).textValue() + ": a route of " + HUGE
            + (distinct ? " distinct cities" : " alternating waypoints"), Expect.LOADED);
      }
      case 5: {
        Cit t = c.pick(citations(c));
        for (int i = 0; i < HUGE; i++) {
          t.supports().add("aliases=Fuzz " + i);
        }
        return Mutation.reject(HUGE + " supports entries of no claim in " + t.describe(), "claim-exists");
      }
      case 6: {
        Cit t = c.pick(citations(c));
        ArrayNode cits = findCitationArray(t);
        int size = t.node().toString().length() + 32;
        int copies = (int) Math.min(COPIES, (MAX_JSON / 2) / size);
        for (int i = 0; i < copies; i++) {
          cits.add(t.node().deepCopy());
        }
        return Mutation.of(copies + " copies of " + t.describe(), Expect.ANY);
      }
      case 7: {
        Format.File f = c.pick(Format.File.SUMMITS, Format.File.CORRIDORS, Format.File.SOURCES);
        ObjectNode rec = (ObjectNode) c.pick(list(c.records(f)));
        int size = rec.toString().length() * 2 + 64;
        int copies = (int) Math.min(COPIES / 4, (MAX_JSON / 2) / size);
        ArrayNode a = c.records(f);
        for (int i = 0; i < copies; i++) {
          a.add(rec.deepCopy().put(Format.ID, "fuzz-copy-" + i));
        }
        return Mutation.of(f.fileName() + ": " + copies + " copies of " + rec.get(Format.ID).textValue()
            + " with new ids", Expect.LOADED);
      }
      default: {
        ObjectNode rec = (ObjectNode) c.pick(list(c.records(Format.File.CORRIDORS)));
        ArrayNode a = rec.putArray("modes");
        for (int i = 0; i < HUGE; i++) {
          a.add(i);
        }
        return Mutation.reject("corridors.json " + rec.get(Format.ID).textValue() + ": " + HUGE
            + " numbers as modes", "wrong-type");
      }
    }
  }

  private static Set<String> supportsOf(JsonNode record) {
    Set<String> out = new HashSet<>();
    for (JsonNode cit : record.get(Format.CITATIONS)) {
      cit.get(Format.SUPPORTS).forEach(e -> out.add(e.textValue()));
    }
    return out;
  }

  /** The citations array a citation is an element of. */
  private static ArrayNode findCitationArray(Cit t) {
    List<ObjectNode> all = new ArrayList<>();
    objects(t.record(), all);
    for (ObjectNode o : all) {
      JsonNode a = o.get(Format.CITATIONS);
      if (a != null && a.isArray()) {
        for (JsonNode e : a) {
          if (e == t.node()) {
            return (ArrayNode) a;
          }
        }
      }
    }
    throw new AssertionError("citation not found");
  }

  /** Strings near and over the limit on string length, and an over-long field name. */
  private static Mutation longString(Ctx c) {
    String unit = c.pick("a", "ş", "\uD835\uDD7F", " ");
    boolean over = c.r.nextBoolean();
    int chars = over ? MAX_STRING + 1 + c.pick(3) : MAX_STRING - c.pick(3);
    String s = unit.repeat(chars / unit.length());
    if (s.length() < chars && over) {
      s = s + "a";
    }
    String d = s.length() + " chars of \"" + escape(unit) + "\" (limit " + MAX_STRING + ")";
    int where = c.variant(6);
    if (where == 5) {
      // a field name: the limit on names is 1,000 chars
      ObjectNode rec = (ObjectNode) c.pick(list(c.records(c.pick(Format.File.values()))));
      int n = over ? 1001 + c.pick(5000) : 1000;
      rec.put("x".repeat(n), "v");
      return over ? Mutation.reject("a field name of " + n + " chars", "limit")
          : Mutation.reject("a field name of " + n + " chars", "unknown-field");
    }
    List<String> fields = List.of("note", "quote", "id", "name", "supports");
    String field = fields.get(where);
    Slot slot = c.pick(slots(c).stream().filter(x -> x.name.equals(field)).collect(Collectors.toList()));
    String desc = d + " in " + slot.file + " " + slot.record.get(Format.ID).textValue() + " '" + field + "'";
    slot.set(s);
    if (over) {
      return Mutation.reject(desc, "limit");
    }
    boolean blank = unit.equals(" ");
    switch (field) {
      case "quote":
        return blank ? Mutation.reject(desc, "invalid-record") : Mutation.reject(desc, "quote-found");
      case "id":
        // a run of 'a' is a well-formed kebab-case id (of a source, membership, corridor or summit)
        return unit.equals("a") ? Mutation.of(desc, Expect.ANY) : Mutation.reject(desc, "bad-id");
      case "supports":
        return Mutation.reject(desc, "bad-claim");
      case "name":
        return blank ? Mutation.reject(desc, "invalid-record") : Mutation.of(desc, Expect.ANY);
      default:
        return Mutation.of(desc, Expect.ANY);
    }
  }

  /** Source texts of long runs of one character, and texts at and over the limits. */
  private static Mutation longRun(Ctx c) throws IOException {
    Map<String, ObjectNode> sources = c.sources();
    List<String> cited = new ArrayList<>();
    for (Cit t : citations(c)) {
      String id = t.node().get(Format.SOURCE).textValue();
      if (!cited.contains(id)) {
        cited.add(id);
      }
    }
    Collections.sort(cited);
    String id = c.pick(cited);
    String file = sources.get(id).get(Format.FILE).textValue();
    // the text is replaced: the quotes that bound its publication no longer stand in it
    sources.get(id).remove(Format.PUBLICATION_BOUNDS);
    Path text = c.dir.resolve(file);
    List<Cit> its = citations(c).stream().filter(t -> t.node().get(Format.SOURCE).textValue().equals(id))
        .collect(Collectors.toList());
    int mib4 = 4 << 20;
    switch (c.variant(9)) {
      case 0: {
        Files.write(text, repeat('a', mib4));
        quoteA(its);
        Cit one = c.pick(its);
        one.node().put(Format.PREFIX, c.pick("b", "ab", "a".repeat(1000) + "b"));
        return Mutation.reject(file + ": 4 MiB of 'a'; its quotes \"a\", one with a prefix never found",
            "quote-found");
      }
      case 1: {
        Files.write(text, repeat('a', mib4));
        quoteA(its);
        // not a complete list's citation: its prefix would take it off the list the others give
        Cit one = c.pick(its.stream().filter(t -> !t.node().has(Format.COMPLETE_LIST_OF)).toList());
        one.node().put(c.r.nextBoolean() ? Format.PREFIX : Format.SUFFIX, "a".repeat(1000));
        return Mutation.of(file + ": 4 MiB of 'a'; its quotes \"a\", one with 1,000 'a' around", Expect.LOADED);
      }
      case 2: {
        Files.write(text, repeat('a', mib4));
        quoteA(its);
        Cit one = c.pick(its);
        one.node().put(Format.QUOTE, "a".repeat(MAX_STRING - 1));
        return Mutation.of(file + ": 4 MiB of 'a'; its quotes \"a\", one of " + (MAX_STRING - 1) + " 'a'",
            Expect.LOADED);
      }
      case 3: {
        Files.write(text, repeat(' ', mib4));
        return Mutation.reject(file + ": 4 MiB of spaces", "quote-found");
      }
      case 4: {
        byte[] b = new byte[mib4];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) (i % 2 == 0 ? 'a' : 'b');
        }
        Files.write(text, b);
        its.forEach(t -> t.node().put(Format.QUOTE, "ab".repeat(5000) + "b"));
        return Mutation.reject(file + ": 4 MiB of \"ab\"; its quotes \"abab...abb\"", "quote-found");
      }
      case 5: {
        // many citations of one text, each with a prefix of its own: one search each
        Files.write(text, repeat('a', mib4));
        quoteA(its);
        Cit one = c.pick(its);
        ArrayNode array = findCitationArray(one);
        int n = c.pick(1000, 10_000, HUGE);
        for (int i = 0; i < n; i++) {
          array.add(one.node().deepCopy().put(Format.PREFIX, "b" + i));
        }
        return Mutation.reject(file + ": 4 MiB of 'a'; " + n + " citations \"a\" with distinct prefixes never found",
            "quote-found");
      }
      case 6: {
        Files.write(text, repeat('a', (int) MAX_TEXT + 1));
        return Mutation.reject(file + ": " + (MAX_TEXT + 1) + " bytes, over the limit of one text", "limit");
      }
      case 7: {
        long each = MAX_TEXTS / sources.size() + 1;
        for (ObjectNode s : sources.values()) {
          Files.write(c.dir.resolve(s.get(Format.FILE).textValue()), repeat('a', (int) each));
        }
        return Mutation.reject("every text " + each + " bytes of 'a', together over " + MAX_TEXTS, "limit");
      }
      default: {
        long each = MAX_TEXTS / sources.size();
        for (ObjectNode s : sources.values()) {
          Files.write(c.dir.resolve(s.get(Format.FILE).textValue()), repeat('a', (int) each));
        }
        return Mutation.reject("every text " + each + " bytes of 'a', together at most " + MAX_TEXTS,
            "quote-found");
      }
    }
  }

  private static byte[] repeat(char ch, int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) ch);
    return b;
  }

  private static Mutation formatVersion(Ctx c) {
    ObjectNode root = c.root(Format.File.SOURCES);
    String key = Format.FORMAT_VERSION;
    switch (c.variant(16)) {
      case 0:
        root.remove(key);
        return only("formatVersion removed", "format-version");
      case 1:
        root.put(key, 1);
        return only("formatVersion 1", "format-version");
      case 2:
        root.put(key, 3);
        return only("formatVersion 3", "format-version");
      case 3:
        root.put(key, "2");
        return only("formatVersion \"2\"", "format-version");
      case 4:
        root.set(key, DoubleNode.valueOf(2.0));
        return only("formatVersion 2.0", "format-version");
      case 5:
        root.put(key, c.pick(0, -2, Integer.MAX_VALUE, Integer.MIN_VALUE));
        return only("formatVersion " + root.get(key), "format-version");
      case 6:
        root.set(key, c.pick(NullNode.instance, BooleanNode.TRUE, NODES.arrayNode().add(2), NODES.objectNode()));
        return only("formatVersion " + root.get(key), "format-version");
      case 7:
        root.set(key, BigIntegerNode.valueOf(new BigInteger("99999999999999999999")));
        return only("formatVersion of 20 digits", "format-version");
      case 8:
        root.set(key, BigIntegerNode.valueOf(BigInteger.TEN.pow(20)));
        return only("formatVersion of 21 digits, over the limit on numbers", "limit");
      case 9:
        c.post("sources.json", t -> t.replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 2e0"));
        return only("formatVersion 2e0", "format-version");
      case 10:
        c.post("sources.json", t -> t.replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 02"));
        return only("formatVersion 02", "json-syntax");
      case 11: {
        ArrayNode sources = (ArrayNode) root.remove(Format.File.SOURCES.array);
        root.set(Format.File.SOURCES.array, sources);
        return Mutation.of("formatVersion after the sources", Expect.SAME);
      }
      case 12:
        c.post("sources.json", t -> t.replaceFirst("\"formatVersion\" : 2,",
            "\"formatVersion\" : 2,\n  \"formatVersion\" : " + (c.r.nextBoolean() ? "2" : "3") + ","));
        return only("formatVersion twice", "duplicate-key");
      case 13: {
        ObjectNode states = c.root(Format.File.STATES);
        states.put(key, 2);
        return only("formatVersion in states.json too", "unknown-field");
      }
      case 14: {
        root.remove(key);
        root.put(c.pick("FormatVersion", "formatversion", "format_version", "formatVersıon"), 2);
        return Mutation.reject("formatVersion misspelt", "format-version");
      }
      default: {
        root.remove(key);
        ArrayNode sources = (ArrayNode) root.remove(Format.File.SOURCES.array);
        root.put(key, c.pick(1, 3, 2));
        root.set(Format.File.SOURCES.array, sources);
        int v = root.get(key).intValue();
        return v == 2 ? Mutation.of("formatVersion 2 rewritten first", Expect.SAME)
            : only("formatVersion " + v + " rewritten first", "format-version");
      }
    }
  }

  private static Mutation only(String description, String rule) {
    return new Mutation(description, Expect.ONLY, Set.of(rule));
  }
}
