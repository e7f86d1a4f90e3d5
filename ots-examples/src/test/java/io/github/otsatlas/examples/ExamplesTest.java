package io.github.otsatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.corpus.CorpusLoadException;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.Quotation;
import io.github.otsatlas.query.TimelineEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example against the seed corpus. The expected values are read off the seed files
 * (memberships.json, summits.json, corridors.json, sources.json), so a broken query fails here.
 */
final class ExamplesTest {
  private static final Atlas ATLAS = Atlas.seeded();

  @Test
  void foundingMembers_areTheFourStatesOf2009() {
    assertEquals(states("AZE", "KAZ", "KGZ", "TUR"), FoundingMembers.foundingMembers(ATLAS));
    assertEquals("members(OTS).withRole(FOUNDING_MEMBER)", FoundingMembers.query(ATLAS).toString());
  }

  @Test
  void observersOnADay_december2022_areHungaryTurkmenistanNorthernCyprus() {
    LocalDate day = LocalDate.of(2022, 12, 1);
    assertEquals(states("HUN", "TKM", "XNC"), ObserversOnADay.observers(ATLAS, day));
    assertEquals(states("AZE", "KAZ", "KGZ", "TUR", "UZB"), ObserversOnADay.members(ATLAS, day));
    assertEquals(8, ObserversOnADay.everyoneQuery(ATLAS, day).list().size(), "5 members and 3 observers; the ECO joins in 2023");
  }

  @Test
  void observersOnADay_june2019_uzbekistanOnlyPossiblyMember() {
    LocalDate day = LocalDate.of(2019, 6, 1);
    assertEquals(states("HUN"), ObserversOnADay.observers(ATLAS, day));
    assertEquals(states("AZE", "KAZ", "KGZ", "TUR"), ObserversOnADay.members(ATLAS, day));
    Map<String, Certainty> withPossible = byParty(ObserversOnADay.everyoneQuery(ATLAS, day).includingPossible().list());
    assertEquals(Certainty.POSSIBLY, withPossible.get("UZB"));
    assertEquals(Certainty.DEFINITELY, withPossible.get("HUN"));
    assertEquals(6, withPossible.size());
  }

  @Test
  void possibleAnswers_turkmenistanIn2021_isPossiblyThenDefinitely() {
    assertEquals(Map.of("HUN", Certainty.DEFINITELY, "TKM", Certainty.POSSIBLY),
        byParty(PossibleAnswersOnAPartialDate.observers(ATLAS, LocalDate.of(2021, 6, 1))));
    assertEquals(Map.of("HUN", Certainty.DEFINITELY, "TKM", Certainty.DEFINITELY),
        byParty(PossibleAnswersOnAPartialDate.observers(ATLAS, LocalDate.of(2022, 1, 1))));
    assertEquals(Map.of("HUN", Certainty.DEFINITELY),
        byParty(PossibleAnswersOnAPartialDate.observers(ATLAS, LocalDate.of(2020, 12, 31))));
    assertEquals("members(OTS).asOf(2021-06-01).withRole(OBSERVER).includingPossible()",
        PossibleAnswersOnAPartialDate.query(ATLAS, PossibleAnswersOnAPartialDate.MID_2021).toString());
  }

  @Test
  void membersUnderAFormerName_carryAcrossTheRename() {
    Map<String, Certainty> former = byParty(MembersUnderAFormerName.membersUnder(ATLAS, MembersUnderAFormerName.FORMER_NAME));
    Map<String, Certainty> expected = new LinkedHashMap<>();
    for (String s : List.of("AZE", "HUN", "KAZ", "KGZ", "TUR", "UZB")) {
      expected.put(s, Certainty.DEFINITELY);
    }
    expected.put("TKM", Certainty.POSSIBLY);  // "2021" against a rename in November 2021
    assertEquals(expected, former);

    Map<String, Certainty> current = byParty(MembersUnderAFormerName.membersUnder(ATLAS, MembersUnderAFormerName.CURRENT_NAME));
    assertEquals(9, current.size());
    assertTrue(current.values().stream().allMatch(c -> c == Certainty.DEFINITELY));
    assertTrue(current.containsKey("XNC") && current.containsKey("ECO"));

    List<TimelineEvent> renames = MembersUnderAFormerName.renames(ATLAS);
    assertEquals(1, renames.size());
    assertEquals(PartialDate.parse("2021-11"), renames.get(0).date().orElseThrow());
    assertTrue(renames.get(0).text().contains("Organization of Turkic States"));
    assertTrue(renames.get(0).text().contains("ots-summit-8-istanbul"));
  }

