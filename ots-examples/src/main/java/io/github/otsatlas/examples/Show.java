package io.github.otsatlas.examples;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.Quotation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain-text rendering shared by the examples, the tour and the explorer: one line per
 * answer, and the quotations behind it wrapped to a readable width. Output depends only on
 * the atlas and the answers, so it is the same on every run.
 *
 * <p>Stateless and thread-safe, except {@link Quotes}, which numbers the quotations of one
 * question and is meant for one thread.
 */
public final class Show {
  /** The width text is wrapped to. */
  public static final int WIDTH = 100;

  private Show() {}

  /**
   * Returns a one-line description of an answer's subject: a membership, party, state,
   * organization, corridor or summit (anything else by its {@code toString()}).
   *
   * @param atlas the atlas the subject comes from, for names, not null
   * @param subject the subject, not null
   */
  public static String describe(Atlas atlas, Object subject) {
    if (subject instanceof Membership) {
      Membership m = (Membership) subject;
      return m.party().code() + "  " + name(atlas, m.party()) + ": " + roleText(m) + ", "
          + m.period() + "  [" + m.ref() + "]";
    }
    if (subject instanceof Party) {
      return ((Party) subject).code() + "  " + name(atlas, (Party) subject);
    }
    if (subject instanceof State) {
      State s = (State) subject;
      return s.id().code() + "  " + s.name()
          + (s.recognition() == Recognition.DE_FACTO ? " (de facto state)" : "");
    }
    if (subject instanceof Organization) {
      Organization o = (Organization) subject;
      return o.id().code() + "  " + o.name() + " (" + lower(o.kind()) + ")";
    }
    if (subject instanceof Corridor) {
      return describe((Corridor) subject);
    }
    if (subject instanceof Summit) {
      return describe(atlas, (Summit) subject);
    }
    return String.valueOf(subject);
  }

  private static String describe(Corridor c) {
    StringBuilder b = new StringBuilder(c.name()).append(" [").append(c.id()).append("]: ")
        .append(lower(c.kind())).append(", ").append(lower(c.status()));
    if (!c.modes().isEmpty()) {
      b.append(", ").append(c.modes().stream().map(Show::lower).collect(Collectors.joining("/")));
    }
    if (!c.route().isEmpty()) {
      b.append("; route ").append(c.route().stream().map(Show::place).collect(Collectors.joining(" → ")));
    }
    if (!c.crosses().isEmpty()) {
      b.append("; crosses ").append(c.crosses().stream().map(Show::place).collect(Collectors.joining(", ")));
    }
    if (!c.bypasses().isEmpty()) {
      b.append("; bypasses ").append(c.bypasses().stream().map(Show::place).collect(Collectors.joining(", ")));
    }
    return b.toString();
  }

  private static String describe(Atlas atlas, Summit s) {
    StringBuilder b = new StringBuilder(s.date().map(PartialDate::toString).orElse("undated"))
        .append("  ").append(s.name());
    String place = place(atlas, s);
    if (!place.isEmpty()) {
      b.append(", ").append(place);
    }
    return b.append(" (").append(lower(s.status())).append(")  [").append(s.ref()).append(']').toString();
  }

  /** Returns a summit's place: {@code Bishkek, Kyrgyzstan}, or only what is known. */
  public static String place(Atlas atlas, Summit s) {
    List<String> parts = new ArrayList<>();
    s.hostCity().ifPresent(parts::add);
    s.hostState().ifPresent(st -> parts.add(name(atlas, st)));
    return String.join(", ", parts);
  }

  /** Returns a waypoint as a reader says it: a state's code, a sea's or region's name. */
  public static String place(Waypoint w) {
    return w.state().map(StateId::code).orElse(w.name());
  }

  /** Returns {@code founding member}, {@code observer}, ... for a membership's role. */
  public static String roleText(Membership m) {
    return lower(m.role());
  }

  /**
   * Returns a party's name: a state's name, an organization's current name, or the code when
   * the corpus does not know the party.
   */
  public static String name(Atlas atlas, Party party) {
    if (party instanceof StateId) {
      return atlas.corpus().state((StateId) party).map(State::name).orElse(party.code());
    }
    return atlas.corpus().organization((OrganizationId) party).map(Organization::name).orElse(party.code());
  }

