package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Whitespace;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, its sentences are in order and disjoint, each is its own stretch of the
 * text folded, and together they hold every non-whitespace character of it.
 */
final class SentencesProperties {

  @Provide
  Arbitrary<String> texts() {
    // words, titles, initials, glued stops, Markdown marks, line breaks of every kind, blank
    // lines, indentation, no-break and em spaces, and a letter outside the BMP
    Arbitrary<String> pieces = Arbitraries.of("The", "OTS", "met", "in", "Dr.", "Mr.", "S.", "a", "one",
        "China.One", "News.Az.", ".", "?", "!", "*", "**", "###", ",", "“quoted.”", " ", "  ", "\n",
        "\n\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u00a0", "\u2003", "\t", "   ", "\uD835\uDD38",
        "İzmir", "ılık", "2024.", "(TIKA)", "–");
    return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l.subList(0, l.size() / 2))
        + String.join("", l.subList(l.size() / 2, l.size())));
  }

  @Property(tries = 2000)
  void sentences_areOrderedDisjointFoldedStretches_coveringEveryNonWhitespaceCharacter(
      @ForAll("texts") String text) {
    List<Sentence> sentences = Sentences.of(text);
    int previousEnd = 0;
    int covered = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd, () -> "out of order or overlapping: " + sentences);
      String stretch = codePoints(text, s.start(), s.end());
      assertEquals(Whitespace.fold(stretch), s.text());
      assertTrue(!Whitespace.isWhitespace(stretch.codePointAt(0))
          && !Whitespace.isWhitespace(stretch.codePointBefore(stretch.length())),
          "a sentence starts and ends on a non-space");
      covered += nonWhitespace(stretch);
      previousEnd = s.end();
    }
    assertEquals(nonWhitespace(text), covered, () -> "not every character is in a sentence: " + sentences);
  }

  private static int nonWhitespace(String s) {
    return (int) s.codePoints().filter(cp -> !Whitespace.isWhitespace(cp)).count();
  }

  private static String codePoints(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }
}
