package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.FactSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The site of any generated corpus (texts hard-wrapped, quotes repeated across sources, characters
 * outside the first plane) passes every check the seed site does, in full and in excerpts.
 */
final class SiteProperties {

  @Property(tries = 8)
  void anyCorpus_writesASiteThatChecks(@ForAll("corpora") FactSet facts, @ForAll("options") SiteOptions options)
      throws IOException {
    Corpus corpus = facts.toCorpus();
    Path dir = Files.createTempDirectory("ots-site-property");
    try {
      Site.write(Atlas.of(corpus), dir, options);
      SiteChecks site = SiteChecks.read(dir);
      assertEquals(List.of(), site.all(corpus, options));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets();
  }

  @Provide
  Arbitrary<SiteOptions> options() {
    return Arbitraries.oneOf(Arbitraries.just(SiteOptions.defaults()),
        Arbitraries.integers().between(0, 200).map(n -> SiteOptions.defaults().withExcerpts(n)));
  }
}
