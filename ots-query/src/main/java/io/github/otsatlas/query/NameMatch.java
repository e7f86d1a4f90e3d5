package io.github.otsatlas.query;

import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact found by one of its names ({@link Atlas#lookup(String)}): the fact, the name as the
 * corpus records it, what kind of name it is and, for an organization's dated name, the period
 * in which the organization bore it. Immutable and thread-safe.
 *
 * <pre>{@code
 * NameMatch<Organization> m = atlas.organization("turkic council");
 * m.fact().id();    // OTS
 * m.kind();         // ALIAS
 * }</pre>
 *
 * @param fact the fact that bears the name, not null
 * @param name the name as recorded (its spelling, case and diacritics), not null
 * @param kind which of the fact's names it is, not null
 * @param bore for one of an organization's dated names, when the organization bore it;
 *     empty for every other kind of name
 * @param <T> the kind of fact
 */
public record NameMatch<T extends Fact>(T fact, String name, Kind kind, Optional<Period> bore) {

  /** Which of a fact's names matched. */
  public enum Kind {
    /** The fact's id ({@code TUR}, {@code OTS}, {@code middle-corridor}). */
    ID,
    /**
     * Its name: a state's, corridor's or summit's name, an organization's current name, an
     * agreement's or exercise's label, or the name a source gives an exercise.
     */
    NAME,
    /** One of an organization's dated names other than its current one. */
    FORMER_NAME,
    /** An alias, undated. */
    ALIAS
  }

  /** Checks that no part is null. */
  public NameMatch {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bore, "bore");
  }

  /** Returns this match typed as the fact's own class (checked by the caller). */
  <U extends Fact> NameMatch<U> as(Class<U> type) {
    return new NameMatch<>(type.cast(fact), name, kind, bore);
  }

  /** Returns {@code state:TUR by ALIAS 'Turkey'}, with the period of a dated name. */
  @Override
  public String toString() {
    return fact.ref() + " by " + kind + " '" + name + "'" + bore.map(p -> " " + p).orElse("");
  }
}
