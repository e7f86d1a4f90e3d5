package io.github.otsatlas.model;

/**
 * How untrusted text (an id, a quote, a file name read from a corpus) is shown in a message:
 * control characters, line and paragraph separators and bidirectional formatting characters
 * are written as <code>&#92;u{1b}</code>-style escapes, so that a crafted value can neither break a
 * message into forged lines nor reorder what a terminal shows. Stateless and thread-safe.
 */
public final class Text {
  private Text() {}

  /**
   * Returns the text with every control, separator or bidirectional formatting character
   * escaped as <code>&#92;u{hex}</code>; other text is
   * unchanged.
   *
   * @param text the text, not null
   */
  public static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean escape = isUnsafe(cp) || (Character.isSurrogate(text.charAt(i)) && width == 1);
      if (escape) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append("\\u{").append(Integer.toHexString(cp)).append('}');
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i += width;
    }
    return b == null ? text : b.toString();
  }

  private static boolean isUnsafe(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
        || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200e || cp == 0x200f || cp == 0x061c;
  }
}
