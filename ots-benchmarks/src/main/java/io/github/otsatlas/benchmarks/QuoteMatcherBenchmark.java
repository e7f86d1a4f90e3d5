package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.CorpusRules;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Violation;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Locating one quote in a large source text, through the public rule check that a load runs
 * ({@link CorpusRules#check}): the matcher folds the text once and searches it in one pass,
 * so the time should grow linearly with the text. Two texts of each size: prose-like words
 * with the quote at the very end ({@code words}), and one letter repeated with a quote of that
 * letter and a prefix that never matches ({@code run}), the case that took hours when each
 * candidate copied the text around it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class QuoteMatcherBenchmark {
  /** The size of the source text, in MiB. */
  @Param({"1", "4", "16"})
  public int mebibytes;

  /** The kind of text and quote. */
  @Param({"words", "run"})
  public String text;

  private List<Source> sources;
  private List<io.github.otsatlas.model.State> states;

  /** Builds the text and the one state whose citation must be located in it. */
  @Setup
  public void build() {
    int length = mebibytes << 20;
    SourceId id = SourceId.of("big");
    String quote;
    Citation.Builder citation = Citation.builder().source(id);
    StringBuilder b = new StringBuilder(length + 64);
    if (text.equals("words")) {
      Random r = new Random(7);
      String[] words = {"the", "corridor", "summit", "of", "Turkic", "states", "and", "in", "2024,"};
      while (b.length() < length) {
        b.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? "\n" : " ");
      }
      quote = "Aland is the last state of the text.";
      b.append(quote);
      citation.quote(quote);
    } else {
      b.append("a".repeat(length));
      citation.quote("a").prefix("b");
    }
    citation.addSupports(new Claim(Attribute.NAME, "Aland"));
    sources = List.of(Source.builder().id(id).file("big.txt").language("en").text(b.toString()).build());
    states = List.of(io.github.otsatlas.model.State.builder().id(StateId.of("AAA")).name("Aland").recognition(Recognition.RECOGNIZED)
        .addClassified(Attribute.RECOGNITION).addCitations(citation.build()).build());
  }

  /** Checks the rules of a corpus of one source and one state: locates the one quote. */
  @Benchmark
  public List<Violation> locate() {
    return CorpusRules.check(sources, states, List.of(), List.of(), List.of(), List.of());
  }
}
