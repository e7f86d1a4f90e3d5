package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quote matcher on the inputs that broke it: whitespace the old folds disagreed on, lone
 * surrogates, prefixes that never match, and texts built to make a search quadratic. The
 * time bounds guard against a hang; they are far above the expected times, not benchmarks.
 */
final class QuoteMatcherTest {
  private static final SourceId SRC = SourceId.of("s");
  private static final List<Claim> NAME = List.of(new Claim(Attribute.NAME, "n"));

  private static Optional<QuoteLocation> find(String text, String quote, String prefix, String suffix) {
    Citation.Builder b = Citation.builder().source(SRC).quote(quote).addAllSupports(NAME);
    if (prefix != null) {
      b.prefix(prefix);
    }
    if (suffix != null) {
      b.suffix(suffix);
    }
    return new QuoteMatcher(text).find(SRC, b.build());
  }

  @Test
  void quoteOfOnlyNoBreakSpace_isRejectedAsBlank() {
    // isBlank() and the fold used to disagree: ArrayIndexOutOfBoundsException from find
    assertThrows(IllegalArgumentException.class, () -> Citation.of(SRC, "\u00a0", NAME));
    assertThrows(IllegalArgumentException.class, () -> Citation.of(SRC, " \u00a0\n", NAME));
    assertThrows(IllegalArgumentException.class, () -> Citation.of(SRC, "\u2003\u3000", NAME));
  }

  @Test
  void prefixThatNeverMatches_endsTheSearch() {
    // indexOf("", at + 1) used to spin for ever
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertEquals(Optional.empty(), find("x x x", "x", "never", null)));
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertEquals(Optional.empty(), find("x x x", "x", null, "never")));
  }

  @Test
  void manyCandidatesWithAPrefixThatNeverMatches_isLinear() {
    // one million 'a', quote 'a', prefix 'b': 26 s when each candidate copied the text
    String text = "a".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertEquals(Optional.empty(), find(text, "a", "b", null)));
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertEquals(Optional.empty(), find(text, "a".repeat(1000) + "b", null, null)));
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertEquals(Optional.empty(), find(text, "a", null, "a".repeat(999) + "b")));
  }

  @Test
  void unicodeWhitespaceCopiedVerbatim_isFound() {
    for (String space : List.of("\u2003", "\u2009", "\u3000", "\u2028", "\u2029", "\u1680", "\u205f",
        "\u00a0", "\u202f", "\u0085")) {
      String text = "One line.\nThe words" + space + "in\n  place here.";
      Optional<QuoteLocation> at = find(text, "The words" + space + "in place", null, null);
      assertTrue(at.isPresent(), () -> "U+" + Integer.toHexString(space.codePointAt(0)));
      assertEquals("The words" + space + "in\n  place", at.get().exact());
    }
  }

  @Test
  void informationSeparator_isNotWhitespace() {
    // U+001F is Character.isWhitespace but not White_Space: it must match itself, not a space
    assertTrue(find("a\u001fb", "a\u001fb", null, null).isPresent());
    assertEquals(Optional.empty(), find("a b", "a\u001fb", null, null));
  }

  @Test
  void loneSurrogateInAQuote_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Citation.of(SRC, "\ude00Y", NAME));
    assertThrows(IllegalArgumentException.class, () -> Citation.of(SRC, "X\ud83d", NAME));
    assertThrows(IllegalArgumentException.class,
        () -> Citation.builder().source(SRC).quote("Y").prefix("\ud83d").addAllSupports(NAME).build());
  }

  @Test
  void quoteAfterAnAstralCharacter_hasCodePointOffsets() {
    QuoteLocation at = find("X\ud83d\ude00Y and Z", "Y and", null, null).orElseThrow();
    assertEquals(2, at.start());
    assertEquals(7, at.end());
    assertEquals("Y and", at.exact());
  }

  @Test
  void prefixAndSuffix_chooseTheOccurrence() {
    String text = "first: the quote. second: the quote. third: the quote.";
    assertEquals(26, find(text, "the quote", "second:", null).orElseThrow().start());
    assertEquals(44, find(text, "the quote", "third:", null).orElseThrow().start());
    assertEquals(7, find(text, "the quote", null, ". second").orElseThrow().start());
  }
}
