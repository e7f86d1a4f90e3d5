package io.github.otsatlas.benchmarks;

import io.github.otsatlas.corpus.CorpusLoader;
import io.github.otsatlas.corpus.CorpusWriter;
import io.github.otsatlas.corpus.LoadLimits;
import io.github.otsatlas.corpus.SeedCorpus;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading: the embedded seed corpus in a warm JVM (parse, validate, locate every quote), and
 * a generated corpus of 1,000,000 memberships from its JSON files, with and without building
 * the {@link Atlas} indexes.
 */
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class LoadBenchmark {

  /** {@code SeedCorpus.load()}: parse, check every rule, locate every quote. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Corpus seedLoad() {
    return SeedCorpus.load();
  }

  /** {@code Atlas.of(SeedCorpus.load())}: the seed load plus the indexes. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Atlas seedLoadAndIndex() {
    return Atlas.of(SeedCorpus.load());
  }

  /** A generated corpus written once to a temporary directory with {@link CorpusWriter}. */
  @State(Scope.Benchmark)
  public static class JsonCorpus {
    /** The number of membership records. */
    @Param({"100000", "1000000"})
    public int memberships;

    Path dir;
    CorpusLoader loader;

    /** Generates the corpus, writes it and lets it go, so that only the loaded copy is live. */
    @Setup(Level.Trial)
    public void write() throws IOException {
      dir = Files.createTempDirectory("ots-benchmark-corpus");
      CorpusWriter.write(Corpora.generateUncached(memberships), dir);
      loader = CorpusLoader.withLimits(LoadLimits.defaults().withMaxJsonBytes(Integer.MAX_VALUE - 8));
    }

    /** Deletes the directory. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> {
          try {
            Files.delete(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  /** A generated corpus in memory. */
  @State(Scope.Benchmark)
  public static class LoadedCorpus {
    /** The number of membership records. */
    @Param({"1000000"})
    public int memberships;

    Corpus corpus;

    /** Generates and validates the corpus. */
    @Setup(Level.Trial)
    public void generate() {
      corpus = Corpora.generated(memberships);
    }
  }

  /**
   * Loads the JSON files (parse, validate, locate every quote) in a heap of 1 GiB, the bound
   * the streaming loader is built to: the fork fails if it does not fit.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
  public Corpus largeLoadIn1g(JsonCorpus json) {
    return json.loader.loadDirectory(json.dir);
  }

  /** Loads the JSON files (parse, validate, locate every quote) and builds the indexes. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Atlas largeLoadAndIndex(JsonCorpus json) {
    return Atlas.of(json.loader.loadDirectory(json.dir));
  }

  /** Builds the Atlas indexes over a corpus already in memory. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public Atlas largeIndex(LoadedCorpus loaded) {
    return Atlas.of(loaded.corpus);
  }
}