  @Test
  void cstoOtsOverlap_definiteOn4November2024And13January2026_onlyPossibleOn1February2026() {
    // Attested as of 2020, 2025 and 2026-01-13, with no start and no reported end: definite from
    // the end of 2020 to 13 January 2026, possible before and after (the knowledge horizon).
    assertEquals(Map.of("KAZ", Certainty.DEFINITELY, "KGZ", Certainty.DEFINITELY),
        byState(CstoOtsOverlap.inBoth(ATLAS, CstoOtsOverlap.NOV_2024)));
    assertEquals(0, CstoOtsOverlap.possibleLeftOut(ATLAS, CstoOtsOverlap.NOV_2024));
    // The newest attestation itself is covered: the article's present tense "are members".
    assertEquals(LocalDate.of(2026, 1, 13), CstoOtsOverlap.JAN_2026);
    assertEquals(Map.of("KAZ", Certainty.DEFINITELY, "KGZ", Certainty.DEFINITELY),
        byState(CstoOtsOverlap.inBoth(ATLAS, CstoOtsOverlap.JAN_2026)));
    assertEquals(0, CstoOtsOverlap.possibleLeftOut(ATLAS, CstoOtsOverlap.JAN_2026));
    // Past it, only possible.
    assertTrue(CstoOtsOverlap.FEB_2026.isAfter(ATLAS.newestAttestation().orElseThrow().latest()));
    assertEquals(Map.of(), byState(CstoOtsOverlap.inBoth(ATLAS, CstoOtsOverlap.FEB_2026)));
    assertEquals(2, CstoOtsOverlap.possibleLeftOut(ATLAS, CstoOtsOverlap.FEB_2026));
    assertEquals(Map.of("KAZ", Certainty.POSSIBLY, "KGZ", Certainty.POSSIBLY),
        byState(CstoOtsOverlap.possiblyInBoth(ATLAS, CstoOtsOverlap.FEB_2026)));
    assertEquals("states().memberOfAll(OTS, CSTO).asOf(2026-02-01)", CstoOtsOverlap.query(ATLAS, CstoOtsOverlap.FEB_2026).toString());
    assertEquals(Optional.of(PartialDate.parse("2026-01-13")), ATLAS.newestAttestation());
  }

  @Test
  void organizationsOfAState_kazakhstansMilitaryAllianceIsTheCsto_definiteUpTo13January2026() {
    assertEquals(List.of("CSTO=DEFINITELY"), codes(OrganizationsOfAState.militaryAlliances(ATLAS, OrganizationsOfAState.JAN_2025)));
    assertEquals(List.of("CSTO", "OTS"),
        OrganizationsOfAState.query(ATLAS, OrganizationsOfAState.JAN_2025).organizations().stream()
            .map(o -> o.id().code()).toList());
    // The article of 2026-01-13 says Kazakhstan "is" a member: definite on that day too.
    assertEquals(List.of("CSTO=DEFINITELY"), codes(OrganizationsOfAState.militaryAlliances(ATLAS, OrganizationsOfAState.JAN_2026)));
    assertEquals(0, OrganizationsOfAState.alliancesQuery(ATLAS, OrganizationsOfAState.JAN_2026).possibleLeftOut());
    // Past its latest attestation (2026-01-13) the CSTO membership is only possible.
    assertEquals(List.of(), codes(OrganizationsOfAState.militaryAlliances(ATLAS, OrganizationsOfAState.FEB_2026)));
    assertEquals(1, OrganizationsOfAState.alliancesQuery(ATLAS, OrganizationsOfAState.FEB_2026).possibleLeftOut());
    assertEquals(List.of("CSTO=POSSIBLY"), codes(OrganizationsOfAState.possibleAlliances(ATLAS, OrganizationsOfAState.FEB_2026)));
    // That the CSTO is a military alliance is stated by no source: its kind is classified.
    assertTrue(ATLAS.evidence(FactRef.parse("organization:CSTO"), Attribute.KIND).claims().stream()
        .allMatch(c -> c.classified() && c.quotations().isEmpty()));
  }

