package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A state: its names, its recognition, and the citations that name it. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class State implements Fact {

  /** Returns the state's id (ISO 3166-1 alpha-3, or a user-assigned {@code X..} code). */
  public abstract StateId id();

  /** Returns the name the corpus uses. */
  public abstract String name();

  /** Returns other names the sources use (Turkey, Turkiye for Türkiye). */
  public abstract List<String> aliases();

  /** Returns whether the state is generally recognised or de facto. */
  public abstract Recognition recognition();

  /** Returns the states that, according to the sources, recognise a de facto state. */
  public abstract List<StateId> recognizedBy();

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /** Returns its claims: name, each alias, recognition, each state recognising it. */
  @Override
  public List<Claim> claims() {
    return Facts.claims().add(Attribute.NAME, name()).addEach(Attribute.ALIASES, aliases())
        .add(Attribute.RECOGNITION, recognition() == Recognition.UNKNOWN ? Optional.empty() : Optional.of(recognition())).addEach(Attribute.RECOGNIZED_BY, recognizedBy())
        .build();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.STATE, id().code());
  }

  /** Returns whether {@code name} is this state's name or one of its aliases, ignoring case. */
  public boolean isNamed(String name) {
    return name().equalsIgnoreCase(name) || aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    Facts.requireText(ref(), "name", name());
    Facts.requireTexts(ref(), "aliases", aliases());
  }

  /** Returns a copy with other citations. */
  public abstract State withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link State}. */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }
}
