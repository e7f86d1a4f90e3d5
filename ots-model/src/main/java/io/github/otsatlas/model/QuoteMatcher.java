package io.github.otsatlas.model;

import java.util.BitSet;
import java.util.Optional;

/**
 * Finds quotes in one source text, comparing after folding every run of whitespace ({@link
 * Whitespace}) to a single space, since some sources are hard-wrapped. Built once per source;
 * thread-confined.
 *
 * <p>Every search is linear in the length of the text and of the quote: the quote, its
 * prefix and its suffix are each found with one Knuth–Morris–Pratt pass over the folded text,
 * never by copying the text around a candidate. Quotes are whole code points ({@link Citation}
 * refuses lone surrogates), and so are source texts read by the loader, so a match never
 * splits a character.
 */
final class QuoteMatcher {
  // Code point offsets are counted from the nearest checkpoint: one every STEP chars.
  private static final int STEP = 1024;

  private final String text;
  private final char[] folded;
  private final int length;
  // folded index -> index in the original text of the same char (of a run's first char)
  private final int[] origin;
  // codePoints[k] = the number of code points in text[0, k * STEP)
  private final int[] codePoints;

  QuoteMatcher(String text) {
    this.text = text;
    char[] out = new char[text.length()];
    int[] map = new int[text.length() + 1];
    int n = 0;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Whitespace.isWhitespace(cp)) {
        if (!inSpace) {
          map[n] = i;
          out[n++] = ' ';
          inSpace = true;
        }
      } else {
        for (int k = 0; k < width; k++) {
          map[n] = i + k;
          out[n++] = text.charAt(i + k);
        }
        inSpace = false;
      }
      i += width;
    }
    map[n] = text.length();
    this.folded = out;
    this.length = n;
    this.origin = map;
    this.codePoints = new int[text.length() / STEP + 1];
    int count = 0;
    for (int k = 1; k < codePoints.length; k++) {
      count += text.codePointCount((k - 1) * STEP, k * STEP);
      codePoints[k] = count;
    }
  }

  /** Returns how many characters a search for the citation scans: one pass per part. */
  long cost(Citation citation) {
    long passes = 1 + (citation.prefix().isPresent() ? 1 : 0) + (citation.suffix().isPresent() ? 1 : 0);
    return passes * Math.max(1, length);
  }

  /**
   * Returns the location of the first occurrence whose prefix and suffix (if any) match, or
   * empty if there is none (a quote that is blank once folded is never found).
   */
  Optional<QuoteLocation> find(SourceId source, Citation citation) {
    char[] quote = Whitespace.fold(citation.quote()).toCharArray();
    if (quote.length == 0) {
      return Optional.empty();
    }
    String prefix = citation.prefix().map(Whitespace::fold).orElse("");
    String suffix = citation.suffix().map(Whitespace::fold).orElse("");
    // Where a prefix ends (exclusive) and where a suffix starts, over the whole folded text.
    BitSet prefixEnds = prefix.isEmpty() ? null : ends(prefix.toCharArray());
    BitSet suffixStarts = suffix.isEmpty() ? null : starts(suffix.toCharArray());
    int[] failure = failure(quote);
    int matched = 0;
    for (int i = 0; i < length; i++) {
      while (matched > 0 && folded[i] != quote[matched]) {
        matched = failure[matched - 1];
      }
      if (folded[i] == quote[matched]) {
        matched++;
      }
      if (matched == quote.length) {
        int at = i + 1 - quote.length;
        int endAt = i + 1;
        if (prefixMatches(prefixEnds, at) && suffixMatches(suffixStarts, endAt)) {
          return Optional.of(location(source, at, endAt));
        }
        matched = failure[matched - 1];
      }
    }
    return Optional.empty();
  }

  // The prefix may be separated from the quote by one folded space, or touch it.
  private boolean prefixMatches(BitSet prefixEnds, int at) {
    return prefixEnds == null || prefixEnds.get(at) || (at > 0 && folded[at - 1] == ' ' && prefixEnds.get(at - 1));
  }

  private boolean suffixMatches(BitSet suffixStarts, int endAt) {
    return suffixStarts == null || suffixStarts.get(endAt)
        || (endAt < length && folded[endAt] == ' ' && suffixStarts.get(endAt + 1));
  }

  private QuoteLocation location(SourceId source, int at, int endAt) {
    int from = origin[at];
    int to = origin[endAt - 1] + 1;
    if (Character.isHighSurrogate(text.charAt(to - 1)) && to < text.length()) {
      to++;
    }
    return new QuoteLocation(source, codePointIndex(from), codePointIndex(to), text.substring(from, to));
  }

  private int codePointIndex(int charIndex) {
    int k = charIndex / STEP;
    return codePoints[k] + text.codePointCount(k * STEP, charIndex);
  }

  /** Marks every index just after an occurrence of {@code pattern} in the folded text. */
  private BitSet ends(char[] pattern) {
    BitSet out = new BitSet(length + 1);
    int[] failure = failure(pattern);
    int matched = 0;
    for (int i = 0; i < length; i++) {
      while (matched > 0 && folded[i] != pattern[matched]) {
        matched = failure[matched - 1];
      }
      if (folded[i] == pattern[matched]) {
        matched++;
      }
      if (matched == pattern.length) {
        out.set(i + 1);
        matched = failure[matched - 1];
      }
    }
    return out;
  }

  /** Marks every index at which an occurrence of {@code pattern} starts in the folded text. */
  private BitSet starts(char[] pattern) {
    BitSet ends = ends(pattern);
    BitSet out = new BitSet(length + 1);
    for (int e = ends.nextSetBit(0); e >= 0; e = ends.nextSetBit(e + 1)) {
      out.set(e - pattern.length);
    }
    return out;
  }

  /** The Knuth–Morris–Pratt failure function: the longest proper border of each prefix. */
  private static int[] failure(char[] pattern) {
    int[] f = new int[pattern.length];
    int k = 0;
    for (int i = 1; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = f[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }
}
