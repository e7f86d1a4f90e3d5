package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A military exercise, or a series of drills a source names together: its name where a source
 * gives one, its date, its host, the parties that organised it and took part, the organization
 * under whose framework it was held, and whether it was held or only proposed. Immutable and
 * thread-safe.
 *
 * <p>Its claims: {@code name} (in the words of a quote that supports it, {@link
 * Rule#VALUE_QUOTED}), {@code status} (unless {@code UNKNOWN}), {@code date} (several when
 * sources disagree), {@code hostState}, each of {@code organizers} and {@code participants},
 * and {@code framework}. Its {@link #label()} is the curators' label, no claim: an exercise a
 * source does not name ("the joint military exercises between Central Asia and Azerbaijan")
 * still has one.
 */
@Value.Immutable
public abstract class Exercise implements Fact {

  /** Returns the exercise's id. */
  public abstract ExerciseId id();

  /** Returns the curators' label: a name to show, not a claim. */
  public abstract String label();

  /** Returns its name as a source gives it ("Rubezh-2025"), if one does. */
  public abstract Optional<String> name();

  /** Returns whether it was held or proposed; {@code UNKNOWN} when no source says. */
  public abstract ExerciseStatus status();

  /** Returns every date the sources claim, each once: none when unknown, two or more when they disagree. */
  public abstract List<PartialDate> dates();

  /** Returns the date the sources agree on ({@link PartialDate#agreed}); empty when unknown or disputed. */
  public Optional<PartialDate> date() {
    return PartialDate.agreed(dates());
  }

  /** Returns every host state the sources claim, each once (two or more when they disagree). */
  public abstract List<StateId> hostStates();

  /** Returns the host state, when exactly one is claimed; empty when unknown or disputed. */
  public Optional<StateId> hostState() {
    return Facts.agreed(hostStates());
  }

  /** Returns the parties the sources say organised it. */
  public abstract List<Party> organizers();

  /** Returns the parties the sources say took part (or held it jointly). */
  public abstract List<Party> participants();

  /** Returns the organization under whose framework it was held, if a source says. */
  public abstract Optional<OrganizationId> framework();

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /** Returns its claims: name, a known status, dates, host states, organizers, participants, framework. */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims().add(Attribute.NAME, name());
    if (status() != ExerciseStatus.UNKNOWN) {
      out.add(Attribute.STATUS, status());
    }
    return out.addEach(Attribute.DATE, dates()).addEach(Attribute.HOST_STATE, hostStates())
        .addParties(Attribute.ORGANIZERS, organizers()).addParties(Attribute.PARTICIPANTS, participants())
        .add(Attribute.FRAMEWORK, framework()).build();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.EXERCISE, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    Facts.requireText(ref(), "label", label());
    name().ifPresent(n -> Facts.requireText(ref(), "name", n));
    Facts.requireDistinct(ref(), "date", dates());
    Facts.requireDistinct(ref(), "hostState", hostStates());
    Facts.requireDistinct(ref(), "organizers", organizers());
    Facts.requireDistinct(ref(), "participants", participants());
  }

  /** Returns a copy with other citations. */
  public abstract Exercise withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exercise}: id, label, status and one citation are required. */
  public static final class Builder extends ImmutableExercise.Builder {
    Builder() {}

    /** Adds a date. */
    public final Builder date(PartialDate date) {
      addDates(date);
      return this;
    }

    /** Adds a host state. */
    public final Builder hostState(StateId state) {
      addHostStates(state);
      return this;
    }
  }
}
