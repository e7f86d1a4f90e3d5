package io.github.otsatlas.query;

import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Source;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What supports one or more facts: every quotation, the sources cited, and the independent
 * sources behind them — a republication is folded into its original, so the AVIM reprint of
 * a National Interest article and the article itself count once. Immutable and thread-safe.
 */
public final class Evidence {
  private final List<Fact> facts;
  private final List<Quotation> quotations;
  private final List<Source> sources;
  private final List<Source> independent;

  Evidence(Collection<Fact> facts, List<Quotation> quotations, UnaryOperator<Source> originalOf) {
    this.facts = List.copyOf(facts);
    this.quotations = List.copyOf(quotations);
    Set<Source> cited = new LinkedHashSet<>();
    Set<Source> originals = new LinkedHashSet<>();
    for (Quotation q : quotations) {
      cited.add(q.source());
      originals.add(originalOf.apply(q.source()));
    }
    this.sources = sorted(cited);
    this.independent = sorted(originals);
  }

  private static List<Source> sorted(Set<Source> sources) {
    return sources.stream().sorted(Comparator.comparing(Source::id)).toList();
  }

  /** Returns the facts this evidence is for. */
  public List<Fact> facts() {
    return facts;
  }

  /** Returns every quotation, each citation once, in the facts' citation order. */
  public List<Quotation> quotations() {
    return quotations;
  }

  /** Returns the sources cited, by id. */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the independent sources, by id: each cited source replaced by the original it
   * republishes (when the corpus holds it), each once.
   */
  public List<Source> independentSources() {
    return independent;
  }

  @Override
  public String toString() {
    return "Evidence{" + facts.stream().map(f -> f.ref().toString()).toList() + ", "
        + quotations.size() + " quotation(s), " + sources.size() + " source(s), "
        + independent.size() + " independent}";
  }
}
