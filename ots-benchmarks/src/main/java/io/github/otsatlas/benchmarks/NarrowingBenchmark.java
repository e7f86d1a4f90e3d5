package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of narrowing the seed atlas to what its sources had published by a day:
 *
 * <ul>
 *   <li>{@code cached}: {@code Atlas.seeded().asReportedBy(day)} once the narrowed atlas for that
 *       set of sources has been built (the trial's set-up asks once): a look-up and a view;
 *   <li>{@code uncached}: what the first call for a set of sources does, building the narrowed
 *       atlas: {@code Atlas.of(corpus.onlyFrom(kept))}, the sources kept being those certainly
 *       published by the day;
 *   <li>{@code wholeIndex}: {@code Atlas.of(corpus)} over the whole seed corpus, for scale: the
 *       index build alone, without narrowing.
 * </ul>
 *
 * <p>The seeds' sources kept by day: by 2024-12-31 the News.Az article of 4 November 2024; by
 * 2025-12-31 the 2025 document too; by 2026-01-13 the National Interest article of that day too.
 * Its republication of 14 January 2026 and the undated roundtable report (bounded only from
 * below, so never certainly published) are left out on all three days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
// A fixed, pre-touched heap as elsewhere; the seed corpus's live set is a few MiB, so 1 GiB is
// ample and pre-touches in well under a second.
@Fork(value = 3, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class NarrowingBenchmark {

  /** The day narrowed to. */
  @Param({"2024-12-31", "2025-12-31", "2026-01-13"})
  public String day;

  /** {@code cached}, {@code uncached} or {@code wholeIndex}. */
  @Param({"cached", "uncached", "wholeIndex"})
  public String impl;

  private Atlas seeded;
  private Corpus corpus;
  private LocalDate on;
  private List<SourceId> kept;

  /** Loads the seed atlas, picks the sources kept, and builds the narrowed atlas once. */
  @Setup(Level.Trial)
  public void setUp() {
    seeded = Atlas.seeded();
    corpus = seeded.corpus();
    on = LocalDate.parse(day);
    kept = corpus.sources().stream().filter(s -> s.publishedBy(on) == Certainty.DEFINITELY)
        .map(Source::id).toList();
    seeded.asReportedBy(on);
  }

  /** Returns the atlas as reported by the day, by the implementation measured. */
  @Benchmark
  public Atlas narrow() {
    switch (impl) {
      case "cached":
        return seeded.asReportedBy(on);
      case "uncached":
        return Atlas.of(corpus.onlyFrom(kept));
      default:
        return Atlas.of(corpus);
    }
  }

  /** The sources kept on the day, for the smoke test. */
  List<SourceId> kept() {
    return kept;
  }
}
