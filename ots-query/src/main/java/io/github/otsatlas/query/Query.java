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
}
