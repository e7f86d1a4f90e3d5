package io.github.otsatlas.site;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.ClaimEvidence;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.Quotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the pages are made of, gathered once: each fact's evidence, and each source's cited
 * passages with the facts and claims that rest on them. Immutable once built.
 */
final class Catalogue {
  final Atlas atlas;
  final Corpus corpus;
  final SiteOptions options;
  private final Map<FactRef, Evidence> evidence = new LinkedHashMap<>();
  private final Map<SourceId, List<Passage>> passages = new LinkedHashMap<>();
  private final Map<SourceId, List<Source>> republications = new LinkedHashMap<>();

  /** One use of a passage: a citation of a fact, and the claims of its evidence it supports. */
  record Use(Fact fact, Citation citation, List<Integer> claims) {
    Use {
      claims = List.copyOf(claims);
    }
  }

  /**
   * A stretch of a source that citations quote, in code points {@code [start, end)}: its exact
   * text, every use of it, and its number in the source (1 for the first in text order).
   */
  record Passage(Source source, int start, int end, String exact, List<Use> uses, int number) {
    Passage {
      uses = List.copyOf(uses);
    }

    String inText() {
      return Addresses.inText(start, end);
    }

    String note() {
      return Addresses.note(start, end);
    }
  }

  Catalogue(Atlas atlas, SiteOptions options) {
    this.atlas = atlas;
    this.corpus = atlas.corpus();
    this.options = options;
    Map<SourceId, TreeMap<Long, List<Use>>> bySource = new LinkedHashMap<>();
    Map<SourceId, Map<Long, Quotation>> located = new LinkedHashMap<>();
    corpus.sources().forEach(s -> bySource.put(s.id(), new TreeMap<>()));
    for (Fact f : corpus.facts()) {
      Evidence ev = atlas.evidence(f);
      evidence.put(f.ref(), ev);
      List<ClaimEvidence> claims = ev.claims();
      for (Quotation q : ev.quotations()) {
        List<Integer> supported = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
          if (claims.get(i).quotations().contains(q)) {
            supported.add(i);
          }
        }
        long key = ((long) q.location().start() << 32) | q.location().end();
        bySource.get(q.source().id()).computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Use(f, q.citation(), supported));
        located.computeIfAbsent(q.source().id(), k -> new LinkedHashMap<>()).putIfAbsent(key, q);
      }
    }
    for (Source s : corpus.sources()) {
      List<Passage> list = new ArrayList<>();
      bySource.get(s.id()).forEach((key, uses) -> {
        Quotation q = located.get(s.id()).get(key);
        list.add(new Passage(s, q.location().start(), q.location().end(), q.location().exact(), uses,
            list.size() + 1));
      });
      passages.put(s.id(), List.copyOf(list));
      s.republicationOf().ifPresent(original -> republications.computeIfAbsent(original, k -> new ArrayList<>()).add(s));
    }
  }

  /** Returns the evidence of a fact of the corpus. */
  Evidence evidence(Fact fact) {
    return evidence.get(fact.ref());
  }

  /** Returns a source's cited passages in text order (by start, then end). */
  List<Passage> passages(SourceId source) {
    return passages.getOrDefault(source, List.of());
  }

  /** Returns the sources that republish {@code source}, by id. */
  List<Source> republicationsOf(SourceId source) {
    return republications.getOrDefault(source, List.of()).stream().sorted(Comparator.comparing(Source::id)).toList();
  }

  /** Returns the passage a quotation stands at. */
  Passage passage(Quotation q) {
    return passages(q.source().id()).stream()
        .filter(p -> p.start() == q.location().start() && p.end() == q.location().end())
        .findFirst().orElseThrow();
  }

  /** Returns whether the corpus has a page for this fact. */
  boolean hasPage(FactRef ref) {
    return ref.kind() == FactRef.Kind.SOURCE
        ? corpus.source(SourceId.of(ref.id())).isPresent()
        : corpus.fact(ref).isPresent();
  }

  /** Returns the fact a claim's value names (a party, an organization, a summit...), if it has a page. */
  Optional<FactRef> named(io.github.otsatlas.model.Claim claim) {
    String v = claim.value();
    FactRef ref;
    try {
      ref = switch (claim.attribute()) {
        case PARTY, PROMOTERS, INITIATORS, ATTENDANCE, PARTIES -> FactRef.parse(v);
        case CROSSES, BYPASSES -> v.startsWith("state:") ? FactRef.parse(v) : null;
        case ORGANIZATION, SUCCESSOR_OF -> new FactRef(FactRef.Kind.ORGANIZATION, v);
        case RECOGNIZED_BY, HOST_STATE -> new FactRef(FactRef.Kind.STATE, v);
        case GRANTED_AT, RENAMED_AT -> new FactRef(FactRef.Kind.SUMMIT, v);
        case CONNECTS_TO -> new FactRef(FactRef.Kind.CORRIDOR, v);
        default -> null;
      };
    } catch (IllegalArgumentException notAReference) {
      return Optional.empty();
    }
    return ref != null && hasPage(ref) ? Optional.of(ref) : Optional.empty();
  }
}
