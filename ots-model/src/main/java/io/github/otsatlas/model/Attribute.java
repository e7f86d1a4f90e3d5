package io.github.otsatlas.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A field of a fact whose values are {@linkplain Claim claims}: what a source states about the
 * fact, such as a membership's {@code start} or a corridor's {@code bypasses}. The name of each
 * attribute is also the name of its field in the corpus files ({@link #fieldName()}); a list
 * attribute ({@link #isList()}) makes one claim per element.
 *
 * <p>Which attributes a kind of fact has is given by {@link Fact#claims()} of each type; the
 * corpus format documents the table.
 */
public enum Attribute {
  /** A state's or corridor's name, or a dated name of an organization. */
  NAME("name", false),
  /** Another name of a state, organization or corridor. */
  ALIASES("aliases", true),
  /** A state's {@link Recognition}. */
  RECOGNITION("recognition", false),
  /** A state that recognises a de facto state. */
  RECOGNIZED_BY("recognizedBy", true),
  /** An organization's, corridor's or outcome's kind. */
  KIND("kind", false),
  /** An organization's founding date. */
  FOUNDED("founded", false),
  /** An organization's headquarters. */
  HEADQUARTERS("headquarters", false),
  /** The organization an organization succeeded. */
  SUCCESSOR_OF("successorOf", false),
  /** The date from which an organization bore a name. */
  FROM("from", false),
  /** The summit that adopted an organization's name. */
  RENAMED_AT("renamedAt", false),
  /** A membership's member. */
  PARTY("party", false),
  /** A membership's or summit's organization. */
  ORGANIZATION("organization", false),
  /** A membership's role. */
  ROLE("role", false),
  /** A membership's start. */
  START("start", false),
  /** A membership's end, when dated. */
  END("end", false),
  /** How a membership ended. */
  END_REASON("endReason", false),
  /** The summit that granted a membership. */
  GRANTED_AT("grantedAt", false),
  /** A mode a corridor carries. */
  MODES("modes", true),
  /** A corridor's ordered route, one claim for the whole order. */
  ROUTE("route", false),
  /** A place a corridor passes without a stated order. */
  CROSSES("crosses", true),
  /** A corridor's or summit's status. */
  STATUS("status", false),
  /** A party that promotes a corridor. */
  PROMOTERS("promoters", true),
  /** A party that initiated a corridor. */
  INITIATORS("initiators", true),
  /** A place a corridor bypasses. */
  BYPASSES("bypasses", true),
  /** A corridor a corridor connects to. */
  CONNECTS_TO("connectsTo", true),
  /** A summit's ordinal. */
  ORDINAL("ordinal", false),
  /** Whether a summit was formal. */
  FORMAT("format", false),
  /** A summit's date. */
  DATE("date", false),
  /** A summit's host city. */
  HOST_CITY("hostCity", false),
  /** A summit's host state. */
  HOST_STATE("hostState", false),
  /** A party reported as attending a summit. */
  ATTENDANCE("attendance", true),
  /** A party an outcome concerns. */
  PARTIES("parties", true);

  private static final Map<String, Attribute> BY_FIELD = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Attribute::fieldName, Function.identity()));

  private final String fieldName;
  private final boolean list;

  Attribute(String fieldName, boolean list) {
    this.fieldName = fieldName;
    this.list = list;
  }

  /** Returns the attribute's field name in the corpus files and in {@link Claim#toString()}. */
  public String fieldName() {
    return fieldName;
  }

  /** Returns whether the attribute holds a list, each element a claim of its own. */
  public boolean isList() {
    return list;
  }

  /** Returns the attribute whose field is named {@code fieldName}, if there is one. */
  public static Optional<Attribute> ofField(String fieldName) {
    return Optional.ofNullable(BY_FIELD.get(fieldName));
  }

  /** Returns {@link #fieldName()}. */
  @Override
  public String toString() {
    return fieldName;
  }
}
