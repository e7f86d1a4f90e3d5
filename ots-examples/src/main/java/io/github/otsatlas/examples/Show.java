package io.github.otsatlas.examples;

import java.time.LocalDate;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.ClaimEvidence;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.Quotation;
import io.github.otsatlas.query.Query;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plain-text rendering shared by the examples, the tour and the explorer: one line per
 * answer, the quotations it rests on wrapped to a readable width, each labelled with the
 * claims it supports and the day it attests, and the line that says what a definite-only
 * query left out. Output depends only on
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
    if (subject instanceof Gathering g) {
      return describe(atlas, g);
    }
    if (subject instanceof Agreement a) {
      return a.date().map(PartialDate::toString).orElse("undated") + "  " + lower(a.kind()) + ": " + a.name()
          + (a.parties().isEmpty() ? "" : "; parties " + a.parties().stream().map(Party::code)
              .collect(Collectors.joining(", ")))
          + (a.signatories().isEmpty() ? "" : "; signed by " + String.join(", ", a.signatories()))
          + "  [" + a.ref() + "]";
    }
    if (subject instanceof Exercise e) {
      return e.date().map(PartialDate::toString).orElse("undated") + "  exercise " + e.label()
          + " (" + lower(e.status()) + ")"
          + (e.organizers().isEmpty() ? "" : "; organized by " + e.organizers().stream().map(Party::code)
              .collect(Collectors.joining(", ")))
          + (e.participants().isEmpty() ? "" : "; with " + e.participants().stream().map(Party::code)
              .collect(Collectors.joining(", ")))
          + e.framework().map(f -> "; under the " + f.code() + " framework").orElse("")
          + "  [" + e.ref() + "]";
    }
    if (subject instanceof RecognitionAct r) {
      return r.date().map(PartialDate::toString).orElse("undated") + "  " + name(atlas, r.recognizer())
          + (r.first() ? " first" : "") + " recognised " + (r.recognized().isEmpty()
              ? "\"" + r.recognizedAs().orElse("") + "\" (no state named)"
              : r.recognized().stream().map(id -> name(atlas, id)).collect(Collectors.joining(", ")))
          + "  [" + r.ref() + "]";
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

  private static String describe(Atlas atlas, Gathering s) {
    StringBuilder b = new StringBuilder(s.dates().isEmpty() ? "undated"
        : s.dates().stream().map(PartialDate::toString).collect(Collectors.joining(" or ")))
        .append("  ").append(s.name());
    String place = place(atlas, s);
    if (!place.isEmpty()) {
      b.append(", ").append(place);
    }
    b.append(" (").append(status(s)).append(")");
    if (!s.absence().isEmpty()) {
      b.append("; did not attend: ").append(s.absence().stream().map(p -> name(atlas, p)).collect(Collectors.joining(", ")));
    }
    if (!s.invited().isEmpty()) {
      b.append("; invited: ").append(s.invited().stream().map(p -> name(atlas, p)).collect(Collectors.joining(", ")));
    }
    if (!s.delegates().isEmpty()) {
      // one office a sentence gives for several parties is printed once, with their codes
      java.util.Map<String, List<String>> byWho = new java.util.LinkedHashMap<>();
      s.delegates().forEach(d -> byWho.computeIfAbsent(d.person().orElse(d.title().orElse("")),
          k -> new java.util.ArrayList<>()).add(d.party().code()));
      b.append("; persons named: ").append(byWho.entrySet().stream()
          .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", ")));
    }
    return b.append("  [").append(s.ref()).append(']').toString();
  }

  /**
   * Returns a summit's status with the day each source reports it as of: {@code scheduled as of
   * 2024-11-04}, {@code scheduled as of 2024-11-04, held as of 2025}; {@code status unknown}
   * when no source reports one.
   */
  public static String status(Gathering s) {
    if (s.statusReports().isEmpty()) {
      return "status unknown";
    }
    return s.statusReports().stream().map(r -> lower(r.status()) + " as of " + r.asOf()).distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns a summit's place: {@code Bishkek, Kyrgyzstan}, or only what is known; hosts that
   * sources dispute are joined by "or".
   */
  public static String place(Atlas atlas, Gathering s) {
    List<String> parts = new ArrayList<>();
    if (!s.hostCities().isEmpty()) {
      parts.add(String.join(" or ", s.hostCities()));
    }
    if (!s.hostStates().isEmpty()) {
      parts.add(s.hostStates().stream().map(st -> name(atlas, st)).collect(Collectors.joining(" or ")));
    }
    return String.join(", ", parts);
  }

  /**
   * Returns the first line that an atlas narrowed to a day prints: the day, the sources it keeps
   * and those it leaves out, with what is known of their publication.
   */
  public static String reportedBy(Atlas atlas) {
    LocalDate day = atlas.reportedBy().orElseThrow();
    int kept = atlas.corpus().sources().size();
    StringBuilder b = new StringBuilder("as reported by ").append(day).append(": ").append(kept)
        .append(kept == 1 ? " source" : " sources").append(" published by then");
    if (!atlas.corpus().sources().isEmpty()) {
      b.append(" (").append(atlas.corpus().sources().stream().map(x -> x.id().value())
          .collect(Collectors.joining(", "))).append(')');
    }
    if (!atlas.sourcesLeftOut().isEmpty()) {
      b.append("; left out, not certainly published by then: ").append(atlas.sourcesLeftOut().stream()
          .map(Show::publication).collect(Collectors.joining(", ")));
    }
    return b.toString();
  }

  /** Returns a source's id and what is known of its publication day. */
  public static String publication(Source s) {
    String when = s.latestPublication().isEmpty()
        ? "date unknown" + s.earliestPublication().map(e -> ", not before " + e).orElse("")
        : s.published().map(PartialDate::toString).orElse("published by " + s.latestPublication().get());
    return s.id().value() + " (" + when + ")";
  }

  /**
   * Prints a disagreement: what it is about, then each side with its position and its quotes.
   *
   * @param out where to print, not null
   * @param atlas the atlas it comes from, for the quotations, not null
   * @param d the disagreement, not null
   * @param indent the left margin, in spaces
   */
  public static void disagreement(PrintStream out, Atlas atlas, Disagreement d, int indent) {
    String margin = " ".repeat(indent);
    wrapped(out, margin + "sources disagree on ", indent + 4, d.fact() + " " + d.attribute()
        + (d.kind() == Disagreement.Kind.LEFT_OFF_LIST ? " (left off a complete list"
            + d.doubtfulDays().map(r -> "; at most POSSIBLY " + days(r)).orElse("") + ")" : ""));
    for (Disagreement.Side side : d.sides()) {
      wrapped(out, margin + "  - ", indent + 4, side.position());
      for (Citation c : side.citations()) {
        Quotation q = new Quotation(c, atlas.corpus().source(c.source()).orElseThrow(),
            atlas.corpus().locate(c));
        wrapped(out, margin + "      ", indent + 6, "“" + q.text() + "” (" + c.source()
            + c.asOf().map(a -> ", as of " + a).orElse("") + ")");
      }
    }
  }

  private static String days(com.google.common.collect.Range<LocalDate> r) {
    return "from " + r.lowerEndpoint() + (r.hasUpperBound() ? " until " + r.upperEndpoint() : " on");
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
    return String.format(Locale.ROOT, "%-10s  %s", answer.certainty(), describe(atlas, answer.subject()))
        + (answer.isDisputed() ? "  (sources disagree: " + answer.disagreements().stream()
            .map(d -> d.fact() + " " + d.attribute()).distinct().collect(Collectors.joining(", ")) + ")" : "");
  }

  /**
   * Prints answers, one line each with its certainty, and after each the quotations it rests
   * on, claim by claim: each quotation labelled with the claims of the answer it supports and,
   * where it attests a day, that day (each quotation in full once, later by its number).
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
      quotes.print(atlas.evidence(a));
      for (Disagreement d : a.disagreements()) {
        disagreement(out, atlas, d, indent + 12);
      }
    }
  }

  /**
   * Returns the line to print after the answers of a query that asked for DEFINITELY answers
   * only and left POSSIBLY ones out, or empty when it left none out: {@code 0 definite
   * answers; 2 possible answers left out (the newest attestation is 2026-01-13): add}
   * {@code advice}. Past the newest attestation of the corpus no membership without a dated
   * end is definite, so an empty definite answer on a recent day usually means the sources do
   * not reach that day, not that nothing held.
   *
   * @param atlas the atlas the query asks, for its newest attestation
   * @param query the query, after {@code list()} was called or not
   * @param advice how to ask for the possible answers: {@code use includingPossible()},
   *     {@code add --possible}
   */
  public static Optional<String> leftOut(Atlas atlas, Query<?> query, String advice) {
    int left = query.possibleLeftOut();
    if (left == 0) {
      return Optional.empty();
    }
    int definite = query.list().size();
    String possible = left + (left == 1 ? " possible answer" : " possible answers") + " left out";
    if (definite > 0) {
      return Optional.of(definite + (definite == 1 ? " definite answer; " : " definite answers; ") + possible
          + ": " + advice);
    }
    return Optional.of("0 definite answers; " + possible
        + atlas.newestAttestation().map(d -> " (the newest attestation is " + d + ")").orElse("")
        + ": " + advice);
  }

  private static String claimText(ClaimEvidence c, boolean withFact) {
    return (withFact ? c.fact() + " " : "") + c.claim();
  }

  /**
   * Returns how a claim is named in a label: a single-valued claim by its field ({@code
   * start}), a list claim with its value ({@code modes=RAIL}), as the corpus files name them
   * in a citation's {@code supports}.
   */
  public static String label(Claim claim) {
    return claim.attribute().isList() ? claim.toString() : claim.attribute().fieldName();
  }

  /**
   * Prints the evidence of a fact claim by claim: every quotation with the claims it supports
   * and the day it attests, then each claim with the numbers of its quotations (a classified
   * claim says it is the curators' classification), the attestations, then the sources and
   * the independent sources.
   */
  public static void evidence(PrintStream out, Evidence evidence, int indent) {
    String margin = " ".repeat(indent);
    Quotes quotes = new Quotes(out, indent);
    quotes.printQuotations(evidence, false);
    if (!evidence.claims().isEmpty()) {
      out.println(margin + "claims (" + evidence.claims().size() + "), each with the quotes that support it:");
      boolean facts = evidence.facts().size() > 1;
      int width = evidence.claims().stream().mapToInt(c -> claimText(c, facts).length()).max().orElse(0);
      for (ClaimEvidence c : evidence.claims()) {
        String claim = claimText(c, facts);
        String support = c.classified() ? "the curators' classification, stated by no source"
            : c.quotations().isEmpty() ? "no quote"
            : c.quotations().stream().map(q -> "[" + quotes.numberOf(q.text()).orElseThrow() + "]")
                .distinct().collect(Collectors.joining(" "));
        wrapped(out, margin + "  " + String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s  ", claim),
            indent + 4 + width, support);
      }
    }
    if (!evidence.attestations().isEmpty()) {
      wrapped(out, margin + "attested (the days the sources say it held): ", indent + 4,
          evidence.attestations().stream().map(q -> q.citation().asOf().orElseThrow() + " ["
              + quotes.numberOf(q.text()).orElseThrow() + "]")
              .distinct()  // a quote in an original and its reprint attests the same day once
              .collect(Collectors.joining(", ")));
    }
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
   * every source that carries it, the first time; afterwards only its number. Each is
   * labelled with the claims it supports ({@code supports: party, organization, role}) and,
   * when it attests a day, that day ({@code as of 2025}).
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

    /**
     * Prints the quotations of an answer's evidence ({@code atlas.evidence(answer)}), each
     * labelled with the claims of the answer it supports and the day it attests; then the
     * claims that are the curators' classification, which no quote supports.
     */
    public void print(Evidence evidence) {
      printQuotations(evidence, true);
    }

    void printQuotations(Evidence evidence, boolean classifiedLine) {
      if (evidence.facts().size() == 1) {
        printQuotations(evidence.claims(), evidence.attestations(), classifiedLine);
        return;
      }
      // An answer resting on several facts (a state in two organizations): fact by fact, so
      // that each quote is labelled with the claims of the fact it is cited for.
      for (Fact f : evidence.facts()) {
        wrapped(out, " ".repeat(indent) + "from ", indent + 5, factLine(f));
        printQuotations(evidence.claims().stream().filter(c -> c.fact().equals(f.ref())).toList(),
            evidence.attestations().stream().filter(q -> f.allCitations().contains(q.citation())).toList(),
            classifiedLine);
      }
    }

    private static String factLine(Fact f) {
      if (f instanceof Membership) {
        Membership m = (Membership) f;
        return roleText(m) + " of " + m.organization().code() + ", " + m.period() + "  [" + m.ref() + "]";
      }
      return f.ref().toString();
    }

    private void printQuotations(List<ClaimEvidence> claims, List<Quotation> attestations, boolean classifiedLine) {
      Map<Quotation, Set<String>> labels = new LinkedHashMap<>();
      Set<String> classified = new LinkedHashSet<>();
      for (ClaimEvidence c : claims) {
        if (c.classified()) {
          classified.add(label(c.claim()));
        }
        for (Quotation q : c.quotations()) {
          labels.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(label(c.claim()));
        }
      }
      attestations.forEach(q -> labels.computeIfAbsent(q, k -> new LinkedHashSet<>()));
      Set<Quotation> attesting = new LinkedHashSet<>(attestations);
      Map<String, Group> byText = new LinkedHashMap<>();
      labels.forEach((q, supported) -> {
        Group g = byText.computeIfAbsent(q.text(), k -> new Group());
        if (!g.sources.contains(q.source())) {
          g.sources.add(q.source());
        }
        g.claims.addAll(supported);
        if (attesting.contains(q)) {
          g.asOf.add(q.citation().asOf().orElseThrow().toString());
        }
      });
      printGrouped(byText);
      if (classifiedLine && !classified.isEmpty()) {
        wrapped(out, " ".repeat(indent), indent + 2, String.join(", ", classified)
            + ": the curators' classification, stated by no source");
      }
    }

    /**
     * Prints citations (of a timeline event, say), looking their sources up in the atlas,
     * each labelled with the claims it supports and the day it attests.
     */
    public void printCitations(Atlas atlas, List<Citation> citations) {
      Map<String, Group> byText = new LinkedHashMap<>();
      for (Citation c : citations) {
        Group g = byText.computeIfAbsent(c.quote().replaceAll("\\s+", " ").strip(), k -> new Group());
        atlas.corpus().source(c.source()).filter(s -> !g.sources.contains(s)).ifPresent(g.sources::add);
        c.supports().forEach(claim -> g.claims.add(label(claim)));
        c.asOf().ifPresent(d -> g.asOf.add(d.toString()));
      }
      printGrouped(byText);
    }

    private void printGrouped(Map<String, Group> byText) {
      String margin = " ".repeat(indent);
      // Quotes printed before are referred to by number, those with the same label on one line.
      Map<String, List<Integer>> seen = new LinkedHashMap<>();
      for (Map.Entry<String, Group> e : byText.entrySet()) {
        Integer n = numbers.get(e.getKey());
        if (n != null) {
          seen.computeIfAbsent(e.getValue().label(), k -> new ArrayList<>()).add(n);
        }
      }
      seen.forEach((label, ns) -> {
        String tags = ns.stream().map(n -> "[" + n + "]").collect(Collectors.joining(" ")) + " ";
        wrapped(out, margin + tags, indent + 4, label.isEmpty() ? "quoted above" : "quoted above; " + label);
      });
      for (Map.Entry<String, Group> e : byText.entrySet()) {
        if (numbers.containsKey(e.getKey())) {
          continue;
        }
        Group g = e.getValue();
        int n = numbers.size() + 1;
        numbers.put(e.getKey(), n);
        String tag = "[" + n + "] ";
        wrapped(out, margin + tag, indent + tag.length(), "“" + e.getKey() + "”");
        for (Source s : g.sources) {
          wrapped(out, margin + " ".repeat(tag.length()) + "— ", indent + tag.length() + 2,
              s.label() + " [" + s.id() + "]");
        }
        if (!g.label().isEmpty()) {
          wrapped(out, margin + " ".repeat(tag.length()), indent + tag.length() + 2, g.label());
        }
      }
    }

    /** One quote's sources, the claims it supports and the days it attests. */
    private static final class Group {
      final List<Source> sources = new ArrayList<>();
      final Set<String> claims = new LinkedHashSet<>();
      final Set<String> asOf = new LinkedHashSet<>();

      String label() {
        List<String> parts = new ArrayList<>();
        if (!claims.isEmpty()) {
          parts.add("supports: " + String.join(", ", claims));
        }
        if (!asOf.isEmpty()) {
          parts.add("as of " + String.join(", ", asOf));
        }
        return String.join(" · ", parts);
      }
    }
  }
}
