package io.github.otsatlas.site;

import io.github.otsatlas.model.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds what a document says about its own rights, in its own words; the site never invents a
 * licence. A statement is a line of the text, at most {@value #MAX_LINE} characters once its
 * whitespace is folded, that begins with "©", "(c)" followed by a year, or "Copyright", or that
 * says "all rights reserved", "Creative Commons", "licensed under" or "public domain" (any case). A
 * document with no such line states no rights, and its page says that they are unknown. Stateless
 * and thread-safe.
 */
final class Rights {
  /** The longest line taken for a statement: a rights notice is a line of its own, not prose. */
  static final int MAX_LINE = 300;
  private static final Pattern OPENING = Pattern.compile("(©|\\(c\\)\\s*\\d{4}|copyright\\b).*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<String> PHRASES =
      List.of("all rights reserved", "creative commons", "licensed under", "public domain");

  private Rights() {}

  /** One statement: its words (whitespace folded) and its line in the text, from 1. */
  record Statement(String text, int line) {}

  /** Returns the rights statements of a text, in text order; empty when it states none. */
  static List<Statement> statedIn(String text) {
    List<Statement> out = new ArrayList<>();
    int line = 1;
    for (String raw : text.split("\\R", -1)) {
      String folded = Whitespace.fold(raw);
      if (!folded.isEmpty() && folded.length() <= MAX_LINE && isStatement(folded)) {
        out.add(new Statement(folded, line));
      }
      line++;
    }
    return List.copyOf(out);
  }

  private static boolean isStatement(String line) {
    if (OPENING.matcher(line).matches()) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return PHRASES.stream().anyMatch(lower::contains);
  }
}
