package io.github.otsatlas.query;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Summit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every name of every state, organization, corridor, summit, meeting, agreement and exercise of one corpus (ids, names,
 * dated names, aliases), by its folded form ({@link #fold}). Built once per atlas; never
 * mutated after construction, so safely shared between threads.
 */
final class NameIndex {
  /** The farthest a suggestion may be from the name asked, in edits after folding. */
  private static final int CLOSEST = 2;

  private final Map<String, List<NameMatch<Fact>>> byFolded;

  NameIndex(Corpus corpus) {
    Map<String, List<NameMatch<Fact>>> map = new HashMap<>();
    for (State s : corpus.states()) {
      add(map, s, s.id().code(), NameMatch.Kind.ID, null);
      add(map, s, s.name(), NameMatch.Kind.NAME, null);
      s.aliases().forEach(a -> add(map, s, a, NameMatch.Kind.ALIAS, null));
    }
    for (Organization o : corpus.organizations()) {
      add(map, o, o.id().code(), NameMatch.Kind.ID, null);
      Map<OrganizationName, Period> periods = o.namePeriods();
      List<OrganizationName> names = o.names();
      for (int i = 0; i < names.size(); i++) {
        OrganizationName n = names.get(i);
        add(map, o, n.name(), i == names.size() - 1 ? NameMatch.Kind.NAME : NameMatch.Kind.FORMER_NAME,
            periods.get(n));
      }
      o.aliases().forEach(a -> add(map, o, a, NameMatch.Kind.ALIAS, null));
    }
    for (Corridor c : corpus.corridors()) {
      add(map, c, c.id().value(), NameMatch.Kind.ID, null);
      add(map, c, c.name(), NameMatch.Kind.NAME, null);
      c.aliases().forEach(a -> add(map, c, a, NameMatch.Kind.ALIAS, null));
    }
    for (Summit s : corpus.summits()) {
      add(map, s, s.id().value(), NameMatch.Kind.ID, null);
      add(map, s, s.name(), NameMatch.Kind.NAME, null);
    }
    for (io.github.otsatlas.model.Meeting m : corpus.meetings()) {
      add(map, m, m.id().value(), NameMatch.Kind.ID, null);
      add(map, m, m.name(), NameMatch.Kind.NAME, null);
    }
    for (Agreement a : corpus.agreements()) {
      add(map, a, a.id().value(), NameMatch.Kind.ID, null);
      add(map, a, a.name(), NameMatch.Kind.NAME, null);
    }
    for (Exercise e : corpus.exercises()) {
      add(map, e, e.id().value(), NameMatch.Kind.ID, null);
      add(map, e, e.label(), NameMatch.Kind.NAME, null);
      e.name().ifPresent(n -> add(map, e, n, NameMatch.Kind.NAME, null));
    }
    Map<String, List<NameMatch<Fact>>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byFolded = Map.copyOf(frozen);
  }

  private static void add(Map<String, List<NameMatch<Fact>>> map, Fact fact, String name,
      NameMatch.Kind kind, Period bore) {
    map.computeIfAbsent(fold(name), k -> new ArrayList<>())
        .add(new NameMatch<>(fact, name, kind, Optional.ofNullable(bore)));
  }

  /**
   * Returns the folded form of a name, the same whatever the default locale: decomposed
   * (NFD) with its combining marks dropped, dotless i as i, dashes as '-', runs of whitespace
   * as one space, trimmed, in lower case by {@link Locale#ROOT}. "Türkiye", "TURKIYE" and
   * "türkiye" fold alike; so do "İstanbul" and "Istanbul".
   */
  static String fold(String name) {
    Objects.requireNonNull(name, "name");
    char[] out = new char[name.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      char f = c < TABLE.length ? TABLE[c] : OTHER;
      if (f == OTHER) {
        return foldSlowly(name);
      } else if (f == SPACE) {
        space = n > 0;
      } else if (f != MARK) {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = f;
      }
    }
    return new String(out, 0, n);
  }

  // Codes of TABLE that are no folded char: whitespace, a dropped mark, and a char that does
  // not fold to one char (folded by the definition itself).
  private static final char SPACE = '\uFFFD';
  private static final char MARK = '\uFFFE';
  private static final char OTHER = '\uFFFF';

  /**
   * The folded form of each char of Latin script and the combining marks, computed once by the
   * one definition ({@link #foldSlowly}). Folding char by char gives what folding the whole
   * string does (decomposition never joins chars, and the marks it might reorder are dropped),
   * without the cost of a normalizer on the look-up path.
   */
  private static final char[] TABLE = new char[0x370];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      String one = foldSlowly(String.valueOf(c));
      TABLE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : one.isEmpty() ? MARK : one.length() == 1 && one.charAt(0) < SPACE ? one.charAt(0) : OTHER;
    }
  }

  /** The definition of folding, for any text. */
  static String foldSlowly(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c == '\u0131') {
        c = 'i';
      } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
        c = '-';
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the one fact of {@code type} that bears {@code name}.
   *
   * @throws IllegalArgumentException if several facts of that type bear it (naming them), or
   *     none does (naming the closest names, at most two edits away after folding)
   */
  <T extends Fact> NameMatch<T> find(String name, Class<T> type, String what) {
    String folded = fold(name);
    // Of one fact's names that fold alike, the one spelled as asked, else by kind (name, former
    // name, alias, id): "Council" matches a council's name, "COUNCIL" its id.
    NameMatch<Fact> best = null;
    List<NameMatch<Fact>> hits = new ArrayList<>();
    for (NameMatch<Fact> m : byFolded.getOrDefault(folded, List.of())) {
      if (!type.isInstance(m.fact())) {
        continue;
      }
      if (best != null && !best.fact().ref().equals(m.fact().ref())) {
        hits.add(m);
      } else if (best == null || rank(m, name) < rank(best, name)) {
        best = m;
      }
    }
    if (best != null && hits.isEmpty()) {
      return best.as(type);
    }
    if (best != null) {
      hits.add(0, best);
      throw new IllegalArgumentException("'" + name + "' names several " + what + "s: "
          + hits.stream().map(NameIndex::show).toList() + "; ask by id");
    }
    List<String> closest = closest(folded, type);
    throw new IllegalArgumentException("no " + what + " is named '" + name + "'"
        + (closest.isEmpty() ? "" : "; closest: " + closest));
  }

  private static int rank(NameMatch<?> m, String asked) {
    int byKind = switch (m.kind()) {
      case NAME -> 1;
      case FORMER_NAME -> 2;
      case ALIAS -> 3;
      case ID -> 4;
    };
    return m.name().equals(asked) ? 0 : byKind;
  }

  /** The names of {@code type} nearest to {@code folded} (at most {@link #CLOSEST} edits), nearest first. */
  private List<String> closest(String folded, Class<? extends Fact> type) {
    Map<String, Integer> distance = new LinkedHashMap<>();
    byFolded.forEach((key, matches) -> {
      int d = distance(folded, key, CLOSEST);
      if (d <= CLOSEST) {
        for (NameMatch<Fact> m : matches) {
          if (type.isInstance(m.fact())) {
            distance.merge(show(m), d, Math::min);
          }
        }
      }
    });
    return distance.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  private static String show(NameMatch<?> m) {
    FactRef ref = m.fact().ref();
    return "'" + m.name() + "' (" + ref + ")";
  }

  /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
