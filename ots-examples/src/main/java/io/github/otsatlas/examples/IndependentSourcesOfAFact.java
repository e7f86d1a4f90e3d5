package io.github.otsatlas.examples;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.Evidence;

/**
 * How many sources really say that Uzbekistan is an OTS member, and since when? The membership
 * cites three sources, but the AVIM blog post is a republication of the National Interest
 * article, so there are two independent ones. Evidence folds each republication into its
 * original, and goes claim by claim: the start, 2019, is stated only by the article (and its
 * reprint), so it rests on one independent source.
 *
 * <pre>{@code
 * Evidence e = atlas.evidence(FactRef.parse("membership:uzb-ots-member"));
 * e.sources();              // avim-coffey-2026, tni-coffey-2026, turkey-central-asia-eu-2025
 * e.independentSources();   // tni-coffey-2026, turkey-central-asia-eu-2025
 * e.claims();               // party, organization, role, start: each with its quotations
 * atlas.evidence(FactRef.parse("membership:uzb-ots-member"), Attribute.START).independentSources();  // tni-coffey-2026
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

  /** Returns the evidence of its start alone: the quotations that give the year, and their sources. */
  public static Evidence evidenceOfStart(Atlas atlas) {
    return atlas.evidence(UZBEKISTAN_IN_THE_OTS, Attribute.START);
  }

  /** Prints the quotes claim by claim, the sources and the independent sources, then those of the start. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    System.out.println("evidence(" + UZBEKISTAN_IN_THE_OTS + ")");
    Show.evidence(System.out, evidence(atlas), 2);
    System.out.println("evidence(" + UZBEKISTAN_IN_THE_OTS + ", START)");
    Show.evidence(System.out, evidenceOfStart(atlas), 2);
  }
}
