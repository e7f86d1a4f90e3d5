package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any passage of a text, cut at code points and not blank once folded, is found as a quote at
 * its own place: given the text before it as prefix, the matcher locates exactly that
 * passage, less the whitespace at its ends, with code-point offsets. Texts mix every kind of
 * Unicode whitespace, information separators, astral characters and repeats, so that folds,
 * offsets and the choice between occurrences are all exercised.
 */
final class QuoteMatcherProperties {
  private static final SourceId SRC = SourceId.of("s");
  private static final List<Claim> NAME = List.of(new Claim(Attribute.NAME, "n"));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "b", "ab", "ş", "\ud83d\ude00", "\ud835\udd7f", ".", " ",
        "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u2009", "\u3000", "\u2028", "\u2029", "\u1680", "\u205f",
        "\u202f", "\u0085", "\u001f", "\u200b", "  \n  ");
    return pieces.list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void everyPassage_isFoundAtItsOwnPlace(@ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    int points = text.codePointCount(0, text.length());
    int from = Math.min(a, b) % (points + 1);
    int to = from + Math.abs(a - b) % (points - from + 1);
    String passage = sub(text, from, to);
    if (Whitespace.isBlank(passage)) {
      return;
    }
    String before = sub(text, 0, from);
    Citation.Builder c = Citation.builder().source(SRC).quote(passage).addAllSupports(NAME);
    if (!Whitespace.isBlank(before)) {
      c.prefix(before);
    }
    Optional<QuoteLocation> at = new QuoteMatcher(text).find(SRC, c.build());
    assertTrue(at.isPresent(), () -> "not found: " + escape(passage) + " in " + escape(text));
    // the passage without its leading and trailing whitespace, in code points
    int start = from;
    while (Whitespace.isWhitespace(text.codePointAt(text.offsetByCodePoints(0, start)))) {
      start++;
    }
    int end = to;
    while (Whitespace.isWhitespace(text.codePointAt(text.offsetByCodePoints(0, end - 1)))) {
      end--;
    }
    if (Whitespace.isBlank(before)) {
      // without a prefix the first occurrence is taken: it may lie before the passage
      assertTrue(at.get().start() <= start, () -> escape(text) + " / " + escape(passage));
      assertEquals(Whitespace.fold(passage), Whitespace.fold(at.get().exact()));
    } else {
      assertEquals(start, at.get().start(), () -> escape(text) + " / " + escape(passage));
      assertEquals(end, at.get().end(), () -> escape(text) + " / " + escape(passage));
      assertEquals(sub(text, start, end), at.get().exact());
    }
  }

  private static String sub(String text, int fromPoint, int toPoint) {
    return text.substring(text.offsetByCodePoints(0, fromPoint), text.offsetByCodePoints(0, toPoint));
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7e ? String.format("\\u{%x}", cp)
        : String.valueOf((char) cp)));
    return b.append('"').toString();
  }
}
