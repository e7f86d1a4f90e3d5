package io.github.otsatlas.query;

import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.FactRef;
import java.util.List;
import java.util.Objects;

/**
 * One claim of a fact and the quotations that support it: none when the claim is the
 * curators' classification. Immutable and thread-safe.
 *
 * @param fact the fact that makes the claim, not null
 * @param claim the claim, not null
 * @param classified whether the claim is the curators' classification, stated by no source
 * @param quotations the quotations whose citations name the claim, in citation order
 */
public record ClaimEvidence(FactRef fact, Claim claim, boolean classified, List<Quotation> quotations) {

  /** Checks the parts and copies the quotations. */
  public ClaimEvidence {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(claim, "claim");
    quotations = List.copyOf(quotations);
  }

  /** Returns {@code fact claim: n quotation(s)}, or {@code (classified)}. */
  @Override
  public String toString() {
    return fact + " " + claim + (classified ? " (classified)" : ": " + quotations.size() + " quotation(s)");
  }
}
