package io.github.otsatlas.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a stretch of text at every boundary of the ranges that cover parts of it, so that each
 * piece is covered by one fixed set of ranges: then highlighting the pieces a range covers
 * highlights exactly that range, however the ranges overlap, nest or repeat. Offsets are
 * whatever the caller counts in (the site counts code points, as the quote locations do).
 * Stateless and thread-safe.
 */
final class Segments {
  private Segments() {}

  /**
   * One piece of the text: {@code [start, end)} and the indices of the ranges that cover it, in
   * ascending order (empty for text no range covers).
   */
  record Segment(int start, int end, List<Integer> covering) {
    Segment {
      covering = List.copyOf(covering);
    }
  }

  /**
   * Returns the pieces of {@code [from, to)}, in order, contiguous, together exactly {@code [from,
   * to)}; none is empty. A range that reaches outside {@code [from, to)} covers only its part inside;
   * an empty range covers nothing.
   *
   * @param from the first offset
   * @param to the offset just past the last, at least {@code from}
   * @param starts each range's start
   * @param ends each range's end (exclusive), as many as {@code starts}
   */
  static List<Segment> split(int from, int to, int[] starts, int[] ends) {
    if (to < from || starts.length != ends.length) {
      throw new IllegalArgumentException("bad stretch " + from + ".." + to + " or ranges");
    }
    int[] cuts = new int[2 * starts.length + 2];
    int n = 0;
    cuts[n++] = from;
    cuts[n++] = to;
    for (int i = 0; i < starts.length; i++) {
      int lo = Math.max(from, starts[i]);
      int hi = Math.min(to, ends[i]);
      if (lo < hi) {  // a range with nothing inside the stretch cuts nothing
        cuts[n++] = lo;
        cuts[n++] = hi;
      }
    }
    Arrays.sort(cuts, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || cuts[distinct - 1] != cuts[i]) {
        cuts[distinct++] = cuts[i];
      }
    }
    // Each range covers the pieces from the one its start opens to the one before its end.
    List<List<Integer>> covering = new ArrayList<>();
    for (int i = 0; i + 1 < distinct; i++) {
      covering.add(new ArrayList<>());
    }
    for (int r = 0; r < starts.length; r++) {
      int lo = Math.max(from, starts[r]);
      int hi = Math.min(to, ends[r]);
      if (lo >= hi) {
        continue;
      }
      for (int piece = Arrays.binarySearch(cuts, 0, distinct, lo); cuts[piece] < hi; piece++) {
        covering.get(piece).add(r);
      }
    }
    List<Segment> out = new ArrayList<>(covering.size());
    for (int i = 0; i + 1 < distinct; i++) {
      out.add(new Segment(cuts[i], cuts[i + 1], covering.get(i)));
    }
    return List.copyOf(out);
  }
}
