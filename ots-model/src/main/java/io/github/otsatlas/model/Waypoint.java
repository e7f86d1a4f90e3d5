package io.github.otsatlas.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A point on a corridor's route: a state, a sea, a region or a city. Seas, regions and
 * cities are named, not identified: they match by exact name. Written {@code state:AZE},
 * {@code sea:Caspian Sea}, {@code region:South Caucasus}, {@code city:Baku};
 * {@link #parse} inverts {@link #toString()}. Immutable and thread-safe.
 *
 * @param kind what kind of place, not null
 * @param name the state code or the place's name, not blank
 */
public record Waypoint(Kind kind, String name) {

  /** The kinds of place on a route. */
  public enum Kind {
    /** A state, named by its {@link StateId} code. */
    STATE,
    /** A sea. */
    SEA,
    /** A region. */
    REGION,
    /** A city. */
    CITY;

    String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Creates the waypoint; a state waypoint's name must be a valid state code. */
  public Waypoint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (Whitespace.isBlank(name)) {
      throw new IllegalArgumentException("a waypoint's name must not be blank");
    }
    if (kind == Kind.STATE) {
      StateId.of(name);
    }
  }

  /** Returns the waypoint of a state. */
  public static Waypoint of(StateId state) {
    return new Waypoint(Kind.STATE, state.code());
  }

  /** Returns the waypoint of a sea, by name ({@code "Caspian Sea"}). */
  public static Waypoint sea(String name) {
    return new Waypoint(Kind.SEA, name);
  }

  /**
   * Parses {@code kind:name}.
   *
   * @throws IllegalArgumentException if the kind is not state, sea, region or city
   */
  public static Waypoint parse(String text) {
    int colon = text.indexOf(':');
    if (colon > 0) {
      String prefix = text.substring(0, colon);
      for (Kind k : Kind.values()) {
        if (k.prefix().equals(prefix)) {
          return new Waypoint(k, text.substring(colon + 1));
        }
      }
    }
    throw new IllegalArgumentException("invalid waypoint '" + text
        + "': expected state:CODE, sea:NAME, region:NAME or city:NAME");
  }

  /** Returns the state, if this waypoint is one. */
  public Optional<StateId> state() {
    return kind == Kind.STATE ? Optional.of(StateId.of(name)) : Optional.empty();
  }

  @Override
  public String toString() {
    return kind.prefix() + ":" + name;
  }
}
