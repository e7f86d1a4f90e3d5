package io.github.otsatlas.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.CorpusValidationException;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Rule;
import io.github.otsatlas.model.RuleCode;
import io.github.otsatlas.model.RuleViolationException;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads a corpus directory (the format of {@code seeds/README.md}) strictly and all or
 * nothing: either every file parses, every record is well formed, every rule holds and
 * every quote is found, and a {@link Corpus} is returned, or a {@link CorpusLoadException}
 * lists every problem found, each with its file, record, JSON pointer, line and column, and
 * rule. No other exception escapes for bad input, and no partial corpus is ever returned.
 *
 * <pre>{@code
 * Corpus mine = CorpusLoader.create().loadDirectory(Path.of("my-corpus"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: one loader may load many corpora at once.
 */
public final class CorpusLoader {
  /**
   * The version of the corpus format this loader reads (and {@link CorpusWriter} writes), as a
   * corpus declares it in the {@code formatVersion} field of its {@code sources.json}.
   */
  public static final int FORMAT_VERSION = Format.VERSION;

  private final LoadLimits limits;
  private final JsonFactory factory;
  private final ObjectMapper mapper;

  private CorpusLoader(LoadLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(1_000)
            .maxNumberLength(20)
            .maxDocumentLength(limits.maxJsonBytes())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  /** Returns a loader with the {@linkplain LoadLimits#defaults() default limits}. */
  public static CorpusLoader create() {
    return new CorpusLoader(LoadLimits.defaults());
  }

  /**
   * Returns a loader with the given limits.
   *
   * @param limits the limits, not null
   */
  public static CorpusLoader withLimits(LoadLimits limits) {
    return new CorpusLoader(Objects.requireNonNull(limits, "limits"));
  }

  /** Returns this loader's limits. */
  public LoadLimits limits() {
    return limits;
  }

  /**
   * Loads the corpus in {@code dir}: {@code sources.json}, the fact files ({@code
   * agreements.json} and {@code exercises.json} may be left out: no records of their kind) and
   * the source texts that {@code sources.json} names. Files named by {@code sources.json} must be plain
   * names inside {@code dir}; links are not followed.
   *
   * @param dir the corpus directory, not null
   * @return the corpus, whole and valid
   * @throws CorpusLoadException listing every problem, if the corpus is not valid
   */
  public Corpus loadDirectory(Path dir) {
    return load(CorpusFiles.directory(Objects.requireNonNull(dir, "dir")));
  }

  Corpus load(CorpusFiles files) {
    Run run = new Run(files);
    Corpus corpus = run.load();
    if (!run.problems.isEmpty()) {
      throw run.problems.exception(files.describe());
    }
    return corpus;
  }

  /** Where a record stands in its file: its JSON pointer, line and column. */
  private record Place(String pointer, int line, int column) {}

  /** One load: the problems found and where each record stands. */
  private final class Run {
    final CorpusFiles files;
    final Problems problems = new Problems();
    // Every record read, by reference: more than one when an id is duplicated.
    final Map<FactRef, List<Place>> located = new HashMap<>();
    // How many unique-id violations of each reference have been reported so far.
    final Map<FactRef, Integer> duplicatesReported = new HashMap<>();

    // One instance of each claim and citation of the load (see Fields#canonical).
    final Map<Object, Object> canonical = new HashMap<>();
    // Each source text read, by file name (null when it could not be decoded), and their bytes.
    final Map<String, String> texts = new HashMap<>();
    long textBytes;
    // Whether sources.json declared a format version this loader does not read.
    boolean versionRefused;

    Run(CorpusFiles files) {
      this.files = files;
    }

    Corpus load() {
      List<Source> sources = map(Format.File.SOURCES, f -> Records.source(f, this::sourceText));
      if (versionRefused) {
        // Every record of another format would break some rule: the version problem alone says why.
        return null;
      }
      List<State> states = map(Format.File.STATES, Records::state);
      List<Organization> orgs = map(Format.File.ORGANIZATIONS, Records::organization);
      List<Membership> memberships = map(Format.File.MEMBERSHIPS, Records::membership);
      List<Corridor> corridors = map(Format.File.CORRIDORS, Records::corridor);
      List<Summit> summits = map(Format.File.SUMMITS, Records::summit);
      List<Meeting> meetings = map(Format.File.MEETINGS, Records::meeting);
      List<Agreement> agreements = map(Format.File.AGREEMENTS, Records::agreement);
      List<Exercise> exercises = map(Format.File.EXERCISES, Records::exercise);
      List<RecognitionAct> recognitions = map(Format.File.RECOGNITIONS, Records::recognition);
      if (!problems.isEmpty()) {
        return null;
      }
      try {
        return Corpus.builder().sources(sources).states(states).organizations(orgs)
            .memberships(memberships).corridors(corridors).summits(summits).meetings(meetings)
            .agreements(agreements).exercises(exercises).recognitions(recognitions).build();
      } catch (CorpusValidationException e) {
        for (Violation v : e.violations()) {
          problems.add(problemOf(v));
        }
        return null;
      } catch (RuntimeException e) {
        // Never expected: every rule reports violations. Still a load problem, never an escape.
        problems.add(new Problem(Format.File.SOURCES.fileName(), "", "", 0, 0, FormatRule.INVALID_RECORD,
            "the corpus could not be checked: " + e));
        return null;
      }
    }

    private Problem problemOf(Violation v) {
      FactRef ref = v.records().get(0);
      List<Place> all = located.getOrDefault(ref, List.of());
      // The n-th unique-id violation of an id concerns its (n+1)-th record, in file order.
      int index = v.rule() == Rule.UNIQUE_ID
          ? Math.min(all.size() - 1, duplicatesReported.merge(ref, 1, Integer::sum))
          : 0;
      Place at = all.isEmpty() ? null : all.get(Math.max(0, index));
      String file = Format.File.of(ref.kind()).fileName();
      StringBuilder message = new StringBuilder(untagged(v.rule(), v.message()));
      if (v.records().size() > 1) {
        message.append(" (see also ").append(v.records().subList(1, v.records().size())).append(')');
      }
      return at == null
          ? new Problem(file, ref.id(), v.path(), 0, 0, v.rule(), message.toString())
          : new Problem(file, ref.id(), at.pointer + v.path(), at.line, at.column,
              v.rule(), message.toString());
    }

    /**
     * Returns the decoded text of a source file, reading each file once however many sources
     * name it, and counting its bytes once against {@link LoadLimits#maxTotalSourceBytes()}.
     */
    private String sourceText(Fields f, String name) {
      if (texts.containsKey(name)) {
        return texts.get(name);
      }
      byte[] bytes;
      try {
        bytes = files.read(name, limits.maxSourceBytes());
      } catch (CorpusFiles.FileProblem e) {
        f.problem("/" + Format.FILE, e.rule, e.getMessage());
        return null;
      }
      textBytes += bytes.length;
      if (textBytes > limits.maxTotalSourceBytes()) {
        f.problem("/" + Format.FILE, FormatRule.LIMIT, "the source texts together are larger than the"
            + " limit of " + limits.maxTotalSourceBytes() + " bytes (at " + name + ")");
        return null;
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        f.problem("/" + Format.FILE, FormatRule.ENCODING, name + " is not valid UTF-8: " + e.getMessage());
        text = null;
      }
      texts.put(name, text);
      return text;
    }

    /**
     * Reads the records of one file and maps each to a model object as soon as it is parsed,
     * so that only one record's JSON tree is held at a time; of a record read, only its place
     * is kept (for the problems the rules may find later). After a problem of the file itself
     * (its syntax, encoding or a limit), none of its records is kept.
     */
    private <T> List<T> map(Format.File kind, Function<Fields, T> reader) {
      List<T> out = new ArrayList<>();
      Map<FactRef, List<Place>> places = new HashMap<>();
      boolean whole = records(kind, f -> {
        T value;
        try {
          value = reader.apply(f);
        } catch (RuntimeException e) {
          // Builders and value checks throw IllegalArgumentException (a RuleViolationException
          // for period-order); anything else is a bug, still reported against the record.
          RuleCode rule = e instanceof RuleViolationException
              ? ((RuleViolationException) e).rule()
              : FormatRule.INVALID_RECORD;
          f.problem("", rule, untagged(rule, String.valueOf(e.getMessage())));
          value = null;
        }
        if (value != null && f.ok()) {
          out.add(value);
          places.computeIfAbsent(new FactRef(kind.kind, f.record()), k -> new ArrayList<>())
              .add(new Place(f.pointer(), f.line(), f.column()));
        }
      });
      if (!whole) {
        return List.of();
      }
      places.forEach((ref, list) -> located.computeIfAbsent(ref, k -> new ArrayList<>()).addAll(list));
      return out;
    }

    /**
     * Streams the records of one file to {@code each}, decoding strictly as UTF-8; returns
     * false if the file as a whole has a problem (syntax, encoding, a limit), which is reported.
     */
    private boolean records(Format.File kind, java.util.function.Consumer<Fields> each) {
      String file = kind.fileName();
      String array = kind.array;
      InputStream in;
      try {
        in = files.open(file, limits.maxJsonBytes());
      } catch (CorpusFiles.FileProblem e) {
        if (kind.optional && e.rule == FormatRule.FILE_MISSING) {
          return true; // a corpus without this kind of fact
        }
        problems.add(new Problem(file, "", "", 0, 0, e.rule, e.getMessage()));
        return false;
      }
      JsonParser p = null;
      try (Reader reader = new StrictUtf8Reader(in)) {
        p = factory.createParser(reader);
        if (p.nextToken() != JsonToken.START_OBJECT) {
          problems.add(top(file, p, FormatRule.JSON_SYNTAX, "the file must hold one JSON object with the array '" + array + "'"));
          return false;
        }
        boolean seen = false;
        boolean versioned = false;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken t = p.nextToken();
          if (kind == Format.File.SOURCES && name.equals(Format.FORMAT_VERSION)) {
            versioned = true;
            version(file, p, t);
            continue;
          }
          if (!name.equals(array)) {
            problems.add(top(file, p, FormatRule.UNKNOWN_FIELD, "unknown top-level field '" + name + "': expected only '" + array + "'"));
            p.skipChildren();
            continue;
          }
          seen = true;
          if (t != JsonToken.START_ARRAY) {
            problems.add(top(file, p, FormatRule.WRONG_TYPE, "'" + array + "' must be an array"));
            p.skipChildren();
            continue;
          }
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            JsonNode node = mapper.readTree(p);
            String pointer = "/" + array + "/" + i++;
            if (node == null || !node.isObject()) {
              problems.add(new Problem(file, "", pointer, at.getLineNr(), at.getColumnNr(), FormatRule.WRONG_TYPE,
                  "each element of '" + array + "' must be an object"));
            } else {
              each.accept(new Fields((ObjectNode) node, file, pointer, at.getLineNr(), at.getColumnNr(),
                  problems, canonical));
            }
          }
        }
        if (kind == Format.File.SOURCES && !versioned) {
          problems.add(new Problem(file, "", "", 1, 1, FormatRule.FORMAT_VERSION, "no '"
              + Format.FORMAT_VERSION + "': this is a corpus of format 1, which cites whole records;"
              + " this loader reads format " + Format.VERSION + ", in which every citation names the"
              + " claims it supports. See " + Format.MIGRATION_SECTION));
          versionRefused = true;
        }
        if (!seen) {
          problems.add(new Problem(file, "", "", 0, 0, FormatRule.MISSING_FIELD, "the top-level array '" + array + "' is missing"));
        }
        if (p.nextToken() != null) {
          problems.add(top(file, p, FormatRule.JSON_SYNTAX, "content after the top-level object"));
        }
        return true;
      } catch (StrictUtf8Reader.Malformed e) {
        problems.add(new Problem(file, "", "", e.line, e.column, FormatRule.ENCODING,
            file + " is not valid UTF-8: " + e.getMessage()));
      } catch (CorpusFiles.TooLarge e) {
        problems.add(new Problem(file, "", "", 0, 0, FormatRule.LIMIT, e.getMessage()));
      } catch (StreamConstraintsException e) {
        problems.add(located(file, e, p, FormatRule.LIMIT));
      } catch (JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        FormatRule rule = m.startsWith("Duplicate field") || m.contains("duplicate") ? FormatRule.DUPLICATE_KEY
            : m.contains("UTF-8") || m.contains("Invalid UTF") ? FormatRule.ENCODING : FormatRule.JSON_SYNTAX;
        problems.add(located(file, e, p, rule));
      } catch (IOException e) {
        problems.add(new Problem(file, "", "", 0, 0, FormatRule.FILE_UNREADABLE, e.toString()));
      }
      return false;
    }

    /**
     * Drops the leading {@code [rule] } of a RuleViolationException's message: the problem
     * names its rule already.
     */
    private String untagged(RuleCode rule, String message) {
      String tag = "[" + rule.code() + "] ";
      return message.startsWith(tag) ? message.substring(tag.length()) : message;
    }

    /** Reads the format version at the parser's token, refusing any but the one this loader reads. */
    private void version(String file, JsonParser p, JsonToken t) throws IOException {
      if (t != JsonToken.VALUE_NUMBER_INT) {
        if (t == JsonToken.VALUE_STRING) {
          p.getText(); // reads it whole, so that an over-long string is a limit problem first
        }
        problems.add(top(file, p, FormatRule.FORMAT_VERSION, "'" + Format.FORMAT_VERSION
            + "' must be a whole number, such as " + Format.VERSION));
        p.skipChildren();
        versionRefused = true;
      } else if (!p.getText().equals(String.valueOf(Format.VERSION))) {
        problems.add(top(file, p, FormatRule.FORMAT_VERSION, "format " + p.getText()
            + " is not one this loader reads: it reads format " + Format.VERSION + ". See "
            + Format.MIGRATION_SECTION));
        versionRefused = true;
      }
    }

    private Problem top(String file, JsonParser p, RuleCode rule, String message) {
      JsonLocation at = p.currentTokenLocation();
      return new Problem(file, "", "", at.getLineNr(), at.getColumnNr(), rule, message);
    }

    private Problem located(String file, JsonProcessingException e, JsonParser p, FormatRule rule) {
      // A limit exception carries no location: the parser's is where it stopped.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentTokenLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      return new Problem(file, "", "", line, column, rule, String.valueOf(e.getOriginalMessage()));
    }
  }
}
