package io.github.otsatlas.model;

import java.util.Optional;

/**
 * Finds quotes in one source text, comparing after folding every run of whitespace to a
 * single space (some sources are hard-wrapped). Built once per source; thread-confined.
 */
final class QuoteMatcher {
  private final String text;
  private final String folded;
  // folded index -> index of the same char in the original text
  private final int[] origin;

  QuoteMatcher(String text) {
    this.text = text;
    StringBuilder b = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!inSpace) {
          map[b.length()] = i;
          b.append(' ');
          inSpace = true;
        }
      } else {
        map[b.length()] = i;
        b.append(c);
        inSpace = false;
      }
    }
    map[b.length()] = text.length();
    this.folded = b.toString();
    this.origin = map;
  }

  static String fold(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ");
  }

  /** Returns the location of the first occurrence whose prefix and suffix (if any) match. */
  Optional<QuoteLocation> find(SourceId source, Citation citation) {
    String quote = fold(citation.quote()).strip();
    String prefix = citation.prefix().map(p -> fold(p).strip()).orElse("");
    String suffix = citation.suffix().map(s -> fold(s).strip()).orElse("");
    for (int at = folded.indexOf(quote); at >= 0; at = folded.indexOf(quote, at + 1)) {
      int endAt = at + quote.length();
      if (prefix.isEmpty() || folded.substring(0, at).stripTrailing().endsWith(prefix)) {
        if (suffix.isEmpty() || folded.substring(endAt).stripLeading().startsWith(suffix)) {
          int from = origin[at];
          int to = origin[endAt - 1] + 1;
          if (Character.isHighSurrogate(text.charAt(to - 1)) && to < text.length()) {
            to++;
          }
          return Optional.of(new QuoteLocation(source, text.codePointCount(0, from),
              text.codePointCount(0, to), text.substring(from, to)));
        }
      }
    }
    return Optional.empty();
  }
}