  @Test
  void corridorsBypassingRussia_throughAzerbaijan_onlyTheMiddleCorridor() {
    List<Answer<Corridor>> answers = CorridorsBypassingRussia.corridors(ATLAS);
    assertEquals(List.of("middle-corridor"), answers.stream().map(a -> a.subject().id().value()).toList());
    assertEquals("Middle Corridor", answers.get(0).subject().name());
    // The Ganja Gap is in Azerbaijan, but no sentence says that it bypasses Russia.
    assertTrue(ATLAS.corridors().through(StateId.of("AZE")).list().stream()
        .anyMatch(a -> a.subject().id().value().equals("ganja-gap")));
    // The answer rests on the sentence that says the corridor bypasses Russia.
    assertTrue(ATLAS.evidence(answers.get(0)).claims().stream()
        .filter(c -> c.claim().toString().equals("bypasses=state:RUS"))
        .anyMatch(c -> c.quotations().stream().anyMatch(q -> q.text().contains("bypass Russia"))));
  }

  @Test
  void summitsByHost_uzbekistanAndKyrgyzstan() {
    // the last: the OTS summits doc 003 names together by their host, undated
    assertEquals(List.of("ots-summit-samarkand-2022-11", "eu-central-asia-summit-1-samarkand",
        "central-asia-consultative-meeting-7-tashkent", "ots-summits-held-in-uzbekistan"),
        summitIds(SummitsByHost.hostedIn(ATLAS, StateId.of("UZB"))));
    assertEquals(List.of("ots-summit-samarkand-2022-11", "ots-summits-held-in-uzbekistan"),
        summitIds(SummitsByHost.otsSummitsHostedIn(ATLAS, StateId.of("UZB"))));
    List<Answer<Summit>> kgz = SummitsByHost.otsSummitsHostedIn(ATLAS, StateId.of("KGZ"));
    assertEquals(List.of("ots-summit-11-bishkek", "ots-summits-held-in-kyrgyzstan"), summitIds(kgz));
    assertEquals(11, kgz.get(0).subject().ordinal().orElseThrow());
    assertEquals("Bishkek", kgz.get(0).subject().hostCity().orElseThrow());
  }

  @Test
  void independentSources_foldTheAvimRepublication() {
    Evidence e = IndependentSourcesOfAFact.evidence(ATLAS);
    assertEquals(List.of("avim-coffey-2026", "tni-coffey-2026", "turkey-central-asia-eu-2025"), sourceIds(e.sources()));
    assertEquals(List.of("tni-coffey-2026", "turkey-central-asia-eu-2025"), sourceIds(e.independentSources()));
    assertTrue(e.quotations().stream().map(Quotation::text).anyMatch("In 2019, Uzbekistan joined as a full member."::equals));
    Evidence start = IndependentSourcesOfAFact.evidenceOfStart(ATLAS);
    assertEquals(List.of("avim-coffey-2026", "tni-coffey-2026"), sourceIds(start.sources()));
    assertEquals(List.of("tni-coffey-2026"), sourceIds(start.independentSources()), "only the article gives the year");
    assertEquals(List.of("start=2019"), start.claims().stream().map(c -> c.claim().toString()).toList());
  }

