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
  /** A state's, corridor's or exercise's name, or a dated name of an organization. */
  NAME("name", false),
  /** Another name of a state, organization or corridor. */
  ALIASES("aliases", true),
  /** A state's {@link Recognition}. */
  RECOGNITION("recognition", false),
  /** A state that recognises a de facto state. */
  RECOGNIZED_BY("recognizedBy", true),
  /** An organization's, corridor's, outcome's or agreement's kind. */
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
  /** A corridor's, summit's or exercise's status. */
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
  /** A summit's, agreement's or exercise's date. */
  DATE("date", false),
  /** A summit's host city, or where an agreement was signed. */
  HOST_CITY("hostCity", false),
  /** A summit's or exercise's host state, or where an agreement was signed. */
  HOST_STATE("hostState", false),
  /** A party reported as attending a summit. */
  ATTENDANCE("attendance", true),
  /** Each party a source reports as not attending a summit or meeting. */
  ABSENCE("absence", true),
  /** Each party a source reports as invited to a summit or meeting. */
  INVITED("invited", true),
  /** Each person or office a source names for a party at a summit or meeting ({@link Delegate#key()}). */
  DELEGATES("delegates", true),
  /** That a summit record stands for several summits known only by their host. */
  COLLECTIVE("collective", false),
  /** A party an outcome concerns, or a party to an agreement. */
  PARTIES("parties", true),
  /** A body that signed or adopted an agreement, in a source's words. */
  SIGNATORIES("signatories", true),
  /** The summit or meeting at which an agreement was signed or adopted. */
  ADOPTED_AT("adoptedAt", false),
  /** What an agreement is about, in a source's words. */
  SUBJECT("subject", false),
  /** A party that organised an exercise. */
  ORGANIZERS("organizers", true),
  /** A party that took part in an exercise. */
  PARTICIPANTS("participants", true),
  /** The organization under whose framework an exercise was held. */
  FRAMEWORK("framework", false),
  /** The state that recognised ({@link RecognitionAct}). */
  RECOGNIZER("recognizer", false),
  /** Each state recognised. */
  RECOGNIZED("recognized", true),
  /** The source's words for what was recognised, when it names no state. */
  RECOGNIZED_AS("recognizedAs", false),
  /** That the recognizer was the first to recognise. */
  FIRST("first", false),
  /** Each state a source says leads an organization ("the Russian-led CSTO"). */
  LED_BY("ledBy", true),
  /** Each state or organization a source says founded or established an organization. */
  FOUNDERS("founders", true),
  /** Each body of states that founded an organization, in the source's words ("heads of railway administrations from ..."). */
  FOUNDER_BODIES("founderBodies", true),
  /** Each party a source names as a stakeholder of a corridor. */
  STAKEHOLDERS("stakeholders", true),
  /** Each corridor a source says a corridor can be connected to: a possibility, not a connection. */
  CAN_CONNECT_TO("canConnectTo", true);

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

  /**
   * Returns whether the attribute's values are parties, written by their key ({@code
   * state:KAZ}, {@code organization:OTS}).
   */
  public boolean holdsParties() {
    return switch (this) {
      case PARTY, PROMOTERS, INITIATORS, ATTENDANCE, ABSENCE, INVITED, PARTIES, ORGANIZERS, PARTICIPANTS,
          FOUNDERS, STAKEHOLDERS -> true;
      default -> false;
    };
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
