package io.github.otsatlas.examples;

import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.ClaimEvidence;
import io.github.otsatlas.query.CorridorQuery;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.MembershipQuery;
import io.github.otsatlas.query.MemberOrganizationQuery;
import io.github.otsatlas.query.Quotation;
import io.github.otsatlas.query.Query;
import io.github.otsatlas.query.MemberStateQuery;
import io.github.otsatlas.query.SummitQuery;
import io.github.otsatlas.query.TimelineEvent;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A guided tour of OTS Atlas: fourteen questions on the embedded seed corpus, each shown with
 * the query that answers it, the answers with their certainty, what a definite-only query left
 * out ({@link io.github.otsatlas.query.Query#possibleLeftOut()}, with the corpus's newest
 * attestation), and the quotes (and their sources) each answer rests on, claim by claim: every
 * quote labelled with the claims of the answer it supports and, when it attests a day, that
 * day. A quote is printed in full once and later referred to by its number. The output is the
 * same on every run.
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
        + "date or after the latest source that says the fact held — and the sentences of the sources "
        + "it rests on, each labelled with the claims it supports (party, role, start, ...) and, when it "
        + "says the fact held on a day, that day (as of ...). A quote is printed in full once and "
        + "referred to by its number [n] afterwards.");

    MembershipQuery founders = FoundingMembers.query(atlas);
    ask("Who founded the OTS?", founders,
        "Founders are found by role, with no date: the four states that established the Turkic "
        + "Council in 2009.");

    LocalDate dec2022 = LocalDate.of(2022, 12, 1);
    MembershipQuery onDec2022 = ObserversOnADay.everyoneQuery(atlas, dec2022);
    ask("Who were the OTS's members and observers on 1 December 2022?", onDec2022,
        "Observers alone: " + ObserversOnADay.observersQuery(atlas, dec2022) + " gives "
        + ObserversOnADay.observers(atlas, dec2022) + ". Northern Cyprus became an observer in "
        + "November 2022, so by 1 December it definitely was; the ECO only followed in 2023.");

    LocalDate jun2019 = LocalDate.of(2019, 6, 1);
    MembershipQuery onJun2019 = ObserversOnADay.everyoneQuery(atlas, jun2019);
    MembershipQuery onJun2019Possible = onJun2019.includingPossible();
    ask("And on 1 June 2019?", onJun2019,
        "Uzbekistan is missing: it joined \"in 2019\", so on 1 June 2019 it may or may not have "
        + "been a member yet, and a query returns only what DEFINITELY held unless asked. "
        + onJun2019Possible + " adds it: " + summary(onJun2019Possible.list()) + ".");

    MembershipQuery midYear = PossibleAnswersOnAPartialDate.query(atlas, PossibleAnswersOnAPartialDate.MID_2021);
    ask("Who were the OTS's observers on 1 June 2021, counting what only MAY have held?", midYear,
        "Turkmenistan became an observer \"in 2021\". The date is kept at year precision, never "
        + "rounded to 1 January: on 2021-06-01 it is POSSIBLY an observer, on 2022-01-01 "
        + "DEFINITELY, on 2020-12-31 not at all.");

    MembershipQuery former = MembersUnderAFormerName.query(atlas, MembersUnderAFormerName.FORMER_NAME);
    ask("Who belonged to the OTS while it was still called the \"" + MembersUnderAFormerName.FORMER_NAME + "\"?",
        former,
        "A rename is the same organization, so memberships carry across it. Turkmenistan is "
        + "POSSIBLY here: it became an observer some time in 2021, the name changed in November "
        + "2021. Northern Cyprus (2022) and the ECO (2023) came after the rename. Under the current "
        + "name: " + summary(MembersUnderAFormerName.membersUnder(atlas, MembersUnderAFormerName.CURRENT_NAME)) + ".");

    renames();

    MemberStateQuery inBoth2024 = CstoOtsOverlap.query(atlas, CstoOtsOverlap.NOV_2024);
    ask("Which states were in both the OTS and the Russian-led CSTO on 4 November 2024?", inBoth2024,
        "No source says when Kazakhstan and Kyrgyzstan joined the CSTO, but the article of "
        + "13 January 2026 says they \"are members\" in a sentence about the fall of 2020 (\"as of "
        + "2020, 2026-01-13\"), and one of 2025 says so too: from the end of 2020 to 13 January 2026 "
        + "they DEFINITELY were: " + CstoOtsOverlap.query(atlas, CstoOtsOverlap.JAN_2026) + " gives "
        + summary(CstoOtsOverlap.inBoth(atlas, CstoOtsOverlap.JAN_2026)) + ". Uzbekistan is never in "
        + "both: it suspended its CSTO membership in 2012 and joined the OTS in 2019.");

    MemberStateQuery inBothFeb2026 = CstoOtsOverlap.query(atlas, CstoOtsOverlap.FEB_2026);
    ask("And on 1 February 2026?", inBothFeb2026, inBothFeb2026.includingPossible(),
        "No definite answer: the latest source that says they are in the CSTO is the article of "
        + "13 January 2026, and with no reported end a membership is DEFINITELY held only up to its "
        + "latest attestation, and POSSIBLY after it (the knowledge horizon). Asked including the "
        + "possible answers, both are POSSIBLY in both organizations.");

    MemberOrganizationQuery alliances = OrganizationsOfAState.alliancesQuery(atlas, OrganizationsOfAState.JAN_2025);
    ask("Which military alliances did Kazakhstan belong to on 1 January 2025?", alliances,
        "All its organizations that day: "
        + summary(OrganizationsOfAState.query(atlas, OrganizationsOfAState.JAN_2025).list()) + ". On "
        + "13 January 2026, the day of the latest source on it, the CSTO membership is still "
        + "DEFINITELY held: "
        + OrganizationsOfAState.alliancesQuery(atlas, OrganizationsOfAState.JAN_2026) + " gives "
        + summary(OrganizationsOfAState.militaryAlliances(atlas, OrganizationsOfAState.JAN_2026)) + ". On "
        + "1 February 2026, past that source, it is only POSSIBLY held: "
        + OrganizationsOfAState.alliancesQuery(atlas, OrganizationsOfAState.FEB_2026).includingPossible()
        + " gives " + summary(OrganizationsOfAState.possibleAlliances(atlas, OrganizationsOfAState.FEB_2026))
        + ". That the CSTO is a military alliance is the curators' classification (its kind is "
        + "classified): no quoted sentence calls it one.");

    CorridorQuery corridors = CorridorsBypassingRussia.query(atlas);
    ask("Which corridors pass through Azerbaijan and bypass Russia?", corridors,
        "\"Bypasses\" is only what a source says of the corridor itself: the Middle Corridor is said "
        + "to let the EU bypass Russia. A sentence that names several corridors together does not "
        + "say it of each of them.");

    StateId uzb = StateId.of("UZB");
    SummitQuery inUzbekistan = SummitsByHost.query(atlas, uzb);
    ask("Which summits did Uzbekistan host, of any organization?", inUzbekistan,
        "The OTS's own among them: " + SummitsByHost.otsQuery(atlas, uzb) + " gives "
        + summary(SummitsByHost.otsSummitsHostedIn(atlas, uzb)) + ".");

    SummitQuery inKyrgyzstan = SummitsByHost.otsQuery(atlas, StateId.of("KGZ"));
    ask("Which OTS summits did Kyrgyzstan host?", inKyrgyzstan,
        "A summit's status is as of its source: here a roundtable two days before the summit, when "
        + "it was still scheduled.");

    meetingsAndAbsences();
    agreementsAndExercises();
    asReportedBy();
    disagreements();
    independentSources();
    timeline();
  }

  /** Meetings that are not summits, who stayed away, and who recognised whom. */
  private void meetingsAndAbsences() {
    StateId xnc = StateId.of("XNC");
    ask("Which OTS summits did Northern Cyprus's leader stay away from?", atlas.summits().missedBy(xnc),
        "The document names the summits only by where they were held, so each answer is a record of "
        + "several undated summits (collective): no sentence says which dated summit in Uzbekistan or "
        + "Kazakhstan they are, and a query for a year gives them as possible only. Silence is not "
        + "absence: a summit no source says he missed is not among the answers.");
    ask("Which meetings of ministers and officials do the sources report?",
        atlas.meetings().ofKind(MeetingKind.MINISTERIAL, MeetingKind.OFFICIALS),
        "Meetings that are not summits are records of their own: atlas.summits() never returns one. "
        + "Each person or office a source names for a party is a claim with its quote.");
    ask("Who recognised whom, and when?", atlas.recognitions(),
        "\"In the early 1990s\" is kept as the decade 199X, never a year; the document does not say "
        + "which Central Asian states, so none is named.");
  }

  /** Agreements and military exercises: facts of their own kinds, each claim quoted. */
  private void agreementsAndExercises() {
    StateId tur = StateId.of("TUR");
    ask("Which agreements is Türkiye a party to?", atlas.agreements().withParty(tur),
        "Agreements are records of their own, every value a quoted claim: who signed, when, where. "
        + "Bodies that are not states or organizations (ministers, companies) are kept in the source's "
        + "words as signatories (agreements().signedBy(words)), never turned into their states.");
    ask("In which military exercises do the sources name Türkiye as organizer or participant?",
        atlas.exercises().involving(tur),
        "An exercise's framework (exercises().underFramework(CSTO)) and host are claims of their own; "
        + "a year the source gives stays a year.");
  }

  /** What the sources published by a day said: the same questions over fewer sources. */
  private void asReportedBy() {
    LocalDate endOf2025 = LocalDate.of(2025, 12, 31);
    Atlas by2025 = atlas.asReportedBy(endOf2025);
    OrganizationId ots = OrganizationId.of("OTS");
    heading("What had the sources published by the end of 2025 said about the OTS's members?");
    out.println(" ".repeat(INDENT) + "atlas.asReportedBy(" + endOf2025 + ")");
    Show.wrapped(out, " ".repeat(INDENT), INDENT + 2, Show.reportedBy(by2025));
    out.println();
    MembershipQuery members = by2025.members(ots).withRole(Role.MEMBER);
    out.println(" ".repeat(INDENT) + members);
    out.println();
    Show.answers(out, by2025, members.list(), quotes, INDENT);
    out.println();
    MembershipQuery founders = by2025.members(ots).withRole(Role.FOUNDING_MEMBER);
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, "The 2025 document calls them members; none of "
        + "the sources published by then says who founded the OTS: " + founders + " gives "
        + summary(founders.list()) + ", and the article of 13 January 2026 is the first to say it. The "
        + "undated roundtable report never counts in a narrowed atlas (nothing bounds its publication "
        + "from above), so the 11th summit, which only it reports, is unknown to every one.");
  }

  /** Where the sources disagree, each side with its quotes. */
  private void disagreements() {
    heading("Where do the sources disagree?");
    out.println(" ".repeat(INDENT) + "atlas.disagreements()");
    out.println();
    for (Disagreement d : atlas.disagreements()) {
      Show.disagreement(out, atlas, d, INDENT);
    }
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, "The article of 13 January 2026 gives the "
        + "complete list of the OTS's observers, and the Economic Cooperation Organization, an observer "
        + "according to the 2025 document, is not on it. Both claims are kept; the omission never makes "
        + "the ECO's membership NOT, only at most POSSIBLY from that day on, and every answer it decides "
        + "carries it.");
  }

  /**
   * Prints one question: the query, its answers with their quotes, what a definite-only query
   * left out, and a note.
   */
  private void ask(String question, Query<?> query, String note) {
    ask(question, query, null, note);
  }

  /**
   * Prints one question as {@link #ask(String, Query, String)} does, then, when {@code then}
   * is not null, that second query and its answers without their quotes (the same question
   * including the possible answers, whose quotes are those of the first), then the note.
   */
  private void ask(String question, Query<?> query, Query<?> then, String note) {
    heading(question);
    answer(query);
    if (then != null) {  // the same answers again: their quotes are those above
      out.println();
      out.println(" ".repeat(INDENT) + then);
      out.println();
      for (Answer<?> a : then.list()) {
        Show.wrapped(out, " ".repeat(INDENT) + String.format(Locale.ROOT, "%-12s", a.certainty()), INDENT + 12,
            Show.describe(atlas, a.subject()) + " (quoted above)");
      }
    }
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, note);
  }

  private void answer(Query<?> query) {
    out.println(" ".repeat(INDENT) + query);
    out.println();
    List<? extends Answer<?>> answers = query.list();
    Optional<String> leftOut = Show.leftOut(atlas, query, "use includingPossible()");
    if (answers.isEmpty() && leftOut.isPresent()) {
      Show.wrapped(out, " ".repeat(INDENT), INDENT + 2, leftOut.get());
    } else {
      Show.answers(out, atlas, answers, quotes, INDENT);
      leftOut.ifPresent(line -> Show.wrapped(out, " ".repeat(INDENT), INDENT + 2, line));
    }
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
        + "\"November 2021\" and the 8th summit in Istanbul, the others only \"2021\". Each quote "
        + "supports only what it states: all of them the name, only the first its month and the "
        + "summit that adopted it, so the atlas keeps the month and cites them all.");
  }

  private void independentSources() {
    Evidence evidence = IndependentSourcesOfAFact.evidence(atlas);
    heading("How many independent sources say that Uzbekistan is an OTS member, and since when?");
    out.println(" ".repeat(INDENT) + "atlas.evidence(FactRef.parse(\"" + IndependentSourcesOfAFact.UZBEKISTAN_IN_THE_OTS + "\"))");
    out.println();
    if (evidence.quotations().stream().anyMatch(q -> quotes.numberOf(q.text()).isEmpty())) {
      quotes.print(evidence);
    }
    out.println(" ".repeat(INDENT) + "quotations(), each quote with its source:");
    for (Quotation q : evidence.quotations()) {
      out.println(" ".repeat(INDENT + 2) + quotes.numberOf(q.text()).map(n -> "[" + n + "] ").orElse("")
          + q.source().id() + q.source().republicationOf().map(o -> "  (republishes " + o + ")").orElse(""));
    }
    out.println(" ".repeat(INDENT) + "claims(), each claim with the quotes that support it:");
    int width = evidence.claims().stream().mapToInt(c -> c.claim().toString().length()).max().orElse(0);
    for (ClaimEvidence c : evidence.claims()) {
      out.println(" ".repeat(INDENT + 2) + String.format(Locale.ROOT, "%-" + width + "s  ", c.claim())
          + c.quotations().stream().map(q -> quotes.numberOf(q.text()).map(n -> "[" + n + "]").orElse("?"))
              .distinct().collect(Collectors.joining(" ")));
    }
    out.println();
    out.println(" ".repeat(INDENT) + "sources():            " + ids(evidence.sources()));
    out.println(" ".repeat(INDENT) + "independentSources(): " + ids(evidence.independentSources()));
    Evidence start = IndependentSourcesOfAFact.evidenceOfStart(atlas);
    out.println(" ".repeat(INDENT) + "atlas.evidence(FactRef.parse(\"" + IndependentSourcesOfAFact.UZBEKISTAN_IN_THE_OTS
        + "\"), Attribute.START)");
    out.println(" ".repeat(INDENT + 2) + ".independentSources(): " + ids(start.independentSources()));
    out.println();
    Show.wrapped(out, " ".repeat(INDENT) + "» ", INDENT + 2, "Three sources are cited, but the AVIM blog "
        + "post republishes the National Interest article (its record says republicationOf: "
        + "tni-coffey-2026), so it folds into the original: two independent sources say Uzbekistan is "
        + "a member. Evidence goes claim by claim, though: only the article (and its reprint) gives "
        + "the year, so the start, 2019, rests on one independent source.");
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
