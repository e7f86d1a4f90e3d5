package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A transport corridor, railway, choke point or customs corridor: its names, its ordered
 * route, the modes it carries, its status, who promotes it and what it bypasses.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Corridor implements Fact {

  /** Returns the corridor's id. */
  public abstract CorridorId id();

  /** Returns the name the corpus uses (Middle Corridor). */
  public abstract String name();

  /** Returns other names (Trans-Caspian International Transport Route). */
  public abstract List<String> aliases();

  /** Returns what kind of route it is. */
  public abstract CorridorKind kind();

  /** Returns the modes a source says it carries; empty if none says. */
  public abstract Set<Mode> modes();

  /** Returns the route in order from one end to the other, as a source gives it. */
  public abstract List<Waypoint> route();

  /** Returns places a source says it passes without giving their order. */
  public abstract List<Waypoint> crosses();

  /** Returns the status as its sources present it. */
  public abstract CorridorStatus status();

  /** Returns the parties that promote it. */
  public abstract List<Party> promoters();

  /** Returns the parties that initiated it. */
  public abstract List<Party> initiators();

  /** Returns the places a source says it bypasses. */
  public abstract List<Waypoint> bypasses();

  /** Returns the corridors it connects to. */
  public abstract List<CorridorId> connectsTo();

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.CORRIDOR, id().value());
  }

  /** Returns whether the corridor passes {@code place}: on its route or among what it crosses. */
  public boolean passes(Waypoint place) {
    return route().contains(place) || crosses().contains(place);
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Corridor}. */
  public static final class Builder extends ImmutableCorridor.Builder {
    Builder() {}
  }
}
