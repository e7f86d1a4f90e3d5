package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.PublicationBound;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitStatus;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link CorpusShape#withSourcesOverTime()}: every generated set is a valid corpus, and every
 * feature the shape promises occurs, counted over many seeds.
 */
final class SourcesOverTimeTest {
  private static final CorpusShape SHAPE = CorpusShape.small().withSourcesOverTime();
  private static final int SEEDS = 150;

  @Test
  void generate_manySeeds_validCorporaWithEveryFeature() {
    Map<String, Integer> counts = new TreeMap<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Corpus corpus = CorpusGenerator.generate(seed, SHAPE).toCorpus();
      count(corpus, counts);
    }
    System.out.println("sources over time, " + SEEDS + " corpora: " + counts);
    for (String feature : FEATURES) {
      assertTrue(counts.getOrDefault(feature, 0) > 0, feature + " never occurs: " + counts);
    }
    // each corpus has several sources and one republication
    assertTrue(counts.get("sources") >= 6 * SEEDS, counts::toString);
    assertEquals(SEEDS, counts.get("republications"));
    // about half the corpora have only sources that are certainly published on some day
    int bounded = counts.get("corpora whose every source has a latest publication day");
    assertTrue(bounded > SEEDS / 4 && bounded < SEEDS * 3 / 4, counts::toString);
  }

  @Test
  void generate_sameSeed_sameCorpus() {
    assertEquals(CorpusGenerator.generate(5, SHAPE).toCorpus(), CorpusGenerator.generate(5, SHAPE).toCorpus());
  }

  @Test
  void generate_sameRecordsAsThePlainShape() {
    Corpus plain = CorpusGenerator.generate(5, CorpusShape.small()).toCorpus();
    Corpus over = CorpusGenerator.generate(5, SHAPE).toCorpus();
    Function<Corpus, Set<String>> ids = c -> c.facts().stream().map(f -> f.ref().toString())
        .collect(Collectors.toSet());
    assertEquals(ids.apply(plain), ids.apply(over));
  }

  private static final String[] FEATURES = {
    "published to the day", "published to the month", "published to the year",
    "undated, not before a day", "undated, not before and within", "year with a not-before bound",
    "sources never certainly published", "facts cited by two sources or more",
    "attestations", "disputed starts", "disputed summit dates", "disputed host cities",
    "founding and member roles", "complete-list citations", "complete-list citations of a republication",
    "left off a complete list", "value disagreements", "summits scheduled then held",
    "status reports", "attestations by a republication",
    "corpora whose every source has a latest publication day"
  };

  private static void count(Corpus corpus, Map<String, Integer> counts) {
    Map<SourceId, Source> byId = corpus.sources().stream()
        .collect(Collectors.toMap(Source::id, s -> s));
    for (Source s : corpus.sources()) {
      add(counts, "sources");
      s.republicationOf().ifPresent(o -> add(counts, "republications"));
      boolean notBefore = s.publicationBounds().stream()
          .anyMatch(b -> b.relation() == PublicationBound.Relation.NOT_BEFORE);
      boolean within = s.publicationBounds().stream()
          .anyMatch(b -> b.relation() == PublicationBound.Relation.WITHIN);
      if (s.published().isPresent()) {
        PartialDate.Precision p = s.published().get().precision();
        add(counts, p == PartialDate.Precision.DAY ? "published to the day"
            : p == PartialDate.Precision.MONTH ? "published to the month" : "published to the year");
        if (notBefore) {
          add(counts, "year with a not-before bound");
        }
      } else if (notBefore) {
        add(counts, within ? "undated, not before and within" : "undated, not before a day");
      }
      if (s.latestPublication().isEmpty()) {
        add(counts, "sources never certainly published");
      }
    }
    if (corpus.sources().stream().allMatch(s -> s.latestPublication().isPresent())) {
      add(counts, "corpora whose every source has a latest publication day");
    }
    for (Fact f : corpus.facts()) {
      if (f.allCitations().stream().map(Citation::source).distinct().count() >= 2) {
        add(counts, "facts cited by two sources or more");
      }
      for (Citation c : f.allCitations()) {
        if (c.asOf().isPresent()) {
          add(counts, "attestations");
          Source s = byId.get(c.source());
          // never after the source's latest possible publication day
          s.latestPublication().ifPresent(l -> assertTrue(!c.asOf().get().earliest().isAfter(l), c::toString));
          if (s.republicationOf().isPresent()) {
            add(counts, "attestations by a republication");
          }
        }
        if (c.completeListOf().isPresent()) {
          add(counts, "complete-list citations");
          if (byId.get(c.source()).republicationOf().isPresent()) {
            add(counts, "complete-list citations of a republication");
          }
        }
      }
    }
    for (Membership m : corpus.memberships()) {
      if (m.starts().size() > 1) {
        add(counts, "disputed starts");
      }
      if (m.roles().containsAll(Set.of(Role.FOUNDING_MEMBER, Role.MEMBER))) {
        add(counts, "founding and member roles");
      }
    }
    for (Summit s : corpus.summits()) {
      if (s.dates().size() > 1) {
        add(counts, "disputed summit dates");
      }
      if (s.hostCities().size() > 1) {
        add(counts, "disputed host cities");
      }
      if (!s.statusReports().isEmpty()) {
        add(counts, "status reports");
      }
      if (s.statuses().containsAll(Set.of(SummitStatus.SCHEDULED, SummitStatus.HELD))
          && s.status() == SummitStatus.HELD) {
        add(counts, "summits scheduled then held");
      }
    }
    for (Disagreement d : corpus.disagreements()) {
      add(counts, d.kind() == Disagreement.Kind.VALUES ? "value disagreements" : "left off a complete list");
    }
  }

  private static void add(Map<String, Integer> counts, String key) {
    counts.merge(key, 1, Integer::sum);
  }
}