  @Test
  void organizationTimeline_ofTheOts() {
    List<TimelineEvent> events = OrganizationTimeline.timeline(ATLAS, OrganizationId.of("OTS"));
    assertEquals(TimelineEvent.Kind.FOUNDED, events.get(0).kind());
    assertEquals(PartialDate.parse("2009"), events.get(0).date().orElseThrow());
    assertEquals(9, count(events, TimelineEvent.Kind.MEMBERSHIP_STARTED));
    assertEquals(1, count(events, TimelineEvent.Kind.RENAMED));
    // The Gabala summit of doc 001 (no date) and the summit of October 2025 of doc 003 (no
    // place) are two records: no sentence says they are one. The collective records (summits
    // known only by their host) are no events; the Secretary General's visit and the defence
    // industry meeting are meetings.
    assertEquals(6, count(events, TimelineEvent.Kind.SUMMIT));
    assertEquals(2, count(events, TimelineEvent.Kind.MEETING));
    assertTrue(events.stream().anyMatch(e -> e.fact().toString().equals("summit:ots-summit-gabala-2025-10")));
    TimelineEvent gabala = events.stream().filter(e -> e.fact().toString().equals("summit:ots-summit-gabala-azerbaijan"))
        .findFirst().orElseThrow();
    assertTrue(gabala.date().isEmpty());
    assertEquals(gabala, events.get(events.size() - 1), "undated events come last");
  }

  @Test
  void loadYourOwnCorpus_loadsTheSample(@TempDir Path dir) {
    Atlas mine = LoadYourOwnCorpus.load(LoadYourOwnCorpus.writeSample(dir));
    assertEquals(1, mine.corpus().memberships().size());
    assertEquals(states("HUN"), mine.members(OrganizationId.of("OTS")).asOf(LocalDate.of(2022, 12, 1)).parties());
    // Format 2: the sentence supports the membership's claims and attests it as of the note's year.
    Membership hun = mine.corpus().memberships().get(0);
    assertEquals(List.of(PartialDate.parse("2026")), hun.period().attestations());
    Evidence start = mine.evidence(hun.ref(), Attribute.START);
    assertEquals(List.of("Hungary has been an observer of it since 2018."),
        start.quotations().stream().map(Quotation::text).toList());
    // Past its only attestation the membership is possible, not definite.
    assertEquals(List.of(), mine.members(OrganizationId.of("OTS")).asOf(LocalDate.of(2027, 1, 1)).parties());
    assertEquals(1, mine.members(OrganizationId.of("OTS")).asOf(LocalDate.of(2027, 1, 1)).possibleLeftOut());
    // What the note does not state is the curators' classification.
    assertTrue(mine.corpus().state(StateId.of("HUN")).orElseThrow().classified().contains(Attribute.RECOGNITION));
    assertTrue(mine.corpus().organization(OrganizationId.of("OTS")).orElseThrow().classified().contains(Attribute.KIND));
  }

