package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What supports one or more facts, or the claims of them an answer rests on: claim by claim,
 * the quotations whose citations name it ({@link #claims()}); the quotations that attest on
 * which day a fact held ({@link #attestations()}); and the sources behind them, a
 * republication folded into its original, so the AVIM reprint of a National Interest article
 * and the article itself count once ({@link #independentSources()}).
 *
 * <pre>{@code
 * atlas.evidence(FactRef.parse("membership:uzb-ots-member")).forAttribute(Attribute.START)
 *     .independentSources();    // only the sources that give the start
 * }</pre>
 *
 * <p>Quotations come most relevant first: for the evidence of an answer, those that name what
 * its query asked about ({@link Grounds#mentions()}) before the others, each group in claim
 * order. Immutable and thread-safe.
 */
public final class Evidence {
  private final List<Fact> facts;
  private final Grounds grounds;
  private final List<Quotation> quotations;
  private final List<ClaimEvidence> claims;
  private final List<Quotation> attestations;
  private final List<Source> sources;
  private final List<Source> independent;
  private final Function<Citation, Quotation> quote;
  private final UnaryOperator<Source> originalOf;

  Evidence(Collection<? extends Fact> facts, Grounds grounds, Function<Citation, Quotation> quote,
      UnaryOperator<Source> originalOf) {
    this.facts = List.copyOf(facts);
    this.grounds = grounds;
    this.quote = quote;
    this.originalOf = originalOf;
    Map<Citation, Quotation> used = new LinkedHashMap<>();
    List<ClaimEvidence> byClaim = new ArrayList<>();
    List<Quotation> attested = new ArrayList<>();
    for (Fact f : this.facts) {
      List<Cited> parts = new ArrayList<>();
      parts.add(f);
      parts.addAll(f.parts());
      for (Cited part : parts) {
        for (Claim claim : part.claims()) {
          if (!grounds.covers(claim)) {
            continue;
          }
          List<Quotation> qs = new ArrayList<>();
          for (Citation c : part.citations()) {
            if (c.supports(claim)) {
              qs.add(used.computeIfAbsent(c, quote));
            }
          }
          byClaim.add(new ClaimEvidence(f.ref(), claim, part == f && f.isClassified(claim),
              mentioningFirst(qs, grounds.mentions())));
        }
        if (grounds.attestations()) {
          for (Citation c : part.citations()) {
            if (c.asOf().isPresent()) {
              attested.add(used.computeIfAbsent(c, quote));
            }
          }
        }
      }
    }
    this.claims = List.copyOf(byClaim);
    this.attestations = List.copyOf(new LinkedHashSet<>(attested));
    this.quotations = mentioningFirst(List.copyOf(used.values()), grounds.mentions());
    Set<Source> cited = new LinkedHashSet<>();
    Set<Source> originals = new LinkedHashSet<>();
    for (Quotation q : quotations) {
      cited.add(q.source());
      originals.add(originalOf.apply(q.source()));
    }
    this.sources = sorted(cited);
    this.independent = sorted(originals);
  }

  /** The quotations that name one of {@code names} (folded, as look-up does) first, each part in order. */
  private static List<Quotation> mentioningFirst(List<Quotation> quotations, List<String> names) {
    if (names.isEmpty()) {
      return quotations;
    }
    List<String> folded = names.stream().map(NameIndex::fold).toList();
    List<Quotation> first = new ArrayList<>();
    List<Quotation> rest = new ArrayList<>();
    for (Quotation q : quotations) {
      String text = NameIndex.fold(q.text());
      (folded.stream().anyMatch(text::contains) ? first : rest).add(q);
    }
    first.addAll(rest);
    return List.copyOf(first);
  }

  private static List<Source> sorted(Set<Source> sources) {
    return sources.stream().sorted(Comparator.comparing(Source::id)).toList();
  }

  /** Returns the facts this evidence is for. */
  public List<Fact> facts() {
    return facts;
  }

  /** Returns what of the facts this evidence covers. */
  public Grounds grounds() {
    return grounds;
  }

  /**
   * Returns every quotation this evidence rests on, each citation once: those that name what
   * the query asked about first, then in claim order, then the attestations.
   */
  public List<Quotation> quotations() {
    return quotations;
  }

  /**
   * Returns, claim by claim (each fact's own claims, then those of its parts, in attribute
   * order), the quotations that support it; a classified claim has none and says so.
   */
  public List<ClaimEvidence> claims() {
    return claims;
  }

  /** Returns the quotations whose citations attest a day on which their fact held. */
  public List<Quotation> attestations() {
    return attestations;
  }

  /**
   * Returns the evidence of the claims of one attribute alone, without attestations: {@code
   * forAttribute(Attribute.START)} of a membership is what supports its start.
   *
   * @param attribute the attribute, not null
   */
  public Evidence forAttribute(Attribute attribute) {
    return new Evidence(facts, Grounds.of(Objects.requireNonNull(attribute, "attribute")), quote, originalOf);
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
        + claims.size() + " claim(s), " + quotations.size() + " quotation(s), " + sources.size()
        + " source(s), " + independent.size() + " independent}";
  }
}
