package io.github.otsatlas.examples;

import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.Evidence;

/**
 * How many sources really say that Uzbekistan is an OTS member? The membership cites three
 * sources, but the AVIM blog post is a republication of the National Interest article, so
 * there are two independent ones. Evidence folds each republication into its original.
 *
 * <pre>{@code
 * Evidence e = atlas.evidence(FactRef.parse("membership:uzb-ots-member"));
 * e.sources();              // avim-coffey-2026, tni-coffey-2026, turkey-central-asia-eu-2025
 * e.independentSources();   // tni-coffey-2026, turkey-central-asia-eu-2025
 * }</pre>
 */
public final class IndependentSourcesOfAFact {
  /** The fact asked about. */
  public static final FactRef UZBEKISTAN_IN_THE_OTS = FactRef.parse("membership:uzb-ots-member");

  private IndependentSourcesOfAFact() {}

  /** Returns the evidence of Uzbekistan's OTS membership. */
  public static Evidence evidence(Atlas atlas) {
    return atlas.evidence(UZBEKISTAN_IN_THE_OTS);
  }

  /** Prints the quotes, the sources and the independent sources. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    System.out.println("evidence(" + UZBEKISTAN_IN_THE_OTS + ")");
    Show.evidence(System.out, evidence(atlas), 2);
  }
}
