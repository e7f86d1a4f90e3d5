package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QuerySolution;

/** Checks one Web Annotation target against its source's text, counting code points. */
final class SelectorCheck {
  private SelectorCheck() {}

  static void check(QuerySolution s) {
    String text = s.getLiteral("text").getString();
    int[] cps = text.codePoints().toArray();
    int start = s.getLiteral("start").getInt();
    int end = s.getLiteral("end").getInt();
    String exact = s.getLiteral("exact").getString();
    String prefix = s.getLiteral("prefix").getString();
    String suffix = s.getLiteral("suffix").getString();
    assertEquals(exact, new String(cps, start, end - start), "exact at " + start + ".." + end);
    int p = prefix.codePointCount(0, prefix.length());
    int q = suffix.codePointCount(0, suffix.length());
    assertTrue(p <= 32 && q <= 32, "prefix and suffix are at most 32 code points");
    assertEquals(prefix, new String(cps, start - p, p), "prefix before " + start);
    assertEquals(suffix, new String(cps, end, q), "suffix after " + end);
    assertTrue(p == 32 || start - p == 0, "a short prefix only at the start of the text");
    assertTrue(q == 32 || end + q == cps.length, "a short suffix only at the end of the text");
  }
}
