package io.github.otsatlas.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * An outcome of a summit: a declaration, decision, agreement, status granted or rename,
 * summarised by the curator and supported by citations. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome implements Cited {

  /** Returns what kind of outcome it is. */
  public abstract OutcomeKind kind();

  /** Returns the curators' short summary: a label, not a claim. */
  public abstract String text();

  /** Returns the parties it concerns, if the sources name them. */
  public abstract List<Party> parties();

  /** Returns the citations that support it; at least one. */
  @Override
  public abstract List<Citation> citations();

  /** Returns its claims: its kind and each party; its text is the curators' summary, no claim. */
  @Override
  public List<Claim> claims() {
    return Facts.claims().add(Attribute.KIND, kind()).addParties(Attribute.PARTIES, parties()).build();
  }

  @Value.Check
  void check() {
    Facts.requireText("an outcome", "text", text());
    if (citations().isEmpty()) {
      throw new IllegalArgumentException("outcome '" + text() + "' has no citation");
    }
  }

  /** Returns a copy with other citations. */
  public abstract Outcome withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