  /** Returns an enum constant in lower case with spaces: {@code FOUNDING_MEMBER} → {@code founding member}. */
  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Wraps text at spaces to lines of at most {@code width} characters (a word longer than
   * that keeps a line of its own).
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Prints text wrapped to {@link #WIDTH}: the first line after {@code first}, the others
   * indented by {@code indent} spaces.
   */
  public static void wrapped(PrintStream out, String first, int indent, String text) {
    List<String> lines = wrap(text, WIDTH - Math.max(first.length(), indent));
    String pad = " ".repeat(indent);
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? first : pad) + lines.get(i));
    }
    if (lines.isEmpty()) {
      out.println(first.stripTrailing());
    }
  }

  /** Returns an answer on one line: its certainty, then its subject described. */
  public static String line(Atlas atlas, Answer<?> answer) {
    return String.format(Locale.ROOT, "%-10s  %s", answer.certainty(), describe(atlas, answer.subject()));
  }

  /**
   * Prints answers, one line each with its certainty, and after each the quotations that
   * support it (each quotation in full once, later by its number).
   *
   * @param out where to print, not null
   * @param atlas the atlas the answers come from, not null
   * @param answers the answers, not null
   * @param indent the left margin, in spaces
   */
  public static void answers(PrintStream out, Atlas atlas, List<? extends Answer<?>> answers, int indent) {
    answers(out, atlas, answers, new Quotes(out, indent + 12), indent);
  }

  /**
   * Prints answers as {@link #answers(PrintStream, Atlas, List, int)} does, numbering their
   * quotations with {@code quotes} (so that a quotation printed for an earlier question is
   * only referred to); {@code quotes} should print at {@code indent + 12}.
   */
  public static void answers(PrintStream out, Atlas atlas, List<? extends Answer<?>> answers,
      Quotes quotes, int indent) {
    String margin = " ".repeat(indent);
    if (answers.isEmpty()) {
      out.println(margin + "(no answer)");
      return;
    }
    for (Answer<?> a : answers) {
      wrapped(out, margin + String.format(Locale.ROOT, "%-12s", a.certainty()), indent + 12,
          describe(atlas, a.subject()));
      quotes.print(atlas.evidence(a).quotations());
    }
  }

  /** Prints the evidence of a fact: every quotation, then the sources and independent sources. */
  public static void evidence(PrintStream out, Evidence evidence, int indent) {
    String margin = " ".repeat(indent);
    new Quotes(out, indent).print(evidence.quotations());
    out.println(margin + "sources cited (" + evidence.sources().size() + "):");
    for (Source s : evidence.sources()) {
      wrapped(out, margin + "  " + s.id() + ": ", indent + 4, s.label()
          + s.republicationOf().map(o -> " (republishes " + o + ")").orElse(""));
    }
    out.println(margin + "independent sources (" + evidence.independentSources().size()
        + ", republications folded into their originals):");
    for (Source s : evidence.independentSources()) {
      wrapped(out, margin + "  " + s.id() + ": ", indent + 4, s.label());
    }
  }

  /**
   * Numbers and prints the quotations of one question: a quote is printed in full, with
   * every source that carries it, the first time; afterwards only its number.
   */
  public static final class Quotes {
    private final PrintStream out;
    private final int indent;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** Starts a numbering that prints to {@code out} at {@code indent} spaces. */
    public Quotes(PrintStream out, int indent) {
      this.out = out;
      this.indent = indent;
    }

    /**
     * Returns the number of a quote printed by this numbering ({@link Quotation#text()}), or
     * empty if it was not printed.
     */
    public Optional<Integer> numberOf(String text) {
      return Optional.ofNullable(numbers.get(text));
    }

    /** Prints quotations (from {@code atlas.evidence(...)}). */
    public void print(List<Quotation> quotations) {
      Map<String, List<Source>> byText = new LinkedHashMap<>();
      for (Quotation q : quotations) {
        byText.computeIfAbsent(q.text(), k -> new ArrayList<>()).add(q.source());
      }
      printGrouped(byText);
    }

    /** Prints citations (of a timeline event, say), looking their sources up in the atlas. */
    public void printCitations(Atlas atlas, List<Citation> citations) {
      Map<String, List<Source>> byText = new LinkedHashMap<>();
      for (Citation c : citations) {
        Optional<Source> source = atlas.corpus().source(c.source());
        byText.computeIfAbsent(c.quote().replaceAll("\\s+", " ").strip(), k -> new ArrayList<>())
            .addAll(source.stream().toList());
      }
      printGrouped(byText);
    }

    private void printGrouped(Map<String, List<Source>> byText) {
      String margin = " ".repeat(indent);
      List<Integer> seen = new ArrayList<>();
      for (Map.Entry<String, List<Source>> e : byText.entrySet()) {
        Integer n = numbers.get(e.getKey());
        if (n != null) {
          seen.add(n);
          continue;
        }
        n = numbers.size() + 1;
        numbers.put(e.getKey(), n);
        String tag = "[" + n + "] ";
        wrapped(out, margin + tag, indent + tag.length(), "“" + e.getKey() + "”");
        for (Source s : e.getValue()) {
          wrapped(out, margin + " ".repeat(tag.length()) + "— ", indent + tag.length() + 2,
              s.label() + " [" + s.id() + "]");
        }
      }
      if (!seen.isEmpty()) {
        out.println(margin + (seen.size() == byText.size() ? "quoted above: " : "also quoted above: ")
            + seen.stream().map(n -> "[" + n + "]").collect(Collectors.joining(" ")));
      }
    }
  }
}
