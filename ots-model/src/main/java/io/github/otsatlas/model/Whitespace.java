package io.github.otsatlas.model;

/**
 * The one definition of whitespace that quotes are compared by: the Unicode {@code White_Space}
 * property (U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000), the characters that {@code \p{IsWhite_Space}} matches. The loader
 * folds source texts and quotes with it, the offsets of a located quote follow from it, and
 * every printer of quotes uses it, so that a quote copied verbatim from a source is always
 * found. (It differs from {@link Character#isWhitespace}, which leaves out the no-break spaces
 * and counts the information separators U+001C–U+001F.)
 *
 * <p>Stateless and thread-safe.
 */
public final class Whitespace {
  private Whitespace() {}

  /** Returns whether the code point has the Unicode {@code White_Space} property. */
  public static boolean isWhitespace(int codePoint) {
    if (codePoint <= 0x20) {
      return codePoint == 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d);
    }
    if (codePoint < 0x85) {
      return false;
    }
    return codePoint == 0x85 || codePoint == 0xa0 || codePoint == 0x1680
        || (codePoint >= 0x2000 && codePoint <= 0x200a) || codePoint == 0x2028
        || codePoint == 0x2029 || codePoint == 0x202f || codePoint == 0x205f || codePoint == 0x3000;
  }

  /**
   * Returns the text with every run of whitespace replaced by one space, and none at either
   * end: {@code fold(" a \u2003\n b ")} is {@code "a b"}.
   *
   * @param text the text, not null
   */
  public static String fold(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhitespace(cp)) {
        pending = b.length() > 0;
      } else {
        if (pending) {
          b.append(' ');
          pending = false;
        }
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /** Returns whether the text is empty once folded: only whitespace, or nothing. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Returns whether the text holds a lone surrogate: half of a character. */
  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
