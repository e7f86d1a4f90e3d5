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

  /** Returns the parties a source names as the corridor's stakeholders. */
  public abstract List<Party> stakeholders();

  /**
   * Returns the corridors a source says it can be connected to: a possibility the source
   * raises, not a connection ({@link #connectsTo()}).
   */
  public abstract List<CorridorId> canConnectTo();

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /**
   * Returns its claims: name, each alias, kind, each mode, the route (one claim for the whole
   * order, written {@code state:CHN > state:KAZ > ...}), each place crossed, a known status,
   * and each promoter, initiator, bypass and connection.
   */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims().add(Attribute.NAME, name())
        .addEach(Attribute.ALIASES, aliases()).add(Attribute.KIND, kind() == CorridorKind.UNKNOWN ? Optional.empty() : Optional.of(kind()))
        .addEach(Attribute.MODES, modes());
    if (!route().isEmpty()) {
      out.add(Attribute.ROUTE, routeText(route()));
    }
    out.addEach(Attribute.CROSSES, crosses());
    if (status() != CorridorStatus.UNKNOWN) {
      out.add(Attribute.STATUS, status());
    }
    return out.addParties(Attribute.PROMOTERS, promoters()).addParties(Attribute.INITIATORS, initiators())
        .addEach(Attribute.BYPASSES, bypasses()).addEach(Attribute.CONNECTS_TO, connectsTo())
        .addParties(Attribute.STAKEHOLDERS, stakeholders()).addEach(Attribute.CAN_CONNECT_TO, canConnectTo()).build();
  }

  /** Returns the text of a route claim: the waypoints in order, joined by {@code " > "}. */
  public static String routeText(List<Waypoint> route) {
    return route.stream().map(Waypoint::toString).collect(java.util.stream.Collectors.joining(" > "));
  }

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
    Facts.requireText(ref(), "name", name());
    Facts.requireTexts(ref(), "aliases", aliases());
    Facts.requireDistinct(ref(), "stakeholders", stakeholders());
    Facts.requireDistinct(ref(), "canConnectTo", canConnectTo());
    for (CorridorId other : canConnectTo()) {
      if (other.equals(id()) || connectsTo().contains(other)) {
        throw new IllegalArgumentException(ref() + ": canConnectTo " + other
            + " names itself or a corridor it already connects to");
      }
    }
  }

  /** Returns a copy with other citations. */
  public abstract Corridor withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Corridor}. */
  public static final class Builder extends ImmutableCorridor.Builder {
    Builder() {}
  }
}
