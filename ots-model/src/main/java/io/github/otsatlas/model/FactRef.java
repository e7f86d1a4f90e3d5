package io.github.otsatlas.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Names one fact of a corpus by its kind and id, as {@code membership:uzb-ots-member} or
 * {@code state:TUR}. Immutable and thread-safe; {@link #parse} inverts {@link #toString()}.
 *
 * @param kind the kind of fact, not null
 * @param id the fact's id within its kind, not null
 */
public record FactRef(Kind kind, String id) implements Comparable<FactRef>, java.io.Serializable {

  /** The kinds of fact, in the order a corpus lists them. */
  public enum Kind {
    /** A {@link State}. */
    STATE,
    /** An {@link Organization}. */
    ORGANIZATION,
    /** A {@link Membership}. */
    MEMBERSHIP,
    /** A {@link Corridor}. */
    CORRIDOR,
    /** A {@link Summit}. */
    SUMMIT,
    /** A {@link Meeting}: not a summit. */
    MEETING,
    /** An {@link Agreement}. */
    AGREEMENT,
    /** An {@link Exercise}. */
    EXERCISE,
    /** A {@link RecognitionAct}. */
    RECOGNITION,
    /** A {@link Source}: not a fact, but named the same way in evidence and errors. */
    SOURCE;

    /** Returns the lower-case name used in {@link FactRef#toString()}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Creates the reference; both parts are required. */
  public FactRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /**
   * Parses {@code kind:id}, such as {@code summit:ots-summit-11-bishkek}.
   *
   * @throws IllegalArgumentException if the kind is not one of {@link Kind}
   */
  public static FactRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("invalid fact reference '" + text + "': expected kind:id");
    }
    String kind = text.substring(0, colon);
    for (Kind k : Kind.values()) {
      if (k.label().equals(kind)) {
        return new FactRef(k, text.substring(colon + 1));
      }
    }
    throw new IllegalArgumentException("invalid fact reference '" + text
        + "': kind must be state, organization, membership, corridor, summit, meeting, agreement, exercise, recognition or source");
  }

  @Override
  public int compareTo(FactRef o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return kind.label() + ":" + id;
  }
}
