package io.github.otsatlas.corpus;

import io.github.otsatlas.model.Whitespace;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a source text into sentences by one documented rule, the rule the seed corpus's
 * sentence ledger is checked with ({@code seeds/README.md}, section "The sentence ledger").
 *
 * <ol>
 *   <li><b>Paragraphs.</b> A text is <em>hard-wrapped</em> when at least half of the line breaks
 *       between two non-blank lines are followed by a lower-case letter (a line that continues a
 *       sentence). In a hard-wrapped text only a blank line (one holding nothing but whitespace)
 *       ends a paragraph; in any other text every line break does. Either way, a paragraph break
 *       followed by a lower-case letter is no break: the sentence goes on ("joined as a
 *       full", a blank line, "member."). Line breaks are LF, CR, CR LF, U+0085, U+2028 and U+2029.
 *   <li><b>Folding.</b> Within a paragraph, every run of whitespace counts as one space
 *       ({@link Whitespace}), so a sentence wrapped over several lines is one sentence.
 *   <li><b>Sentences.</b> Each paragraph is split by {@link
 *       BreakIterator#getSentenceInstance(Locale)} for {@link Locale#ROOT}, with three corrections.
 *       No sentence ends after a title abbreviation ({@code Dr.}, {@code Mr.}, {@code Mrs.},
 *       {@code Ms.}, {@code Prof.}, ... : {@link #TITLES}) or after a single capital letter and a
 *       full stop (an initial, as in "S. Paul Kapur"). A sentence does end at a full stop,
 *       question or exclamation mark written between a lower-case and an upper-case letter with no
 *       space ("China.One"), which the iterator does not see as a boundary, unless a single word
 *       follows it to the end of the sentence ("the view of News.Az."). A piece with no letter
 *       or digit is no sentence of its own: it joins the sentence before it, or the one after it
 *       at the start of a paragraph (the iterator cuts "region.*" into "region", "." and "*").
 * </ol>
 *
 * <p>A sentence's {@linkplain Sentence#text() text} is its original text folded by {@link
 * Whitespace#fold}; its offsets are code points of the original text, as a located quote's are.
 * Every non-whitespace character of the text lies in exactly one sentence. Stateless and
 * thread-safe.
 */
public final class Sentences {

  /**
   * The title abbreviations after which a full stop never ends a sentence (compared exactly, so
   * {@code "DR."} or {@code "dr."} do end one).
   */
  public static final Set<String> TITLES = Set.of("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Gen",
      "Col", "Lt", "Capt", "Sgt", "Adm", "Rev", "Sen", "Gov", "Amb", "Hon");

  private Sentences() {}

  /**
   * Returns the sentences of a text in the order they stand in it.
   *
   * <pre>{@code
   * Sentences.of("Dr. Dzhuraev spoke.\nThe OTS met.")
   * // [Sentence[text=Dr. Dzhuraev spoke., start=0, end=19], Sentence[text=The OTS met., start=20, end=32]]
   * }</pre>
   *
   * @param text the text, not null
   * @return its sentences, an immutable list, empty if the text is blank
   */
  public static List<Sentence> of(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> out = new ArrayList<>();
    CodePoints counter = new CodePoints(text);
    for (int[] p : paragraphs(text)) {
      split(text, p[0], p[1], counter, out);
    }
    return List.copyOf(out);
  }

  /**
   * Returns whether the text is hard-wrapped: whether at least half of its line breaks between
   * two non-blank lines are followed by a lower-case letter. Then only blank lines separate its
   * paragraphs.
   *
   * @param text the text, not null
   */
  public static boolean isHardWrapped(String text) {
    List<int[]> lines = lines(Objects.requireNonNull(text, "text"));
    int pairs = 0;
    int continued = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      int[] a = lines.get(i);
      int[] b = lines.get(i + 1);
      if (isBlank(text, a) || isBlank(text, b)) {
        continue;
      }
      pairs++;
      if (Character.isLowerCase(text.codePointAt(firstNonBlank(text, b)))) {
        continued++;
      }
    }
    return pairs > 0 && 2 * continued >= pairs;
  }

  /** Returns the paragraphs as char ranges from their first to past their last non-blank char. */
  private static List<int[]> paragraphs(String text) {
    boolean wrapped = isHardWrapped(text);
    List<int[]> out = new ArrayList<>();
    int[] current = null;
    boolean blankSince = false;
    for (int[] line : lines(text)) {
      if (isBlank(text, line)) {
        blankSince = true;
        continue;
      }
      int from = firstNonBlank(text, line);
      int to = lastNonBlank(text, line);
      boolean separated = !wrapped || blankSince;
      if (current == null || (separated && !Character.isLowerCase(text.codePointAt(from)))) {
        current = new int[] {from, to};
        out.add(current);
      } else {
        current[1] = to;
      }
      blankSince = false;
    }
    return out;
  }

  /** Returns the lines as char ranges, without their line breaks. */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(new int[] {start, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private static boolean isBlank(String text, int[] line) {
    return Whitespace.isBlank(text.substring(line[0], line[1]));
  }

  private static int firstNonBlank(String text, int[] line) {
    int i = line[0];
    while (Whitespace.isWhitespace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static int lastNonBlank(String text, int[] line) {
    int i = line[1];
    while (Whitespace.isWhitespace(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return i;
  }

  /** Splits one paragraph, {@code text[from, to)}, and adds its sentences to {@code out}. */
  private static void split(String text, int from, int to, CodePoints counter, List<Sentence> out) {
    // The paragraph folded, and for each of its chars the index of that char in the text.
    StringBuilder folded = new StringBuilder(to - from);
    int[] origin = new int[to - from];
    boolean inSpace = false;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Whitespace.isWhitespace(cp)) {
        if (!inSpace) {
          origin[folded.length()] = i;
          folded.append(' ');
          inSpace = true;
        }
      } else {
        for (int k = 0; k < width; k++) {
          origin[folded.length()] = i + k;
          folded.append(text.charAt(i + k));
        }
        inSpace = false;
      }
      i += width;
    }
    String f = folded.toString();
    for (int[] s : boundaries(f)) {
      int b = s[0];
      int e = s[1];
      while (b < e && f.charAt(b) == ' ') {
        b++;
      }
      while (e > b && f.charAt(e - 1) == ' ') {
        e--;
      }
      if (b == e) {
        continue;
      }
      int start = origin[b];
      int end = origin[e - 1] + 1;
      out.add(new Sentence(Whitespace.fold(text.substring(start, end)), counter.at(start), counter.at(end)));
    }
  }

  /** Returns the sentence ranges of a folded paragraph: the iterator's, corrected. */
  private static List<int[]> boundaries(String f) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(f);
    List<int[]> merged = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (end < f.length() && endsWithTitleOrInitial(f, start, end)) {
        continue; // the sentence goes on past the abbreviation
      }
      merged.add(new int[] {start, end});
      start = end;
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : merged) {
      int from = s[0];
      for (int i = s[0] + 1; i + 1 < s[1]; i++) {
        if (isGluedStop(f, i) && !endsWithTitleOrInitial(f, from, i + 1)
            && f.substring(i + 1, s[1]).strip().indexOf(' ') >= 0) {
          out.add(new int[] {from, i + 1});
          from = i + 1;
        }
      }
      out.add(new int[] {from, s[1]});
    }
    // A piece with no letter or digit is no sentence of its own: it joins its neighbour.
    List<int[]> joined = new ArrayList<>();
    for (int[] s : out) {
      if (!hasLetterOrDigit(f, s[0], s[1]) && !joined.isEmpty()) {
        joined.get(joined.size() - 1)[1] = s[1];
      } else if (!joined.isEmpty() && !hasLetterOrDigit(f, joined.get(joined.size() - 1)[0],
          joined.get(joined.size() - 1)[1])) {
        joined.get(joined.size() - 1)[1] = s[1];
      } else {
        joined.add(s);
      }
    }
    return joined;
  }

  private static boolean hasLetterOrDigit(String f, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = f.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether {@code f[i]} ends a sentence glued to the next: "China.One". */
  private static boolean isGluedStop(String f, int i) {
    char c = f.charAt(i);
    return (c == '.' || c == '?' || c == '!') && Character.isLowerCase(f.codePointBefore(i))
        && Character.isUpperCase(f.codePointAt(i + 1));
  }

  /**
   * Whether {@code f[from, end)}, its trailing spaces aside, ends with a title abbreviation or a
   * single capital letter, and a full stop.
   */
  private static boolean endsWithTitleOrInitial(String f, int from, int end) {
    int e = end;
    while (e > from && f.charAt(e - 1) == ' ') {
      e--;
    }
    if (e - from < 2 || f.charAt(e - 1) != '.') {
      return false;
    }
    int w = e - 1;
    while (w > from && Character.isLetter(f.codePointBefore(w))) {
      w -= Character.charCount(f.codePointBefore(w));
    }
    String word = f.substring(w, e - 1);
    if (word.isEmpty()) {
      return false;
    }
    boolean initial = word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(word.codePointAt(0));
    return initial || TITLES.contains(word);
  }

  /** Counts code points up to a char index, moving forward from the last index asked. */
  private static final class CodePoints {
    private final String text;
    private int charIndex;
    private int count;

    CodePoints(String text) {
      this.text = text;
    }

    int at(int index) {
      if (index < charIndex) {
        charIndex = 0;
        count = 0;
      }
      count += text.codePointCount(charIndex, index);
      charIndex = index;
      return count;
    }
  }
}
