package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A summit or meeting: the organization that held it (if any), its ordinal where known,
 * whether it was formal, its (partial) date, its host, its status as of its source, its
 * outcomes and the attendance reported. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Summit implements Fact {

  /** Returns the summit's id. */
  public abstract SummitId id();

  /** Returns the organization whose summit it is, if any. */
  public abstract Optional<OrganizationId> organization();

  /** Returns the summit's name as the corpus gives it. */
  public abstract String name();

  /** Returns the ordinal ({@code 11} for the 11th summit), if a source gives it. */
  public abstract Optional<Integer> ordinal();

  /** Returns whether it was formal, informal, or unknown. */
  public abstract SummitFormat format();

  /** Returns the date at the precision known, or empty if unknown. */
  public abstract Optional<PartialDate> date();

  /** Returns the host city, if known. */
  public abstract Optional<String> hostCity();

  /** Returns the host state, if known. */
  public abstract Optional<StateId> hostState();

  /** Returns the status as of the cited source. */
  public abstract SummitStatus status();

  /** Returns the outcomes reported. */
  public abstract List<Outcome> outcomes();

  /** Returns the parties reported as attending. */
  public abstract List<Party> attendance();

  /** Returns its own citations, then those of its {@code outcomes}, each once. */
  @Override
  public List<Citation> allCitations() {
    java.util.Set<Citation> all = new java.util.LinkedHashSet<>(citations());
    outcomes().forEach(p -> all.addAll(p.citations()));
    return List.copyOf(all);
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.SUMMIT, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    if (ordinal().isPresent() && ordinal().get() < 1) {
      throw new IllegalArgumentException(ref() + " has ordinal " + ordinal().get() + ": expected 1 or more");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Summit}. */
  public static final class Builder extends ImmutableSummit.Builder {
    Builder() {}
  }
}
