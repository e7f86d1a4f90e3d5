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
 * crosses, and "bypasses" only what a source says it bypasses.
 *
 * <pre>{@code
 * atlas.corridors().through(StateId.of("AZE")).bypassing(StateId.of("RUS")).list();  // ganja-gap, middle-corridor
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
