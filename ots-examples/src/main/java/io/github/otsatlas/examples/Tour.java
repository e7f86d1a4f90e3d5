package io.github.otsatlas.examples;

import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.CorridorQuery;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.MembershipQuery;
import io.github.otsatlas.query.OrganizationQuery;
import io.github.otsatlas.query.Quotation;
import io.github.otsatlas.query.StateQuery;
import io.github.otsatlas.query.SummitQuery;
import io.github.otsatlas.query.TimelineEvent;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A guided tour of OTS Atlas: about a dozen questions on the embedded seed corpus, each shown
 * with the query that answers it, the answers with their certainty, and the quotes (and their
 * sources) that support each answer. A quote is printed in full once and later referred to by
 * its number. The output is the same on every run.
 *
 * <p>Run it with {@code ./tour.sh}, or {@code mvn -pl ots-examples exec:java} after an
 * install.
 */
public final class Tour {
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final int INDENT = 4;

  private final Atlas atlas;
  private final PrintStream out;
  private final Show.Quotes quotes;
  private int number;

  private Tour(Atlas atlas, PrintStream out) {
    this.atlas = atlas;
    this.out = out;
    this.quotes = new Show.Quotes(out, INDENT + 12);
  }

  /** Prints the tour of {@code atlas} (the seed corpus's, normally) to {@code out}. */
  public static void run(Atlas atlas, PrintStream out) {
    new Tour(atlas, out).all();
  }

  /** Prints the tour of the embedded seed corpus. */
  public static void main(String[] args) {
    run(Atlas.seeded(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  private void all() {
    out.println("OTS Atlas — a guided tour");
    out.println("=========================");
    Show.wrapped(out, "", 0, "Questions about the Organization of Turkic States and the politics around it, "
        + "answered from the embedded seed corpus: " + atlas.corpus() + ". Each answer carries its "
        + "certainty — DEFINITELY, or POSSIBLY when a day falls inside the imprecision of a source's "
        + "date — and the sentences of the sources that support it. A quote is printed in full once "
        + "and referred to by its number [n] afterwards.");

    MembershipQuery founders = FoundingMembers.query(atlas);
    ask("Who founded the OTS?", founders, founders.list(),
        "Founders are found by role, with no date: the four states that established the Turkic "
        + "Council in 2009.");

    LocalDate dec2022 = LocalDate.of(2022, 12, 1);
    MembershipQuery onDec2022 = ObserversOnADay.everyoneQuery(atlas, dec2022);
    ask("Who were the OTS's members and observers on 1 December 2022?", onDec2022, onDec2022.list(),
        "Observers alone: " + ObserversOnADay.observersQuery(atlas, dec2022) + " gives "
        + ObserversOnADay.observers(atlas, dec2022) + ". Northern Cyprus became an observer in "
        + "November 2022, so by 1 December it definitely was; the ECO only followed in 2023.");

    LocalDate jun2019 = LocalDate.of(2019, 6, 1);
    MembershipQuery onJun2019 = ObserversOnADay.everyoneQuery(atlas, jun2019);
    MembershipQuery onJun2019Possible = onJun2019.includingPossible();
    ask("And on 1 June 2019?", onJun2019, onJun2019.list(),
        "Uzbekistan is missing: it joined \"in 2019\", so on 1 June 2019 it may or may not have "
        + "been a member yet, and a query returns only what DEFINITELY held unless asked. "
        + onJun2019Possible + " adds it: " + summary(onJun2019Possible.list()) + ".");

    MembershipQuery midYear = PossibleAnswersOnAPartialDate.query(atlas, PossibleAnswersOnAPartialDate.MID_2021);
    ask("Who were the OTS's observers on 1 June 2021, counting what only MAY have held?", midYear, midYear.list(),
        "Turkmenistan became an observer \"in 2021\". The date is kept at year precision, never "
        + "rounded to 1 January: on 2021-06-01 it is POSSIBLY an observer, on 2022-01-01 "
        + "DEFINITELY, on 2020-12-31 not at all.");

    MembershipQuery former = MembersUnderAFormerName.query(atlas, MembersUnderAFormerName.FORMER_NAME);
    ask("Who belonged to the OTS while it was still called the \"" + MembersUnderAFormerName.FORMER_NAME + "\"?",
        former, former.list(),
        "A rename is the same organization, so memberships carry across it. Turkmenistan is "
        + "POSSIBLY here: it became an observer some time in 2021, the name changed in November "
        + "2021. Northern Cyprus (2022) and the ECO (2023) came after the rename. Under the current "
        + "name: " + summary(MembersUnderAFormerName.membersUnder(atlas, MembersUnderAFormerName.CURRENT_NAME)) + ".");

    renames();

    StateQuery inBoth2026 = CstoOtsOverlap.query(atlas, CstoOtsOverlap.JAN_2026);
    ask("Which states were in both the OTS and the Russian-led CSTO on 13 January 2026?", inBoth2026,
        inBoth2026.list(),
        "Sources of 2025 and of 13 January 2026 state both CSTO memberships in the present tense "
        + "and none says they ended, so on that day they DEFINITELY held.");

    StateQuery inBoth2024 = CstoOtsOverlap.query(atlas, CstoOtsOverlap.NOV_2024).includingPossible();
    ask("And on 4 November 2024, counting what may have held?", inBoth2024, inBoth2024.list(),
        "Only POSSIBLY: no source says when Kazakhstan and Kyrgyzstan joined the CSTO, only that "
        + "they are members in 2025 and 2026, so before then the atlas cannot rule membership in "
        + "or out. Without includingPossible() the answer is "
        + summary(CstoOtsOverlap.inBoth(atlas, CstoOtsOverlap.NOV_2024)) + ". Uzbekistan is never "
        + "in both: it suspended its CSTO membership in 2012 and joined the OTS in 2019.");

    OrganizationQuery alliances = OrganizationsOfAState.alliancesQuery(atlas, OrganizationsOfAState.JAN_2026);
    ask("Which military alliances did Kazakhstan belong to on 13 January 2026?", alliances, alliances.list(),
        "All its organizations that day: "
        + summary(OrganizationsOfAState.query(atlas, OrganizationsOfAState.JAN_2026).list()) + ".");

    CorridorQuery corridors = CorridorsBypassingRussia.query(atlas);
    ask("Which corridors pass through Azerbaijan and bypass Russia?", corridors, corridors.list(),
        "\"Bypasses\" is only what a source says: these corridors are said to bypass Russia (and Iran).");

    StateId uzb = StateId.of("UZB");
    SummitQuery inUzbekistan = SummitsByHost.query(atlas, uzb);
    ask("Which summits did Uzbekistan host, of any organization?", inUzbekistan, inUzbekistan.list(),
        "The OTS's own among them: " + SummitsByHost.otsQuery(atlas, uzb) + " gives "
        + summary(SummitsByHost.otsSummitsHostedIn(atlas, uzb)) + ".");

    SummitQuery inKyrgyzstan = SummitsByHost.otsQuery(atlas, StateId.of("KGZ"));
    ask("Which OTS summits did Kyrgyzstan host?", inKyrgyzstan, inKyrgyzstan.list(),
        "A summit's status is as of its source: here a roundtable two days before the summit, when "
        + "it was still scheduled.");

    independentSources();
    timeline();
  }

  /** Prints one question: the query, its answers with their quotes, and a note. */
  private void ask(String question, Object query, List<? extends Answer<?>> answers, String note) {
    heading(question);
    out.println(" ".repeat(INDENT) + query);
    out.println();
    Show.answers(out, atlas, answers, quotes, INDENT);
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, note);
  }

  private void heading(String question) {
    number++;
    out.println();
    out.println("-".repeat(Show.WIDTH));
    Show.wrapped(out, String.format(Locale.ROOT, "%2d. ", number), INDENT, question);
  }

  private void renames() {
    heading("When did the OTS take its current name, and where?");
    out.println(" ".repeat(INDENT) + "atlas.timeline(OTS), its RENAMED events");
    out.println();
    for (TimelineEvent e : MembersUnderAFormerName.renames(atlas)) {
      Show.wrapped(out, " ".repeat(INDENT) + String.format(Locale.ROOT, "%-12s", e.date().map(Object::toString).orElse("undated")),
          INDENT + 12, e.text());
      quotes.printCitations(atlas, e.citations());
    }
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, "The sources disagree on precision: one gives "
        + "\"November 2021\" and the 8th summit in Istanbul, the other only \"2021\"; the atlas keeps "
        + "the more precise month and cites both.");
  }

  private void independentSources() {
    Evidence evidence = IndependentSourcesOfAFact.evidence(atlas);
    heading("How many independent sources say that Uzbekistan is an OTS member?");
    out.println(" ".repeat(INDENT) + "atlas.evidence(FactRef.parse(\"" + IndependentSourcesOfAFact.UZBEKISTAN_IN_THE_OTS + "\"))");
    out.println();
    if (evidence.quotations().stream().anyMatch(q -> quotes.numberOf(q.text()).isEmpty())) {
      quotes.print(evidence.quotations());
    }
    out.println(" ".repeat(INDENT) + "quotations(), each quote with its source:");
    for (Quotation q : evidence.quotations()) {
      out.println(" ".repeat(INDENT + 2) + quotes.numberOf(q.text()).map(n -> "[" + n + "] ").orElse("")
          + q.source().id() + q.source().republicationOf().map(o -> "  (republishes " + o + ")").orElse(""));
    }
    out.println();
    out.println(" ".repeat(INDENT) + "sources():            " + ids(evidence.sources()));
    out.println(" ".repeat(INDENT) + "independentSources(): " + ids(evidence.independentSources()));
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, "Three sources are cited, but the AVIM blog "
        + "post republishes the National Interest article (its record says republicationOf: "
        + "tni-coffey-2026), so it folds into the original: two independent sources.");
  }

