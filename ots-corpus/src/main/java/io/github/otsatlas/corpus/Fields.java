package io.github.otsatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.SourceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object strictly, reporting every problem (missing, null,
 * wrong type, bad value, unknown field) against the record it belongs to. A getter that
 * fails returns {@code null} or empty and clears {@link #ok()}; the caller builds the
 * record only when everything was read.
 */
final class Fields {
  private final ObjectNode node;
  private final String file;
  private final String pointer;
  private final int line;
  private final int column;
  private final List<Problem> problems;
  private final Set<String> read = new HashSet<>();
  private String record;
  private boolean ok = true;

  Fields(ObjectNode node, String file, String pointer, int line, int column, List<Problem> problems) {
    this(node, file, pointer, line, column, problems, "");
  }

  private Fields(ObjectNode node, String file, String pointer, int line, int column,
      List<Problem> problems, String record) {
    this.node = node;
    this.file = file;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problems = problems;
    this.record = record;
  }

  boolean ok() {
    return ok;
  }

  String record() {
    return record;
  }

  void setRecord(String id) {
    this.record = id == null ? "" : id;
  }

  String pointer() {
    return pointer;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  void problem(String at, String rule, String message) {
    ok = false;
    problems.add(new Problem(file, record, pointer + at, line, column, rule, message));
  }

  /** Reads a required field that must be a string. */
  String text(String name) {
    JsonNode v = field(name, true);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      problem("/" + name, "wrong-type", "'" + name + "' must be a string, not " + kind(v));
      return null;
    }
    return v.textValue();
  }

  Optional<String> optText(String name) {
    return node.has(name) ? Optional.ofNullable(text(name)) : markRead(name);
  }

  /** Reads a required string and parses it; a parse failure is reported under {@code rule}. */
  <T> T parse(String name, Function<String, T> parser, String rule) {
    String s = text(name);
    return s == null ? null : convert(name, s, parser, rule);
  }

  <T> Optional<T> optParse(String name, Function<String, T> parser, String rule) {
    return node.has(name) ? Optional.ofNullable(parse(name, parser, rule)) : markRead(name);
  }

  /** Reads a required date field: a partial date, or {@code "unknown"} (empty). */
  Optional<PartialDate> dateOrUnknown(String name) {
    String s = text(name);
    if (s == null || s.equals("unknown")) {
      return Optional.empty();
    }
    return Optional.ofNullable(convert(name, s, PartialDate::parse, "bad-date"));
  }

  /** Reads an optional date field, which may not be {@code "unknown"} (it is then omitted). */
  Optional<PartialDate> optDate(String name) {
    return optParse(name, PartialDate::parse, "bad-date");
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return parse(name, s -> enumConstant(type, s), "bad-value");
  }

  /** Parses an enum constant, naming the allowed values when the text is none of them. */
  static <E extends Enum<E>> E enumConstant(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName()
          + ": expected one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }

  Optional<Integer> optInt(String name) {
    if (!node.has(name)) {
      return markRead(name);
    }
    JsonNode v = field(name, true);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isInt()) {
      problem("/" + name, "wrong-type", "'" + name + "' must be a whole number, not " + kind(v));
      return Optional.empty();
    }
    return Optional.of(v.intValue());
  }

  /** Reads an optional array of strings (missing means empty), parsing each element. */
  <T> List<T> list(String name, Function<String, T> parser, String rule) {
    List<T> out = new ArrayList<>();
    JsonNode v = arrayField(name);
    if (v == null) {
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual()) {
        problem("/" + name + "/" + i, e.isNull() ? "null-value" : "wrong-type",
            "elements of '" + name + "' must be strings, not " + kind(e));
      } else {
        T t = convert(name + "/" + i, e.textValue(), parser, rule);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Reads an array of objects; each becomes a child reader with its own pointer. */
  List<Fields> objects(String name, boolean required) {
    List<Fields> out = new ArrayList<>();
    if (required && !node.has(name)) {
      field(name, true);
      return out;
    }
    JsonNode v = arrayField(name);
    if (v == null) {
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isObject()) {
        problem("/" + name + "/" + i, e.isNull() ? "null-value" : "wrong-type",
            "elements of '" + name + "' must be objects, not " + kind(e));
      } else {
        out.add(new Fields((ObjectNode) e, file, pointer + "/" + name + "/" + i, line, column,
            problems, record));
      }
    }
    return out;
  }

  /** Reads the required, non-empty {@code citations} array. */
  List<Citation> citations() {
    List<Citation> out = new ArrayList<>();
    List<Fields> items = objects("citations", true);
    if (items.isEmpty() && node.has("citations")) {
      problem("/citations", "invalid-record", "every record needs at least one citation");
    }
    for (Fields c : items) {
      SourceId source = c.parse("source", SourceId::of, "bad-id");
      String quote = c.text("quote");
      Optional<String> prefix = c.optText("prefix");
      Optional<String> suffix = c.optText("suffix");
      c.finish();
      if (c.ok() && quote != null && source != null) {
        try {
          out.add(Citation.builder().source(source).quote(quote).prefix(prefix).suffix(suffix).build());
        } catch (IllegalArgumentException e) {
          c.problem("", "invalid-record", e.getMessage());
        }
      }
      ok &= c.ok();
    }
    return out;
  }

  /** Reports every field of the object that no getter asked for. */
  void finish() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!read.contains(n)) {
        problem("/" + n, "unknown-field", "unknown field '" + n + "'");
      }
    }
  }

  /** Folds a child's success into this reader's. */
  void absorb(Fields child) {
    ok &= child.ok();
  }

  private <T> T convert(String name, String s, Function<String, T> parser, String rule) {
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException e) {
      problem("/" + name, rule, e.getMessage());
      return null;
    }
  }

  private JsonNode arrayField(String name) {
    if (!node.has(name)) {
      read.add(name);
      return null;
    }
    JsonNode v = field(name, true);
    if (v != null && !v.isArray()) {
      problem("/" + name, "wrong-type", "'" + name + "' must be an array, not " + kind(v));
      return null;
    }
    return v;
  }

  private JsonNode field(String name, boolean required) {
    read.add(name);
    JsonNode v = node.get(name);
    if (v == null) {
      if (required) {
        problem("/" + name, "missing-field", "required field '" + name + "' is missing");
      }
      return null;
    }
    if (v.isNull()) {
      problem("/" + name, "null-value", "'" + name + "' is null: omit an absent optional field instead");
      return null;
    }
    return v;
  }

  private <T> Optional<T> markRead(String name) {
    read.add(name);
    return Optional.empty();
  }

  private static String kind(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
