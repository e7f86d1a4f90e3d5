package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each correction of the sentence rule, pinned on a small text. */
final class SentencesTest {

  @Test
  void of_plainText_splitsAtFullStops_withCodePointOffsets() {
    assertEquals(List.of(new Sentence("The OTS met.", 0, 12), new Sentence("It renamed itself.", 13, 31)),
        Sentences.of("The OTS met. It renamed itself."));
  }

  @Test
  void of_titleAbbreviation_endsNoSentence() {
    // the iterator alone ends a sentence after "Dr." and "Mr."
    assertEquals(3, iterator("On 4 November, Dr. Dzhuraev spoke. Then he left.").size());
    assertEquals(texts("On 4 November, Dr. Dzhuraev spoke.", "Then he left."),
        texts(Sentences.of("On 4 November, Dr. Dzhuraev spoke. Then he left.")));
    assertEquals(texts("Mr. Coffey was a director.", "Mrs. Smith and Prof. Jones were not."),
        texts(Sentences.of("Mr. Coffey was a director. Mrs. Smith and Prof. Jones were not.")));
  }

  @Test
  void of_titleInOtherCase_isNoTitle() {
    assertEquals(texts("He saw the DR.", "Then he left."), texts(Sentences.of("He saw the DR. Then he left.")));
  }

  @Test
  void of_initial_endsNoSentence() {
    assertEquals(3, iterator("He met S. Paul Kapur. Of course.").size());
    assertEquals(texts("He met S. Paul Kapur.", "Of course."), texts(Sentences.of("He met S. Paul Kapur. Of course.")));
  }

  @Test
  void of_gluedFullStop_endsASentence() {
    assertEquals(1, iterator("Russia and China.One of them is here.").size());
    assertEquals(texts("Russia and China.", "One of them is here."),
        texts(Sentences.of("Russia and China.One of them is here.")));
    assertEquals(texts("Is it?", "Yes it is!", "Good."), texts(Sentences.of("Is it?Yes it is!Good.")));
  }

  @Test
  void of_gluedFullStop_underTheTurkishLocale_seesDottedCapitalI() {
    // the build runs tests under tr_TR; İ is an upper-case letter in every locale
    assertEquals(texts("They met in Ankara.", "İzmir came next."),
        texts(Sentences.of("They met in Ankara.İzmir came next.")));
  }

  @Test
  void of_gluedFullStopBeforeOneLastWord_endsNoSentence() {
    assertEquals(texts("It may differ from the view of News.Az."),
        texts(Sentences.of("It may differ from the view of News.Az.")));
  }

  @Test
  void of_gluedFullStopAfterATitle_endsNoSentence() {
    assertEquals(texts("Hosted by Dr.Smith and others."), texts(Sentences.of("Hosted by Dr.Smith and others.")));
  }

  @Test
  void of_lineBreak_endsAParagraph_inATextThatIsNotHardWrapped() {
    // folded first, the heading would run into the next sentence
    String text = "Why the OTS Matters\nThe OTS is a body.\nShare";
    assertEquals("Why the OTS Matters The OTS is a body. ",
        iterator(io.github.otsatlas.model.Whitespace.fold(text)).get(0));
    assertEquals(texts("Why the OTS Matters", "The OTS is a body.", "Share"), texts(Sentences.of(text)));
  }

  @Test
  void of_hardWrappedText_joinsItsLines_andEndsParagraphsAtBlankLines() {
    String text = "   A sentence that goes\n     on over lines and\n     ends here.\n\n   Heading of it\n"
        + "    \n   Next one that\n     continues. And another.";
    assertTrue(Sentences.isHardWrapped(text));
    assertEquals(texts("A sentence that goes on over lines and ends here.", "Heading of it",
        "Next one that continues.", "And another."), texts(Sentences.of(text)));
  }

  @Test
  void isHardWrapped_needsHalfOfTheLineBreaksBetweenLinesToBeFollowedByLowerCase() {
    assertFalse(Sentences.isHardWrapped("One line.\nTwo lines.\nThree lines."));
    assertTrue(Sentences.isHardWrapped("One line\ngoes on.\nThree lines."));
    assertFalse(Sentences.isHardWrapped("One line\ngoes on.\nThree lines.\nFour lines."));
    assertFalse(Sentences.isHardWrapped("No line break at all."));
    assertFalse(Sentences.isHardWrapped("Blank lines only\n\nbetween lines."));
  }

  @Test
  void of_paragraphBreakBeforeALowerCaseLetter_continuesTheSentence() {
    String text = "In 2019, Uzbekistan joined as a full\n\nmember. In 2021, it was renamed.";
    assertEquals(texts("In 2019, Uzbekistan joined as a full member.", "In 2021, it was renamed."),
        texts(Sentences.of(text)));
    Sentence first = Sentences.of(text).get(0);
    assertEquals(0, first.start());
    assertEquals(text.indexOf("member.") + "member.".length(), first.end());
  }

  @Test
  void of_pieceWithoutLetterOrDigit_joinsItsNeighbour() {
    // the iterator cuts Markdown emphasis into "region", "." and "*"
    assertEquals(3, iterator("*The OTS is in the region.*").size());
    assertEquals(texts("*The OTS is in the region.*"), texts(Sentences.of("*The OTS is in the region.*")));
    assertEquals(texts("### **What Is the OTS?**", "It is a body."),
        texts(Sentences.of("### **What Is the OTS?**\n\nIt is a body.")));
    assertEquals(texts("---"), texts(Sentences.of("\n---\n")));
  }

  @Test
  void of_offsets_countCodePoints_andTextIsFolded() {
    String text = "\uD835\uDD38 is a letter.\r\n  Second\u2003one\u00a0here.";
    List<Sentence> s = Sentences.of(text);
    assertEquals(List.of(new Sentence("\uD835\uDD38 is a letter.", 0, 14), new Sentence("Second one here.", 18, 34)), s);
  }

  @Test
  void of_everyLineBreakKind_endsAParagraph() {
    for (String br : new String[] {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"}) {
      assertEquals(texts("Heading", "Body here."), texts(Sentences.of("Heading" + br + "Body here.")), br);
    }
  }

  @Test
  void of_blankText_hasNoSentence() {
    assertEquals(List.of(), Sentences.of(""));
    assertEquals(List.of(), Sentences.of(" \n\t\u3000\n"));
    assertThrows(NullPointerException.class, () -> Sentences.of(null));
  }

  @Test
  void sentence_overlaps_isTrueWhenTheRangesShareACodePoint() {
    Sentence s = new Sentence("abc", 10, 13);
    assertTrue(s.overlaps(12, 20));
    assertTrue(s.overlaps(0, 11));
    assertTrue(s.overlaps(11, 12));
    assertFalse(s.overlaps(13, 20));
    assertFalse(s.overlaps(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Sentence("", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Sentence("a", 1, 1));
  }

  private static List<String> texts(String... texts) {
    return List.of(texts);
  }

  private static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }

  /** What the iterator alone makes of a text: its pieces. */
  private static List<String> iterator(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }
}
