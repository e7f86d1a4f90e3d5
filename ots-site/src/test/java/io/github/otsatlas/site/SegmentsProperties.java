package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Cutting a text at every range boundary: the pieces tile the stretch, and the pieces a range
 * covers are exactly that range, however ranges overlap, nest, repeat or reach outside.
 */
final class SegmentsProperties {

  /** A stretch {@code [from, to)} and ranges within 0..60, some reaching outside it. */
  record Case(int from, int to, int[] starts, int[] ends) {}

  @Property(tries = 1000)
  void piecesTileTheStretch_andCoverEachRangeExactly(@ForAll("cases") Case c) {
    List<Segments.Segment> pieces = Segments.split(c.from, c.to, c.starts, c.ends);
    int at = c.from;
    for (Segments.Segment s : pieces) {
      assertEquals(at, s.start());
      assertTrue(s.end() > s.start(), "no empty piece");
      at = s.end();
    }
    assertEquals(c.to, at);
    for (int r = 0; r < c.starts.length; r++) {
      int lo = Math.max(c.from, c.starts[r]);
      int hi = Math.min(c.to, c.ends[r]);
      List<int[]> covered = new ArrayList<>();
      for (Segments.Segment s : pieces) {
        if (s.covering().contains(r)) {
          covered.add(new int[] {s.start(), s.end()});
        }
        // a piece is covered by a range exactly when it lies inside it
        assertEquals(s.start() >= c.starts[r] && s.end() <= c.ends[r], s.covering().contains(r));
      }
      if (lo >= hi) {
        assertTrue(covered.isEmpty());
      } else {
        assertEquals(lo, covered.get(0)[0]);
        assertEquals(hi, covered.get(covered.size() - 1)[1]);
        for (int i = 1; i < covered.size(); i++) {
          assertEquals(covered.get(i - 1)[1], covered.get(i)[0], "contiguous");
        }
      }
    }
    for (int i = 1; i < pieces.size(); i++) {
      assertNotEquals(pieces.get(i - 1).covering(), pieces.get(i).covering(), "a cut only where coverage changes");
    }
  }

  @Test
  void noRanges_oneRange_identicalRanges() {
    assertEquals(List.of(new Segments.Segment(0, 10, List.of())), Segments.split(0, 10, new int[0], new int[0]));
    assertEquals(List.of(), Segments.split(4, 4, new int[] {1}, new int[] {9}));
    assertEquals(List.of(new Segments.Segment(0, 2, List.of()), new Segments.Segment(2, 5, List.of(0, 1)),
        new Segments.Segment(5, 6, List.of())), Segments.split(0, 6, new int[] {2, 2}, new int[] {5, 5}));
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 60);
    Arbitrary<int[]> range = Combinators.combine(offsets, Arbitraries.integers().between(0, 20))
        .as((s, len) -> new int[] {s, s + len});
    return Combinators.combine(offsets, Arbitraries.integers().between(0, 60), range.list().ofMaxSize(12))
        .as((a, len, ranges) -> new Case(a, Math.min(80, a + len),
            ranges.stream().mapToInt(r -> r[0]).toArray(), ranges.stream().mapToInt(r -> r[1]).toArray()));
  }
}