  private void timeline() {
    heading("The OTS's history at a glance");
    out.println(" ".repeat(INDENT) + "atlas.timeline(OTS)");
    out.println();
    for (TimelineEvent e : OrganizationTimeline.timeline(atlas, OTS)) {
      Show.wrapped(out, " ".repeat(INDENT) + String.format(Locale.ROOT, "%-12s%-20s", e.date().map(Object::toString).orElse("undated"), e.kind()),
          INDENT + 32, e.text());
    }
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, "The same history as a picture: "
        + "docs/ots-timeline.svg, drawn by ./explore.sh timeline OTS --svg docs/ots-timeline.svg.");
    out.println();
  }

  private String summary(List<? extends Answer<?>> answers) {
    if (answers.isEmpty()) {
      return "nothing";
    }
    return answers.stream().map(a -> code(a.subject()) + " (" + a.certainty() + ")").collect(Collectors.joining(", "));
  }

  private static String code(Object subject) {
    if (subject instanceof Membership) {
      return ((Membership) subject).party().code();
    }
    if (subject instanceof State) {
      return ((State) subject).id().code();
    }
    if (subject instanceof Organization) {
      return ((Organization) subject).id().code();
    }
    if (subject instanceof Summit) {
      return ((Summit) subject).id().value();
    }
    return String.valueOf(subject);
  }

  private static String ids(List<Source> sources) {
    return sources.stream().map(s -> s.id().value()).collect(Collectors.joining(", "));
  }
}
