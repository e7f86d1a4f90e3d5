package io.github.otsatlas.benchmarks;

import io.github.otsatlas.corpus.SeedCorpus;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.query.Atlas;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * Corridors through a state and summits hosted by a state, on the embedded seed corpus:
 * Atlas against a stream filter of the corpus lists. States are drawn uniformly from the
 * corpus's states with a fixed seed; most have no corridor or summit, as in real use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first-touch page faults otherwise slow allocation-heavy fast
// queries many times over. 4 GiB holds the largest live set (H2 at 1,000,000 memberships,
// under 600 MiB) with room; pre-touching 8 GiB took 8 to 25 s per fork on this machine.
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class SeedBenchmark {

  /** {@code atlas} or {@code bruteForce}. */
  @Param({"atlas", "bruteForce"})
  public String impl;

  private SeedQueries queries;
  private final StateId[] states = new StateId[QueryParameters.COUNT];
  private int i;

  /** Loads the seed corpus and draws the states. */
  @Setup(Level.Trial)
  public void setUp() {
    Corpus corpus = SeedCorpus.load();
    queries = impl.equals("atlas") ? new AtlasSeedQueries(Atlas.of(corpus))
        : new BruteForceSeedQueries(corpus);
    Random r = new Random(QueryParameters.SEED);
    for (int k = 0; k < states.length; k++) {
      states[k] = corpus.states().get(r.nextInt(corpus.states().size())).id();
    }
  }

  /** The corridors that pass a state. */
  @Benchmark
  public List<?> corridorsThrough() {
    int k = i = (i + 1) & QueryParameters.MASK;
    return queries.corridorsThrough(states[k]);
  }

  /** The summits a state hosted. */
  @Benchmark
  public List<?> summitsHostedIn() {
    int k = i = (i + 1) & QueryParameters.MASK;
    return queries.summitsHostedIn(states[k]);
  }

  /** The two seed-corpus questions. */
  interface SeedQueries {
    List<?> corridorsThrough(StateId state);

    List<?> summitsHostedIn(StateId state);
  }

  /** The product: {@code corridors().through(s).list()}, {@code summits().hostedIn(s).list()}. */
  static final class AtlasSeedQueries implements SeedQueries {
    private final Atlas atlas;

    AtlasSeedQueries(Atlas atlas) {
      this.atlas = atlas;
    }

    @Override
    public List<?> corridorsThrough(StateId state) {
      return atlas.corridors().through(state).list();
    }

    @Override
    public List<?> summitsHostedIn(StateId state) {
      return atlas.summits().hostedIn(state).list();
    }
  }

  /** A stream filter over the corpus lists. */
  static final class BruteForceSeedQueries implements SeedQueries {
    private final List<Corridor> corridors;
    private final List<Summit> summits;

    BruteForceSeedQueries(Corpus corpus) {
      this.corridors = corpus.corridors();
      this.summits = corpus.summits();
    }

    @Override
    public List<?> corridorsThrough(StateId state) {
      Waypoint place = Waypoint.of(state);
      return corridors.stream().filter(c -> c.passes(place)).toList();
    }

    @Override
    public List<?> summitsHostedIn(StateId state) {
      Optional<StateId> host = Optional.of(state);
      return summits.stream().filter(s -> s.hostState().equals(host)).toList();
    }
  }
}
