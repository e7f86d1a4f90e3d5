package io.github.otsatlas.model;

/**
 * The three-valued answer to "does this hold?" over facts whose dates are partial.
 *
 * <p>{@code DEFINITELY} holds for every completion of the partial dates involved,
 * {@code NOT} for none, {@code POSSIBLY} for some but not all. The constants are declared
 * from strongest to weakest, so {@code compareTo} orders them that way. Combining answers
 * follows Kleene's strong three-valued logic.
 */
public enum Certainty {
  /** True for every completion of the partial dates. */
  DEFINITELY,
  /** True for some completions of the partial dates and false for others. */
  POSSIBLY,
  /** True for no completion of the partial dates. */
  NOT;

  /** Returns whether this answer is {@code DEFINITELY} or {@code POSSIBLY}. */
  public boolean isAtLeastPossible() {
    return this != NOT;
  }

  /** Returns the conjunction: the weaker of the two answers. */
  public Certainty and(Certainty other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Returns the disjunction: the stronger of the two answers. */
  public Certainty or(Certainty other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Returns the negation: {@code DEFINITELY} and {@code NOT} swap, {@code POSSIBLY} stays. */
  public Certainty not() {
    switch (this) {
      case DEFINITELY:
        return NOT;
      case NOT:
        return DEFINITELY;
      default:
        return POSSIBLY;
    }
  }

  /** Returns {@code DEFINITELY} for {@code true} and {@code NOT} for {@code false}. */
  public static Certainty of(boolean value) {
    return value ? DEFINITELY : NOT;
  }
}
