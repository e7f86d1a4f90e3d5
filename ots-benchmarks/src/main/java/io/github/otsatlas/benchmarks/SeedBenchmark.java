package io.github.otsatlas.benchmarks;

import io.github.otsatlas.corpus.SeedCorpus;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.query.Atlas;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private final String[] names = new String[QueryParameters.COUNT];
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
    // every name and alias of a state, organization or corridor; half of them in capitals
    List<String> all = new ArrayList<>();
    corpus.states().forEach(s -> { all.add(s.name()); all.addAll(s.aliases()); });
    corpus.organizations().forEach(o -> { o.names().forEach(n -> all.add(n.name())); all.addAll(o.aliases()); });
    corpus.corridors().forEach(c -> { all.add(c.name()); all.addAll(c.aliases()); });
    List<String> unique = all.stream().distinct().filter(n -> BruteForceSeedQueries.count(corpus, n) == 1).toList();
    for (int k = 0; k < names.length; k++) {
      String n = unique.get(r.nextInt(unique.size()));
      names[k] = r.nextBoolean() ? n.toUpperCase(Locale.ROOT) : n;
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

  /** The state, organization or corridor that bears a name (half of them asked in capitals). */
  @Benchmark
  public Object lookupByName() {
    int k = i = (i + 1) & QueryParameters.MASK;
    return queries.lookup(names[k]);
  }

  /** The seed-corpus questions. */
  interface SeedQueries {
    Object lookup(String name);

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
    public Object lookup(String name) {
      return atlas.lookup(name).fact();
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
    private final Corpus corpus;

    BruteForceSeedQueries(Corpus corpus) {
      this.corpus = corpus;
      this.corridors = corpus.corridors();
      this.summits = corpus.summits();
    }

    /** Folds case and diacritics the plain way: NFD, marks dropped, lower case by the root locale. */
    private static String fold(String name) {
      return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "")
          .replace('\u0131', 'i').toLowerCase(Locale.ROOT);
    }

    private static List<Fact> named(Corpus corpus, String name) {
      String folded = fold(name);
      List<Fact> out = new ArrayList<>();
      for (io.github.otsatlas.model.State s : corpus.states()) {
        if (fold(s.name()).equals(folded) || s.aliases().stream().anyMatch(a -> fold(a).equals(folded))) {
          out.add(s);
        }
      }
      for (Organization o : corpus.organizations()) {
        if (o.names().stream().anyMatch(n -> fold(n.name()).equals(folded))
            || o.aliases().stream().anyMatch(a -> fold(a).equals(folded))) {
          out.add(o);
        }
      }
      for (Corridor c : corpus.corridors()) {
        if (fold(c.name()).equals(folded) || c.aliases().stream().anyMatch(a -> fold(a).equals(folded))) {
          out.add(c);
        }
      }
      return out;
    }

    static int count(Corpus corpus, String name) {
      return named(corpus, name).size();
    }

    @Override
    public Object lookup(String name) {
      return named(corpus, name).get(0);
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
