package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * A record of the corpus that sources support: a state, organization, membership,
 * corridor or summit. Every fact carries at least one {@link Citation}.
 */
public interface Fact {

  /** Returns the reference that names this fact, such as {@code membership:uzb-ots-member}. */
  FactRef ref();

  /** Returns the citations that support this fact: at least one, in the curated order. */
  List<Citation> citations();

  /**
   * Returns every citation of this fact, each once: its own, then those of its parts (an
   * organization's dated names, a summit's outcomes). This is what supports the fact as a
   * whole; {@link #citations()} supports the record alone.
   */
  default List<Citation> allCitations() {
    return citations();
  }

  /** Returns the curator's free-text note, if any; never interpreted. */
  Optional<String> note();
}
