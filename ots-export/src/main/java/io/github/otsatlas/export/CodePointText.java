package io.github.otsatlas.export;

/**
 * A text addressed by code-point offsets, as W3C Web Annotation selectors and {@code
 * QuoteLocation} count them, converted to the UTF-16 indexes of {@link String}: the same for a
 * text without supplementary characters, looked up in a table built once otherwise.
 */
final class CodePointText {
  private final String text;
  private final int length;
  // utf16[k] = the UTF-16 index of code point k; null when every code point is one char
  private final int[] utf16;

  CodePointText(String text) {
    this.text = text;
    this.length = text.codePointCount(0, text.length());
    if (length == text.length()) {
      this.utf16 = null;
    } else {
      this.utf16 = new int[length + 1];
      int i = 0;
      for (int k = 0; k < length; k++) {
        utf16[k] = i;
        i += Character.charCount(text.codePointAt(i));
      }
      utf16[length] = text.length();
    }
  }

  /** Returns the number of code points. */
  int length() {
    return length;
  }

  /** Returns the code points from {@code start} (inclusive) to {@code end} (exclusive), clamped to the text. */
  String substring(int start, int end) {
    int from = Math.max(0, Math.min(start, length));
    int to = Math.max(from, Math.min(end, length));
    return utf16 == null ? text.substring(from, to) : text.substring(utf16[from], utf16[to]);
  }
}
