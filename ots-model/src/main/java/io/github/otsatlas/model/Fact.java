package io.github.otsatlas.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A record of the corpus that sources support: a state, organization, membership,
 * corridor or summit. Its values are {@linkplain #claims() claims}; each is supported by a
 * {@link Citation} that names it, unless its attribute is one of {@link #classified()}.
 */
public interface Fact extends Cited {

  /** Returns the reference that names this fact, such as {@code membership:uzb-ots-member}. */
  FactRef ref();

  /**
   * Returns the attributes whose values are the curators' own classification, stated by no
   * source (a state's recognition as an ordinary state, say): their claims need no citation
   * and no citation may name them. Empty for memberships, whose every value is cited.
   */
  Set<Attribute> classified();

  /** Returns whether {@code claim} is one of this fact's claims that its attribute is classified. */
  default boolean isClassified(Claim claim) {
    return classified().contains(claim.attribute());
  }

  /**
   * Returns the parts of this fact that carry citations of their own (an organization's dated
   * names, a summit's outcomes), in their order; empty for the other kinds.
   */
  default List<? extends Cited> parts() {
    return List.of();
  }

  /**
   * Returns every citation of this fact, each once: its own, then those of its {@linkplain
   * #parts() parts}. This is what supports the fact as a whole; {@link #citations()} supports
   * the record alone.
   */
  default List<Citation> allCitations() {
    if (parts().isEmpty()) {
      return citations();
    }
    Set<Citation> all = new LinkedHashSet<>(citations());
    parts().forEach(p -> all.addAll(p.citations()));
    return List.copyOf(all);
  }

  /** Returns the curator's free-text note, if any; never interpreted. */
  Optional<String> note();
}
