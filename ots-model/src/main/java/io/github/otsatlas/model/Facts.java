package io.github.otsatlas.model;

/** Checks shared by the fact types. */
final class Facts {
  private Facts() {}

  static void requireCitations(Fact fact) {
    if (fact.citations().isEmpty()) {
      throw new IllegalArgumentException(fact.ref() + " has no citation: every fact needs one");
    }
  }
}