  @Test
  void loadYourOwnCorpus_aQuoteNotInTheDocumentIsAnError(@TempDir Path dir) throws IOException {
    LoadYourOwnCorpus.writeSample(dir);
    Path memberships = dir.resolve("memberships.json");
    String text = Files.readString(memberships);
    assertTrue(text.contains("observer of it since 2018"));
    Files.writeString(memberships, text.replace("observer of it since 2018", "observer of it since 2017"));
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LoadYourOwnCorpus.load(dir));
    assertTrue(e.problems().stream().anyMatch(p -> p.rule().code().equals("quote-found")), e.getMessage());
  }

  @Test
  void loadYourOwnCorpus_aClaimNoQuoteStatesIsAnError(@TempDir Path dir) throws IOException {
    LoadYourOwnCorpus.writeSample(dir);
    Path memberships = dir.resolve("memberships.json");
    String text = Files.readString(memberships);
    assertTrue(text.contains("\"supports\": [\"party\", \"organization\", \"role\", \"start\"]"));
    Files.writeString(memberships, text.replace("\"supports\": [\"party\", \"organization\", \"role\", \"start\"]",
        "\"supports\": [\"party\", \"organization\", \"role\"]"));
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LoadYourOwnCorpus.load(dir));
    assertTrue(e.problems().stream().anyMatch(p -> p.rule().code().equals("claim-supported")), e.getMessage());
  }

  @Test
  void loadYourOwnCorpus_aCorpusOfFormat1IsRefusedWithAPointerToTheMigration(@TempDir Path dir) throws IOException {
    LoadYourOwnCorpus.writeSample(dir);
    Path sources = dir.resolve("sources.json");
    String text = Files.readString(sources);
    assertTrue(text.contains("\"formatVersion\": 2, "));
    Files.writeString(sources, text.replace("\"formatVersion\": 2, ", ""));
    CorpusLoadException e = assertThrows(CorpusLoadException.class, () -> LoadYourOwnCorpus.load(dir));
    assertEquals(List.of("format-version"), e.problems().stream().map(p -> p.rule().code()).toList());
    assertTrue(e.getMessage().contains("Moving a corpus of format 1 to format 2"), e.getMessage());
  }

  @Test
  void everyMain_printsWithoutFailing() throws IOException {
    List<Consumer<String[]>> mains = List.of(FoundingMembers::main, ObserversOnADay::main,
        PossibleAnswersOnAPartialDate::main, MembersUnderAFormerName::main, CstoOtsOverlap::main,
        OrganizationsOfAState::main, CorridorsBypassingRussia::main, SummitsByHost::main,
        IndependentSourcesOfAFact::main, OrganizationTimeline::main, args -> {
          try {
            LoadYourOwnCorpus.main(args);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      for (Consumer<String[]> main : mains) {
        main.accept(new String[0]);
      }
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    assertTrue(out.contains("members(OTS).asOf(2022-12-01)"), out);
    assertTrue(out.contains("corridors().through(AZE).bypassing(RUS)"), out);
    assertTrue(out.contains("independent sources (2"), out);
    assertTrue(out.contains("states().memberOfAll(OTS, CSTO).asOf(2026-02-01)\n"
        + "  0 definite answers; 2 possible answers left out (the newest attestation is 2026-01-13)"), out);
    assertTrue(out.contains("organizations().withMember(KAZ).asOf(2026-02-01).ofKind(MILITARY_ALLIANCE)\n"
        + "  0 definite answers; 1 possible answer left out (the newest attestation is 2026-01-13)"), out);
    assertTrue(out.contains("supports: party, organization, role, start"), out);
    assertTrue(out.contains("loaded "), out);
    assertFalse(out.contains("Exception"), out);
  }

  @Test
  void show_wrapsAtTheWidth() {
    List<String> lines = Show.wrap("a b c dddd eeeee", 6);
    assertEquals(List.of("a b c", "dddd", "eeeee"), lines);
    assertEquals(List.of("unbreakable-word"), Show.wrap("unbreakable-word", 4));
  }

  private static List<Party> states(String... codes) {
    return Arrays.stream(codes).<Party>map(StateId::of).toList();
  }

  private static Map<String, Certainty> byParty(List<Answer<Membership>> answers) {
    Map<String, Certainty> out = new LinkedHashMap<>();
    answers.forEach(a -> out.merge(a.subject().party().code(), a.certainty(), Certainty::or));
    return out;
  }

  private static List<String> codes(List<Answer<Organization>> answers) {
    return answers.stream().map(a -> a.subject().id().code() + "=" + a.certainty()).toList();
  }

  private static Map<String, Certainty> byState(List<Answer<State>> answers) {
    Map<String, Certainty> out = new LinkedHashMap<>();
    answers.forEach(a -> out.put(a.subject().id().code(), a.certainty()));
    return out;
  }

  private static List<String> summitIds(List<Answer<Summit>> answers) {
    return answers.stream().map(a -> a.subject().id().value()).toList();
  }

  private static List<String> sourceIds(List<Source> sources) {
    return sources.stream().map(s -> s.id().value()).toList();
  }

  private static long count(List<TimelineEvent> events, TimelineEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).count();
  }
}
