package io.github.otsatlas.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otsatlas.examples.LoadYourOwnCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer on the seed corpus: each command, its JSON, its help, and its errors. */
final class ExplorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed, and its exit code. */
  private record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Explorer.run(o, e, args);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run ok(String... args) {
    Run r = run(args);
    assertEquals(0, r.code, () -> String.join(" ", args) + " failed: " + r.err);
    assertEquals("", r.err);
    return r;
  }

  private static JsonNode json(String... args) throws IOException {
    return JSON.readTree(ok(args).out);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void members_observersOnADay() {
    Run r = ok("members", "OTS", "--as-of", "2022-12-01", "--role", "observer");
    List<String> lines = r.out.lines().toList();
    assertEquals("members(OTS).asOf(2022-12-01).withRole(OBSERVER)", lines.get(0));
    assertTrue(lines.get(1).startsWith("DEFINITELY  HUN  Hungary: observer"), lines.get(1));
    assertTrue(lines.get(2).startsWith("DEFINITELY  TKM  Turkmenistan: observer"), lines.get(2));
    assertTrue(lines.get(3).startsWith("DEFINITELY  XNC  Turkish Republic of Northern Cyprus: observer"), lines.get(3));
    assertEquals("3 answers", lines.get(4));
  }

  @Test
  void members_possibleAndUnderAFormerName() {
    Run possible = ok("members", "ots", "--as-of", "2021-06-01", "--role", "OBSERVER", "--possible");
    assertTrue(possible.out.contains("POSSIBLY    TKM  Turkmenistan"), possible.out);
    Run former = ok("members", "OTS", "--under-name", "Cooperation Council of Turkic Speaking States", "--possible");
    assertTrue(former.out.contains("POSSIBLY    TKM"), former.out);
    assertFalse(former.out.contains("XNC"), former.out);
    assertTrue(former.out.contains("7 answers"), former.out);
  }

  @Test
  void organizations_militaryAlliancesOfKazakhstan() {
    // "military_alliance" holds an i: under the Turkish locale of the tests, a careless
    // toUpperCase() would make it MİLİTARY_ALLİANCE.
    Run r = ok("organizations", "--member", "KAZ", "--as-of", "2025-01-01", "--kind", "military_alliance");
    assertTrue(r.out.contains("DEFINITELY  CSTO  Collective Security Treaty Organization (military alliance)"), r.out);
    assertTrue(r.out.endsWith("1 answer\n") || r.out.endsWith("1 answer" + System.lineSeparator()), r.out);
    // The latest source that says Kazakhstan is in the CSTO is of 2026-01-13: definite that day,
    Run jan2026 = ok("organizations", "--member", "KAZ", "--as-of", "2026-01-13", "--kind", "military_alliance");
    assertEquals(List.of("organizations().withMember(KAZ).asOf(2026-01-13).ofKind(MILITARY_ALLIANCE)",
        "DEFINITELY  CSTO  Collective Security Treaty Organization (military alliance)", "1 answer"),
        jan2026.out.lines().toList());
    // and past it only possible.
    Run feb2026 = ok("organizations", "--member", "KAZ", "--as-of", "2026-02-01", "--kind", "military_alliance");
    assertEquals(List.of("organizations().withMember(KAZ).asOf(2026-02-01).ofKind(MILITARY_ALLIANCE)",
        "0 definite answers; 1 possible answer left out (the newest attestation is 2026-01-13): add --possible"),
        feb2026.out.lines().toList());
    Run possible = ok("organizations", "--member", "KAZ", "--as-of", "2026-02-01", "--kind", "military_alliance", "--possible");
    assertTrue(possible.out.contains("POSSIBLY    CSTO  Collective Security Treaty Organization"), possible.out);
    Run all = ok("organizations", "--kind", "military-alliance");
    assertTrue(all.out.contains("CSTO") && all.out.contains("NATO"), all.out);
  }

  @Test
  void states_inBothOtsAndCsto() {
    Run nov2024 = ok("states", "--all-of", "OTS", "CSTO", "--as-of", "2024-11-04");
    assertTrue(nov2024.out.contains("DEFINITELY  KAZ  Kazakhstan"), nov2024.out);
    assertTrue(nov2024.out.contains("DEFINITELY  KGZ  Kyrgyzstan"), nov2024.out);
    assertTrue(nov2024.out.contains("2 answers"), nov2024.out);
    // On the newest attestation (2026-01-13) still definite; past it, only possible.
    Run jan2026 = ok("states", "--all-of", "OTS", "CSTO", "--as-of", "2026-01-13");
    assertTrue(jan2026.out.contains("DEFINITELY  KAZ  Kazakhstan"), jan2026.out);
    assertTrue(jan2026.out.contains("DEFINITELY  KGZ  Kyrgyzstan"), jan2026.out);
    assertTrue(jan2026.out.contains("2 answers"), jan2026.out);
    assertFalse(jan2026.out.contains("left out"), jan2026.out);
    Run feb2026 = ok("states", "--all-of", "OTS", "--all-of", "CSTO", "--as-of", "2026-02-01", "--possible");
    assertTrue(feb2026.out.contains("POSSIBLY    KAZ  Kazakhstan"), feb2026.out);
    assertTrue(feb2026.out.contains("POSSIBLY    KGZ  Kyrgyzstan"), feb2026.out);
    assertTrue(feb2026.out.contains("2 answers"), feb2026.out);
    Run none = ok("states", "--none-of", "OTS", "CSTO");
    assertFalse(none.out.contains("KAZ"), none.out);
    assertTrue(none.out.contains("RUS"), none.out);
  }

  @Test
  void corridors_throughAzerbaijanBypassingRussia() {
    Run r = ok("corridors", "--through", "AZE", "--bypassing", "RUS");
    assertTrue(r.out.contains("[middle-corridor]"), r.out);
    assertFalse(r.out.contains("[ganja-gap]"), "no sentence says the Ganja Gap bypasses Russia: " + r.out);
    assertTrue(r.out.contains("1 answer"), r.out);
    assertTrue(ok("corridors", "--through", "AZE").out.contains("[ganja-gap]"));
    Run rail = ok("corridors", "--mode", "rail", "--status", "under_construction");
    assertTrue(rail.out.contains("[china-kyrgyzstan-uzbekistan-railway]") && rail.out.contains("1 answer"), rail.out);
  }

  @Test
  void meetings_byKind_andSummitsMissed() {
    Run ministerial = ok("meetings", "--kind", "ministerial");
    assertTrue(ministerial.out.startsWith("meetings().ofKind(MINISTERIAL)"), ministerial.out);
    assertTrue(ministerial.out.contains("[meeting:aze-tur-uzb-trilateral-ministerial-2-ankara]")
        && ministerial.out.endsWith("1 answer\n"), ministerial.out);
    Run missed = ok("summits", "--missed-by", "XNC");
    assertTrue(missed.out.contains("[summit:ots-summits-held-in-uzbekistan]")
        && missed.out.contains("[summit:ots-summits-held-in-kazakhstan]") && missed.out.endsWith("2 answers\n"),
        missed.out);
    // a summit list is a list of summits: the Secretary General's visit is a meeting
    assertFalse(ok("summits", "--org", "OTS").out.contains("ots-secretary-general-us-visit-2025-12"));
  }

  @Test
  void summits_byHostCityAndRange() {
    assertTrue(ok("summits", "--org", "OTS", "--host", "KGZ").out.contains("[summit:ots-summit-11-bishkek]"));
    Run samarkand = ok("summits", "--city", "samarkand");
    assertTrue(samarkand.out.contains("ots-summit-samarkand-2022-11") && samarkand.out.contains("eu-central-asia-summit-1-samarkand"),
        samarkand.out);
    Run y2024 = ok("summits", "--from", "2024-01-01", "--to", "2024-12-31");
    assertTrue(y2024.out.startsWith("summits().during(2024-01-01, 2024-12-31)"), y2024.out);
    // Two undated summits (the C5+1 summit at the White House, the Gabala summit of doc 001) and
    // the five collective records may fall in 2024 too: left out of the definite answer, and said so.
    assertTrue(y2024.out.endsWith("2 definite answers; 7 possible answers left out: add --possible\n"), y2024.out);
    Run possible = ok("summits", "--from", "2024-01-01", "--to", "2024-12-31", "--possible");
    assertTrue(possible.out.contains("POSSIBLY    undated  OTS summit in Gabala") && possible.out.contains("9 answers"),
        possible.out);
  }

  @Test
  void timeline_textAndPicture(@TempDir Path dir) throws IOException {
    Run r = ok("timeline", "OTS");
    assertTrue(r.out.contains("RENAMED") && r.out.contains("Organization of Turkic States"), r.out);
    Path svg = dir.resolve("pictures/ots.svg");
    Run drawn = ok("timeline", "OTS", "--svg", svg.toString());
    assertTrue(drawn.out.contains("picture written to " + svg), drawn.out);
    String text = Files.readString(svg);
    assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 100));
  }

  @Test
  void site_writesTheBrowsableSite(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("site");
    Run r = ok("site", out.toString());
    assertTrue(r.out.startsWith("site of 152 files written to " + out), r.out);
    assertTrue(r.out.contains("open " + out.resolve("index.html")), r.out);
    String ots = Files.readString(out.resolve("organization/OTS.html"));
    assertTrue(ots.startsWith("<!DOCTYPE html>") && ots.contains("<svg"), ots.substring(0, 200));
    String source = Files.readString(out.resolve("source/tni-coffey-2026.html"));
    assertTrue(source.contains("<mark class=\"cite"), "passages highlighted");
    JsonNode json = json("--json", "site", dir.resolve("excerpts").toString(), "--excerpts", "--context", "40");
    assertEquals(152, json.get("files").asInt());
    String excerpt = Files.readString(dir.resolve("excerpts/source/tni-coffey-2026.html"));
    assertTrue(excerpt.contains("class=\"excerpt\"") && !excerpt.contains("class=\"text\""), "excerpts only");
  }

  @Test
  void evidence_foldsTheRepublication() {
    Run r = ok("evidence", "membership:uzb-ots-member");
    assertTrue(r.out.contains("“In 2019, Uzbekistan joined as a full member.”"), r.out);
    assertTrue(r.out.contains("sources cited (3)"), r.out);
    assertTrue(r.out.contains("independent sources (2"), r.out);
    assertTrue(ok("evidence", "state:TUR").out.contains("Turkiye"));
  }

  @Test
  void evidence_claimByClaim_andOfOneClaim() {
    Run r = ok("evidence", "membership:uzb-ots-member");
    assertTrue(r.out.contains("supports: party, organization, role, start\n"), r.out);
    assertTrue(r.out.contains("supports: party, organization, role · as of 2025"), r.out);
    assertTrue(r.out.contains("start=2019        [1]\n"), r.out);
    assertTrue(r.out.contains("attested (the days the sources say it held): 2025 [2], 2026-01-13 [3]\n"), r.out);
    Run start = ok("evidence", "membership:uzb-ots-member", "--claim", "start");
    assertTrue(start.out.startsWith("evidence(membership:uzb-ots-member, start)"), start.out);
    assertTrue(start.out.contains("“In 2019, Uzbekistan joined as a full member.”"), start.out);
    assertFalse(start.out.contains("The OTS members are"), start.out);
    assertTrue(start.out.contains("independent sources (1"), start.out);
    Run summit = ok("evidence", "summit:ots-summit-11-bishkek");
    assertTrue(summit.out.contains("hostState=KGZ     the curators' classification, stated by no source"), summit.out);
  }

  @Test
  void members_pastTheKnowledgeHorizon_saysWhatItLeftOut() {
    Run r = ok("members", "OTS", "--as-of", "2040-01-01", "--role", "observer");
    assertEquals(List.of("members(OTS).asOf(2040-01-01).withRole(OBSERVER)",
        "0 definite answers; 4 possible answers left out (the newest attestation is 2026-01-13): add --possible"),
        r.out.lines().toList());
    Run possible = ok("members", "OTS", "--as-of", "2040-01-01", "--role", "observer", "--possible");
    assertEquals(4, possible.out.lines().filter(l -> l.startsWith("POSSIBLY    ")).count(), possible.out);
    assertTrue(possible.out.contains("4 answers"), possible.out);
    // The README's example, line for line.
    Run states = ok("states", "--all-of", "OTS", "CSTO", "--as-of", "2026-02-01");
    assertEquals(List.of("states().memberOfAll(OTS, CSTO).asOf(2026-02-01)",
        "0 definite answers; 2 possible answers left out (the newest attestation is 2026-01-13): add --possible"),
        states.out.lines().toList());
    Run some = ok("members", "OTS", "--as-of", "2026-01-13");
    assertTrue(some.out.contains("8 definite answers; 1 possible answer left out: add --possible"), some.out);
  }

  @Test
  void json_members() throws IOException {
    JsonNode doc = json("--json", "members", "OTS", "--as-of", "2022-12-01", "--role", "observer");
    assertEquals("members(OTS).asOf(2022-12-01).withRole(OBSERVER)", doc.get("query").asText());
    assertEquals(3, doc.get("count").asInt());
    JsonNode answers = doc.get("answers");
    assertEquals(List.of("state:HUN", "state:TKM", "state:XNC"), texts(answers, "party"));
    assertEquals(List.of("OBSERVER", "OBSERVER", "OBSERVER"), texts(answers, "role"));
    assertEquals(List.of("DEFINITELY", "DEFINITELY", "DEFINITELY"), texts(answers, "certainty"));
    assertEquals("2021", answers.get(1).get("start").asText());
    assertEquals(List.of("2025", "2026-01-13"), texts(answers.get(1).get("attestations")));
    assertEquals(0, doc.get("possibleLeftOut").asInt());
    for (JsonNode a : answers) {
      assertTrue(a.get("citations").size() > 0);
      assertFalse(a.get("citations").get(0).get("text").asText().isBlank());
      assertFalse(a.get("citations").get(0).get("source").asText().isBlank());
      for (JsonNode c : a.get("citations")) {
        assertTrue(c.get("supports").size() > 0 || c.has("asOf"), c.toString());
      }
    }
    JsonNode tkm = answers.get(1).get("citations");
    boolean startAndList = false;
    for (JsonNode c : tkm) {
      startAndList |= texts(c.get("supports")).contains("start=2021") && "2025".equals(c.path("asOf").asText());
    }
    assertTrue(startAndList, tkm.toString());
  }

  @Test
  void json_afterTheCommandToo() throws IOException {
    JsonNode doc = json("corridors", "--through", "AZE", "--bypassing", "RUS", "--json");
    assertEquals(List.of("middle-corridor"), texts(doc.get("answers"), "corridor"));
    assertEquals("state:RUS", doc.get("answers").get(0).get("bypasses").get(0).asText());
    List<String> supports = new ArrayList<>();
    doc.get("answers").get(0).get("citations").forEach(c -> supports.addAll(texts(c.get("supports"))));
    assertTrue(supports.contains("bypasses=state:RUS"), supports.toString());
  }

  @Test
  void json_statesSummitsTimelineEvidence() throws IOException {
    JsonNode states = json("--json", "states", "--all-of", "OTS", "CSTO", "--as-of", "2024-11-04", "--possible");
    assertEquals(List.of("KAZ", "KGZ"), texts(states.get("answers"), "state"));
    assertEquals(List.of("DEFINITELY", "DEFINITELY"), texts(states.get("answers"), "certainty"));
    JsonNode jan2026 = json("--json", "states", "--all-of", "OTS", "CSTO", "--as-of", "2026-01-13");
    assertEquals(List.of("KAZ", "KGZ"), texts(jan2026.get("answers"), "state"));
    assertEquals(List.of("DEFINITELY", "DEFINITELY"), texts(jan2026.get("answers"), "certainty"));
    assertEquals(0, jan2026.get("possibleLeftOut").asInt());
    JsonNode feb2026 = json("--json", "states", "--all-of", "OTS", "CSTO", "--as-of", "2026-02-01");
    assertEquals(0, feb2026.get("count").asInt());
    assertEquals(2, feb2026.get("possibleLeftOut").asInt());
    assertEquals("2026-01-13", feb2026.get("newestAttestation").asText());

    JsonNode summits = json("--json", "summits", "--org", "OTS", "--host", "KGZ");
    assertEquals("2024-11-06", summits.get("answers").get(0).get("date").asText());
    assertEquals("SCHEDULED", summits.get("answers").get(0).get("status").asText());

    JsonNode timeline = json("--json", "timeline", "OTS");
    assertEquals("OTS", timeline.get("organization").asText());
    assertTrue(texts(timeline.get("events"), "kind").contains("RENAMED"));

    JsonNode evidence = json("--json", "evidence", "membership:uzb-ots-member");
    assertEquals(List.of("tni-coffey-2026", "turkey-central-asia-eu-2025"), texts(evidence.get("independentSources"), "id"));
    assertEquals(3, evidence.get("sources").size());
    assertEquals("tni-coffey-2026", evidence.get("sources").get(0).get("republicationOf").asText());
    List<String> claims = texts(evidence.get("claims"), "claim");
    assertEquals(List.of("party=state:UZB", "organization=OTS", "role=MEMBER", "start=2019"), claims);
    JsonNode start = evidence.get("claims").get(3).get("quotations");
    assertEquals(2, start.size(), "one sentence, in the article and in its reprint, gives the year");
    List<String> startSources = new ArrayList<>();
    for (JsonNode i : start) {
      JsonNode q = evidence.get("quotations").get(i.asInt());
      assertEquals("In 2019, Uzbekistan joined as a full member.", q.get("text").asText());
      startSources.add(q.get("source").asText());
    }
    assertEquals(List.of("tni-coffey-2026", "avim-coffey-2026"), startSources);
    // One attestation per quotation: the article and its reprint (of the next day) both speak of
    // 2026-01-13.
    List<String> attested = new ArrayList<>();
    for (JsonNode a : evidence.get("attestations")) {
      attested.add(a.get("asOf").asText() + " " + evidence.get("quotations").get(a.get("quotation").asInt()).get("source").asText());
    }
    assertEquals(List.of("2025 turkey-central-asia-eu-2025", "2026-01-13 tni-coffey-2026", "2026-01-13 avim-coffey-2026"),
        attested);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "members ZZZ                          | unknown organization 'ZZZ'",
      "site out --excerpts --context -1     | context -1: expected 0 to",
      "timeline ZZZ                         | unknown organization 'ZZZ'",
      "states --all-of OTS ZZZ              | unknown organization 'ZZZ'",
      "summits --org ZZZ                    | unknown organization 'ZZZ'",
      "corridors --through QQQ              | unknown state 'QQQ'",
      "summits --host QQQ                   | unknown state 'QQQ'",
      "organizations --member QQQ           | unknown party 'QQQ'",
      "evidence membership:no-such-thing    | no fact membership:no-such-thing",
      "evidence state:TUR --claim nothing   | 'nothing' is not one of",
      "members OTS --role boss              | 'boss' is not one of",
      "members OTS --under-name Nobody      | never bore the name",
      "organizations --as-of 2024-01-01     | need --member",
      "states --all-of OTS --any-of CSTO    | mutually exclusive",
      "frobnicate                           | Unmatched argument"})
  void badInput_oneLineAndExitCode2(String args, String message) {
    Run r = run(args.strip().split("\\s+"));
    assertEquals(2, r.code, r.err);
    assertEquals("", r.out);
    assertEquals(1, r.errLines().size(), r.err);
    assertTrue(r.err.contains(message), r.err);
    assertNoStackTrace(r.err);
  }

  @ParameterizedTest
  @ValueSource(strings = {"members OTS --as-of 2023-02-30", "states --all-of OTS --as-of 2023-02-30",
      "summits --from 2023-02-30 --to 2024-01-01", "organizations --member KAZ --as-of 2024-13-01",
      "members OTS --as-of yesterday"})
  void badDate_exitCode2(String args) {
    Run r = run(args.split(" "));
    assertEquals(2, r.code, r.err);
    assertEquals(1, r.errLines().size(), r.err);
    assertTrue(r.err.contains("is not a day"), r.err);
    assertNoStackTrace(r.err);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "               | members, organizations, states, corridors, summits, timeline, evidence, site, --json, --corpus",
      "members        | ORG, --as-of, --role, --under-name, --possible, --json",
      "organizations  | --member, --as-of, --kind, --role, --possible",
      "states         | --all-of, --any-of, --none-of, --as-of, --possible",
      "corridors      | --through, --bypassing, --mode, --status",
      "summits        | --org, --host, --city, --from, --to, --attended-by, --missed-by, --possible, Only summits of this organization",
      "meetings       | --kind, --org, --host, --city, --from, --to, --attended-by, --missed-by, --possible, Only meetings of this organization",
      "timeline       | ORG, --svg",
      "evidence       | FACT, membership:uzb-ots-member, --claim",
      "site           | OUT_DIR, --excerpts, --context"})
  void help_forEveryCommand(String command, String mentions) {
    List<String> args = new ArrayList<>();
    if (command != null) {
      args.add(command.strip());
    }
    args.add("--help");
    Run r = ok(args.toArray(new String[0]));
    assertTrue(r.out.startsWith("Usage: explore"), r.out);
    for (String m : mentions.split(",")) {
      assertTrue(r.out.contains(m.strip()), () -> "help of " + command + " does not mention " + m + ":\n" + r.out);
    }
  }

  @Test
  void noCommand_isBadUsage() {
    Run r = run();
    assertEquals(2, r.code);
    assertEquals(1, r.errLines().size(), r.err);
  }

  @Test
  void version() {
    assertTrue(ok("--version").out.startsWith("OTS Atlas explorer "));
  }

  @Test
  void corpus_missingDirectory_exitCode2(@TempDir Path dir) {
    Run r = run("--corpus", dir.resolve("nowhere").toString(), "members", "OTS");
    assertEquals(2, r.code, r.err);
    assertEquals(1, r.errLines().size(), r.err);
    assertTrue(r.err.contains("no corpus directory"), r.err);
    assertNoStackTrace(r.err);
  }

  @Test
  void corpus_brokenDirectory_exitCode2(@TempDir Path dir) throws IOException {
    LoadYourOwnCorpus.writeSample(dir);
    Files.delete(dir.resolve("summits.json"));
    Run r = run("members", "OTS", "--corpus", dir.toString());
    assertEquals(2, r.code, r.err);
    assertEquals(1, r.errLines().size(), r.err);
    assertTrue(r.err.contains("not loaded") && r.err.contains("summits.json"), r.err);
    assertNoStackTrace(r.err);
  }

  @Test
  void corpus_userDirectory(@TempDir Path dir) throws IOException {
    LoadYourOwnCorpus.writeSample(dir);
    Run r = ok("--corpus", dir.toString(), "members", "OTS");
    assertTrue(r.out.contains("HUN  Hungary: observer, 2018..ongoing (attested 2026)"), r.out);
    assertTrue(r.out.contains("1 answer"), r.out);
    JsonNode doc = json("--corpus", dir.toString(), "--json", "evidence", "membership:hun-ots-observer");
    assertEquals("reader-note-2026", doc.get("quotations").get(0).get("source").asText());
    assertEquals(List.of("party=state:HUN", "organization=OTS", "role=OBSERVER", "start=2018"),
        texts(doc.get("quotations").get(0).get("supports")));
    assertEquals("2026", doc.get("quotations").get(0).get("asOf").asText());
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("Exception"), err);
    assertFalse(err.contains("at io."), err);
    assertFalse(err.contains("\tat "), err);
  }
}
