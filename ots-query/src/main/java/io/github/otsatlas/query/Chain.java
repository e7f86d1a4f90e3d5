package io.github.otsatlas.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * An immutable list that grows at its end in constant time by sharing its prefix: the steps
 * of a query that add up ({@code through(A).through(B)}), so that chaining n steps costs O(n)
 * rather than copying a list at each step. Thread-safe.
 *
 * @param <T> the elements
 */
final class Chain<T> {
  private static final Chain<?> EMPTY = new Chain<>(null, null, 0);

  private final T last;
  private final Chain<T> before;
  private final int size;

  private Chain(T last, Chain<T> before, int size) {
    this.last = last;
    this.before = before;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <T> Chain<T> empty() {
    return (Chain<T>) EMPTY;
  }

  /** Returns this chain with {@code element} at its end. */
  Chain<T> plus(T element) {
    return new Chain<>(element, this, size + 1);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Returns the elements, first to last, in a new immutable list. */
  List<T> toList() {
    List<T> out = new ArrayList<>(size);
    for (Chain<T> c = this; c.size > 0; c = c.before) {
      out.add(c.last);
    }
    Collections.reverse(out);
    return Collections.unmodifiableList(out);
  }

  /** Returns the elements mapped, joined as the query prints them. */
  String join(Function<T, String> show) {
    StringBuilder b = new StringBuilder();
    for (T t : toList()) {
      b.append(show.apply(t));
    }
    return b.toString();
  }
}
