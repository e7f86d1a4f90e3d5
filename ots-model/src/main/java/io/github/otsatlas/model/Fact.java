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

  /** Returns the curator's free-text note, if any; never interpreted. */
  Optional<String> note();
}
