package io.github.otsatlas.examples;

import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.CorridorQuery;
import java.util.List;

/**
 * Which corridors pass through Azerbaijan and bypass Russia? Filters combine with AND; a
 * corridor "passes" a state on its ordered route or among the places a source says it
 * crosses, and "bypasses" only what a source says it bypasses: a claim {@code
 * bypasses=state:RUS} that a quoted sentence states of that corridor. The Middle Corridor is
 * the one: a source says the EU supports it for being able to bypass Russia. The Ganja Gap, in
 * Azerbaijan too, is not: the sentence about pipelines and highways "bypassing Russia and Iran"
 * speaks of three corridors together, not of it. Each answer rests on the route, crosses and
 * bypasses claims of its corridor ({@code atlas.evidence(answer).claims()}).
 *
 * <pre>{@code
 * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();  // middle-corridor
 * }</pre>
 */
public final class CorridorsBypassingRussia {
  private static final StateId AZE = StateId.of("AZE");
  private static final StateId RUS = StateId.of("RUS");

  private CorridorsBypassingRussia() {}

  /** Returns the query: corridors through Azerbaijan that bypass Russia. */
  public static CorridorQuery query(Atlas atlas) {
    return atlas.corridors().through(AZE).bypassing(RUS);
  }

  /** Returns those corridors, in id order. */
  public static List<Answer<Corridor>> corridors(Atlas atlas) {
    return query(atlas).list();
  }

  /** Prints the corridors and the quotes behind them. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    System.out.println(query(atlas));
    Show.answers(System.out, atlas, corridors(atlas), 2);
  }
}
