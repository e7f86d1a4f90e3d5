package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.testing.CorpusGenerator;
import io.github.otsatlas.testing.CorpusShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * One atlas shared by 16 threads: every answer of a mixed workload equals the answer the
 * same query gave single-threaded.
 */
final class ConcurrencyTest {
  static final int THREADS = 16;
  static final int QUERIES_PER_THREAD = 2_000;

  @Test
  void sixteenThreads_getTheSingleThreadedAnswers() throws Exception {
    Corpus corpus = CorpusGenerator.generate(99, new CorpusShape(40, 12, 60, 20, 30, 1950, 2025, 0.7, 50)).toCorpus();
    Atlas atlas = Atlas.of(corpus);
    List<Supplier<String>> queries = mixedQueries(atlas, corpus, new Random(5), 400);
    List<String> expected = new ArrayList<>();
    queries.forEach(q -> expected.add(q.get()));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int seed = t;
      results.add(pool.submit(() -> {
        start.await();
        Random r = new Random(seed);
        int checked = 0;
        for (int i = 0; i < QUERIES_PER_THREAD; i++) {
          int k = r.nextInt(queries.size());
          assertEquals(expected.get(k), queries.get(k).get());
          checked++;
        }
        return checked;
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> f : results) {
      total += f.get();
    }
    pool.shutdown();
    assertEquals(THREADS * QUERIES_PER_THREAD, total);
  }

  @Test
  void sixteenThreads_loadingTheSeedsWithOneLoader_getEqualCorpora() throws Exception {
    io.github.otsatlas.corpus.CorpusLoader loader = io.github.otsatlas.corpus.CorpusLoader.create();
    Corpus reference = io.github.otsatlas.corpus.SeedCorpus.load();
    java.nio.file.Path seeds = java.nio.file.Path.of("..", "seeds");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Corpus>> loads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      loads.add(pool.submit(() -> loader.loadDirectory(seeds)));
    }
    for (Future<Corpus> f : loads) {
      assertEquals(reference, f.get());
    }
    pool.shutdown();
  }

  static List<Supplier<String>> mixedQueries(Atlas atlas, Corpus corpus, Random r, int n) {
    List<Supplier<String>> out = new ArrayList<>();
    List<Organization> orgs = corpus.organizations();
    for (int i = 0; i < n; i++) {
      LocalDate day = LocalDate.of(1950 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
      Organization a = orgs.get(r.nextInt(orgs.size()));
      Organization b = orgs.get(r.nextInt(orgs.size()));
      StateId s = corpus.states().get(r.nextInt(corpus.states().size())).id();
      switch (i % 6) {
        case 0 -> out.add(() -> atlas.members(a.id()).asOf(day).includingPossible().list().toString());
        case 1 -> out.add(() -> atlas.organizations().withMember(s).asOf(day).list().toString());
        case 2 -> out.add(() -> atlas.states().memberOfAll(a.id(), b.id()).asOf(day).includingPossible().list().toString());
        case 3 -> out.add(() -> atlas.corridors().through(s).list().toString());
        case 4 -> out.add(() -> atlas.summits().hostedIn(s).list().toString());
        default -> out.add(() -> atlas.timeline(a.id()).toString());
      }
    }
    return out;
  }
}
