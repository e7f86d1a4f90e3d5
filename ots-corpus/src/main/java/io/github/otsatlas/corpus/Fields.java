package io.github.otsatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Rule;
import io.github.otsatlas.model.RuleCode;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.SourceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private final Problems problems;
  private final Map<Object, Object> canonical;
  private final Set<String> read = new HashSet<>();
  private String record;
  private boolean ok = true;

  Fields(ObjectNode node, String file, String pointer, int line, int column, Problems problems,
      Map<Object, Object> canonical) {
    this(node, file, pointer, line, column, problems, canonical, "");
  }

  private Fields(ObjectNode node, String file, String pointer, int line, int column,
      Problems problems, Map<Object, Object> canonical, String record) {
    this.node = node;
    this.file = file;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problems = problems;
    this.canonical = canonical;
    this.record = record;
  }

  /**
   * Returns the one instance of a value equal to {@code value} that this load has seen: a
   * corpus repeats the same claims and citations across many records, and sharing them is
   * what keeps a large load within its heap.
   */
  @SuppressWarnings("unchecked")
  <T> T canonical(T value) {
    return (T) canonical.computeIfAbsent(value, v -> v);
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

  void problem(String at, RuleCode rule, String message) {
    ok = false;
    problems.add(new Problem(file, record, pointer + at, line, column, rule, message));
  }

  /** Returns whether the object has the field (without reading it). */
  boolean has(String name) {
    return node.has(name);
  }

  /** Reads a required field that must be a string. */
  String text(String name) {
    JsonNode v = field(name, true);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      problem("/" + name, FormatRule.WRONG_TYPE, "'" + name + "' must be a string, not " + kind(v));
      return null;
    }
    // ids and notes are one of a kind; every other text (a quote, a date, a party) recurs
    return name.equals(Format.ID) || name.equals(Format.NOTE) ? v.textValue() : canonical(v.textValue());
  }

  Optional<String> optText(String name) {
    return node.has(name) ? Optional.ofNullable(text(name)) : markRead(name);
  }

  /** Reads a required string and parses it; a parse failure is reported under {@code rule}. */
  <T> T parse(String name, Function<String, T> parser, RuleCode rule) {
    String s = text(name);
    return s == null ? null : convert(name, s, parser, rule);
  }

  <T> Optional<T> optParse(String name, Function<String, T> parser, RuleCode rule) {
    return node.has(name) ? Optional.ofNullable(parse(name, parser, rule)) : markRead(name);
  }

  /** Reads a required date field: a partial date, or {@code Format.UNKNOWN} (empty). */
  Optional<PartialDate> dateOrUnknown(String name) {
    String s = text(name);
    if (s == null || s.equals(Format.UNKNOWN)) {
      return Optional.empty();
    }
    return Optional.ofNullable(convert(name, s, PartialDate::parse, FormatRule.BAD_DATE));
  }

  /** Reads an optional date field, which may not be {@code Format.UNKNOWN} (it is then omitted). */
  Optional<PartialDate> optDate(String name) {
    return optParse(name, PartialDate::parse, FormatRule.BAD_DATE);
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return parse(name, s -> enumConstant(type, s), FormatRule.BAD_VALUE);
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
      problem("/" + name, FormatRule.WRONG_TYPE, "'" + name + "' must be a whole number, not " + kind(v));
      return Optional.empty();
    }
    return Optional.of(v.intValue());
  }

  /** Reads an optional boolean field; missing means {@code false}, and {@code false} is not written. */
  boolean optFlag(String name) {
    if (!node.has(name)) {
      markRead(name);
      return false;
    }
    JsonNode v = field(name, true);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      problem("/" + name, FormatRule.WRONG_TYPE, "'" + name + "' must be true or false, not " + kind(v));
      return false;
    }
    if (!v.booleanValue()) {
      problem("/" + name, FormatRule.BAD_VALUE, "'" + name + "' is false: omit it instead");
    }
    return v.booleanValue();
  }

  /** Reads an optional array of strings (missing means empty), parsing each element. */
  <T> List<T> list(String name, Function<String, T> parser, RuleCode rule) {
    List<T> out = new ArrayList<>();
    Set<T> seen = new HashSet<>();
    JsonNode v = arrayField(name);
    if (v == null) {
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual()) {
        problem("/" + name + "/" + i, e.isNull() ? FormatRule.NULL_VALUE : FormatRule.WRONG_TYPE,
            "elements of '" + name + "' must be strings, not " + kind(e));
      } else {
        T t = convert(name + "/" + i, e.textValue(), parser, rule);
        if (t != null && !seen.add(t) && !name.equals(io.github.otsatlas.model.Attribute.ROUTE.fieldName())) {
          // a list is a set of values, each a claim of its own (a route may revisit a place)
          problem("/" + name + "/" + i, name.equals(Format.SUPPORTS) ? FormatRule.BAD_CLAIM : FormatRule.BAD_VALUE,
              "'" + e.textValue() + "' is listed twice in '" + name + "'");
        } else if (t != null) {
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
        problem("/" + name + "/" + i, e.isNull() ? FormatRule.NULL_VALUE : FormatRule.WRONG_TYPE,
            "elements of '" + name + "' must be objects, not " + kind(e));
      } else {
        out.add(new Fields((ObjectNode) e, file, pointer + "/" + name + "/" + i, line, column,
            problems, canonical, record));
      }
    }
    return out;
  }

  /**
   * Reads the required, non-empty {@code citations} array. Each citation's {@code supports}
   * names claims of a record that is not built yet: they are resolved by {@link #resolve}.
   */
  List<PendingCitation> citations() {
    return citations(false);
  }

  /**
   * Reads the required {@code citations} array, which may be empty only when {@code
   * mayBeEmpty} (an organization whose own claims are all classified, its names cited).
   */
  List<PendingCitation> citations(boolean mayBeEmpty) {
    List<PendingCitation> out = new ArrayList<>();
    List<Fields> items = objects(Format.CITATIONS, true);
    if (items.isEmpty() && node.has(Format.CITATIONS) && !mayBeEmpty) {
      problem("/" + Format.CITATIONS, FormatRule.INVALID_RECORD, "every record needs at least one citation");
    }
    for (Fields c : items) {
      SourceId source = c.parse(Format.SOURCE, SourceId::of, FormatRule.BAD_ID);
      String quote = c.text(Format.QUOTE);
      Optional<String> prefix = c.optText(Format.PREFIX);
      Optional<String> suffix = c.optText(Format.SUFFIX);
      List<String> supports = c.list(Format.SUPPORTS, s -> s, FormatRule.BAD_CLAIM);
      if (supports.isEmpty() && c.node.has(Format.SUPPORTS)) {
        c.problem("/" + Format.SUPPORTS, FormatRule.BAD_CLAIM,
            "a citation supports at least one claim: name the fields its quote states");
      } else if (!c.node.has(Format.SUPPORTS)) {
        c.field(Format.SUPPORTS, true);
      }
      Optional<PartialDate> asOf = c.optDate(Format.AS_OF);
      Optional<Role> completeListOf = c.optParse(Format.COMPLETE_LIST_OF,
          s -> enumConstant(Role.class, s), FormatRule.BAD_VALUE);
      c.finish();
      if (c.ok() && quote != null && source != null) {
        out.add(new PendingCitation(c, Citation.builder().source(source).quote(quote).prefix(prefix)
            .suffix(suffix).asOf(asOf).completeListOf(completeListOf), supports));
      }
      ok &= c.ok();
    }
    return out;
  }

  /** A citation read from the file whose {@code supports} entries are not resolved yet. */
  static final class PendingCitation {
    final Fields at;
    final Citation.Builder builder;
    final List<String> supports;

    PendingCitation(Fields at, Citation.Builder builder, List<String> supports) {
      this.at = at;
      this.builder = builder;
      this.supports = supports;
    }
  }

  /**
   * A stand-in citation for a record built only to compute its claims ({@link Cited#claims()}
   * is the one definition of what a record claims), before its real citations are resolved
   * against them.
   */
  static final Citation PROBE = Citation.of(SourceId.of("probe"), "probe",
      List.of(new Claim(Attribute.NAME, "probe")));

  /**
   * Resolves the {@code supports} entries of each citation against the claims a record makes:
   * {@code field} names the record's one value of a single-valued attribute, {@code
   * field=value} one element of a list attribute. Reports every entry that names no attribute,
   * uses the wrong form, repeats, or names a value the record does not have.
   *
   * @return the citations, or an empty list after reporting problems
   */
  List<Citation> resolve(List<PendingCitation> pending, Cited probe) {
    List<Citation> out = new ArrayList<>();
    List<Claim> made = probe.claims();
    for (PendingCitation p : pending) {
      Set<Claim> claims = new java.util.LinkedHashSet<>();
      for (int i = 0; i < p.supports.size(); i++) {
        String entry = p.supports.get(i);
        String at = "/" + Format.SUPPORTS + "/" + i;
        int eq = entry.indexOf(Format.CLAIM_VALUE);
        String name = eq < 0 ? entry : entry.substring(0, eq);
        Optional<Attribute> attribute = Attribute.ofField(name);
        Claim claim = null;
        if (attribute.isEmpty()) {
          p.at.problem(at, FormatRule.BAD_CLAIM, "'" + entry + "' names no attribute: expected one of "
              + made.stream().map(c -> c.attribute().fieldName()).distinct().toList()
              + " (a list attribute as field=value)");
        } else if (attribute.get().isList() && eq < 0) {
          p.at.problem(at, FormatRule.BAD_CLAIM, "'" + name + "' is a list: name one of its values, as "
              + name + "=value");
        } else if (!attribute.get().isList() && eq >= 0 && count(made, attribute.get()) < 2) {
          p.at.problem(at, FormatRule.BAD_CLAIM, "'" + name + "' holds one value: write '" + name
              + "' alone");
        } else if (!attribute.get().isList() && eq < 0 && count(made, attribute.get()) >= 2) {
          p.at.problem(at, FormatRule.BAD_CLAIM, "'" + name + "' holds several values: name the one"
              + " the quote states, as " + name + "=value");
        } else if (eq >= 0) {
          if (eq == entry.length() - 1) {
            p.at.problem(at, FormatRule.BAD_CLAIM, "'" + entry + "' names no value");
          } else {
            claim = new Claim(attribute.get(), entry.substring(eq + 1));
          }
        } else {
          claim = made.stream().filter(c -> c.attribute() == attribute.get()).findFirst()
              .orElse(null);
          if (claim == null) {
            p.at.problem(at, Rule.CLAIM_EXISTS, "cites '" + name + "', but the record has no "
                + name + " (an unknown value is no claim)");
          }
        }
        if (claim != null) {
          // a repeated entry was reported by list(); the set keeps one
          claims.add(canonical(claim));
        }
      }
      ok &= p.at.ok();
      if (p.at.ok()) {
        out.add(canonical(p.builder.addAllSupports(claims).build()));
      }
    }
    return ok ? out : List.of();
  }

  private static int count(List<Claim> claims, Attribute attribute) {
    int n = 0;
    for (Claim c : claims) {
      if (c.attribute() == attribute) {
        n++;
      }
    }
    return n;
  }

  /**
   * Reads a single-valued field that sources may dispute: a string (one value; for a date,
   * {@code Format.UNKNOWN} gives none), or an array of two or more distinct values, one per
   * claim of sources that disagree.
   *
   * @param required whether the field must be present
   */
  <T> List<T> values(String name, Function<String, T> parser, RuleCode rule, boolean required,
      boolean unknownAllowed) {
    if (!node.has(name) && !required) {
      read.add(name);
      return List.of();
    }
    JsonNode v = field(name, required);
    if (v == null) {
      return List.of();
    }
    if (v.isTextual()) {
      if (unknownAllowed && v.textValue().equals(Format.UNKNOWN)) {
        return List.of();
      }
      T t = convert(name, canonical(v.textValue()), parser, rule);
      return t == null ? List.of() : List.of(t);
    }
    if (!v.isArray()) {
      problem("/" + name, FormatRule.WRONG_TYPE, "'" + name + "' must be a string, or an array of the"
          + " values sources dispute, not " + kind(v));
      return List.of();
    }
    if (v.size() < 2) {
      problem("/" + name, FormatRule.WRONG_TYPE, "'" + name + "' as an array lists the values sources"
          + " dispute, two or more: write a single value as a string");
      return List.of();
    }
    List<T> out = list(name, s -> {
      if (s.equals(Format.UNKNOWN)) {
        throw new IllegalArgumentException("'unknown' is no value a source claims: leave it out of '"
            + name + "'");
      }
      return parser.apply(s);
    }, rule);
    return out;
  }

  /** Reports every field of the object that no getter asked for. */
  void finish() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!read.contains(n)) {
        problem("/" + n, FormatRule.UNKNOWN_FIELD, "unknown field '" + n + "'");
      }
    }
  }

  /** Folds a child's success into this reader's. */
  void absorb(Fields child) {
    ok &= child.ok();
  }

  private <T> T convert(String name, String s, Function<String, T> parser, RuleCode rule) {
    try {
      T value = parser.apply(s);
      return name.equals(Format.ID) || value == null ? value : canonical(value);
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
      problem("/" + name, FormatRule.WRONG_TYPE, "'" + name + "' must be an array, not " + kind(v));
      return null;
    }
    return v;
  }

  JsonNode field(String name, boolean required) {
    read.add(name);
    JsonNode v = node.get(name);
    if (v == null) {
      if (required) {
        problem("/" + name, FormatRule.MISSING_FIELD, "required field '" + name + "' is missing");
      }
      return null;
    }
    if (v.isNull()) {
      problem("/" + name, FormatRule.NULL_VALUE, "'" + name + "' is null: omit an absent optional field instead");
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
