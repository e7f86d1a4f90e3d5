package io.github.otsatlas.query;

import java.util.List;

/**
 * What every query of the atlas has in common: its answers, and a {@code toString()} that
 * prints the query itself. Code that only prints or collects answers (a report, a command
 * line) can take any query through this type.
 *
 * <pre>{@code
 * Query<?> q = atlas.corridors().through(StateId.of("AZE"));
 * q.list().forEach(System.out::println);
 * }</pre>
 *
 * @param <T> what the answers are about
 */
public interface Query<T> {

  /** Returns the answers, immutable, in the order each query type documents. */
  List<Answer<T>> list();

  /**
   * Returns how many POSSIBLY answers the query leaves out because it asks for DEFINITELY
   * ones only (zero when it includes possible answers, or when its answers have no
   * certainty to weigh). A definite answer that is empty while this is not means the sources
   * do not settle the question: ask again including possible answers.
   */
  int possibleLeftOut();
}
