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
    Run r = ok("organizations", "--member", "KAZ", "--as-of", "2026-01-13", "--kind", "military_alliance");
    assertTrue(r.out.contains("DEFINITELY  CSTO  Collective Security Treaty Organization (military alliance)"), r.out);
    assertTrue(r.out.endsWith("1 answer\n") || r.out.endsWith("1 answer" + System.lineSeparator()), r.out);
    Run all = ok("organizations", "--kind", "military-alliance");
    assertTrue(all.out.contains("CSTO") && all.out.contains("NATO"), all.out);
  }

  @Test
  void states_inBothOtsAndCsto() {
    Run jan2026 = ok("states", "--all-of", "OTS", "CSTO", "--as-of", "2026-01-13");
    assertTrue(jan2026.out.contains("DEFINITELY  KAZ  Kazakhstan"), jan2026.out);
    assertTrue(jan2026.out.contains("DEFINITELY  KGZ  Kyrgyzstan"), jan2026.out);
    assertTrue(jan2026.out.contains("2 answers"), jan2026.out);
    Run nov2024 = ok("states", "--all-of", "OTS", "--all-of", "CSTO", "--as-of", "2024-11-04", "--possible");
    assertTrue(nov2024.out.contains("POSSIBLY    KAZ  Kazakhstan"), nov2024.out);
    assertTrue(ok("states", "--all-of", "OTS", "CSTO", "--as-of", "2024-11-04").out.contains("0 answers"));
    Run none = ok("states", "--none-of", "OTS", "CSTO");
    assertFalse(none.out.contains("KAZ"), none.out);
    assertTrue(none.out.contains("RUS"), none.out);
  }

  @Test
  void corridors_throughAzerbaijanBypassingRussia() {
    Run r = ok("corridors", "--through", "AZE", "--bypassing", "RUS");
    assertTrue(r.out.contains("[middle-corridor]") && r.out.contains("[ganja-gap]"), r.out);
    assertTrue(r.out.contains("2 answers"), r.out);
    Run rail = ok("corridors", "--mode", "rail", "--status", "under_construction");
    assertTrue(rail.out.contains("[china-kyrgyzstan-uzbekistan-railway]") && rail.out.contains("1 answer"), rail.out);
  }

  @Test
  void summits_byHostCityAndRange() {
    assertTrue(ok("summits", "--org", "OTS", "--host", "KGZ").out.contains("[summit:ots-summit-11-bishkek]"));
    Run samarkand = ok("summits", "--city", "samarkand");
    assertTrue(samarkand.out.contains("ots-summit-samarkand-2022-11") && samarkand.out.contains("eu-central-asia-summit-1-samarkand"),
        samarkand.out);
    Run y2024 = ok("summits", "--from", "2024-01-01", "--to", "2024-12-31");
    assertTrue(y2024.out.startsWith("summits().between(2024-01-01, 2024-12-31)"), y2024.out);
    assertTrue(y2024.out.contains("3 answers"), y2024.out);
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
  void evidence_foldsTheRepublication() {
    Run r = ok("evidence", "membership:uzb-ots-member");
    assertTrue(r.out.contains("“In 2019, Uzbekistan joined as a full member.”"), r.out);
    assertTrue(r.out.contains("sources cited (3)"), r.out);
    assertTrue(r.out.contains("independent sources (2"), r.out);
    assertTrue(ok("evidence", "state:TUR").out.contains("Turkiye"));
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
    for (JsonNode a : answers) {
      assertTrue(a.get("citations").size() > 0);
      assertFalse(a.get("citations").get(0).get("text").asText().isBlank());
      assertFalse(a.get("citations").get(0).get("source").asText().isBlank());
    }
  }

  @Test
  void json_afterTheCommandToo() throws IOException {
    JsonNode doc = json("corridors", "--through", "AZE", "--bypassing", "RUS", "--json");
    assertEquals(List.of("ganja-gap", "middle-corridor"), texts(doc.get("answers"), "corridor"));
    assertEquals("state:RUS", doc.get("answers").get(1).get("bypasses").get(0).asText());
  }

  @Test
  void json_statesSummitsTimelineEvidence() throws IOException {
    JsonNode states = json("--json", "states", "--all-of", "OTS", "CSTO", "--as-of", "2024-11-04", "--possible");
    assertEquals(List.of("KAZ", "KGZ"), texts(states.get("answers"), "state"));
    assertEquals(List.of("POSSIBLY", "POSSIBLY"), texts(states.get("answers"), "certainty"));

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
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "members ZZZ                          | unknown organization 'ZZZ'",
      "timeline ZZZ                         | unknown organization 'ZZZ'",
      "states --all-of OTS ZZZ              | unknown organization 'ZZZ'",
      "summits --org ZZZ                    | unknown organization 'ZZZ'",
      "corridors --through QQQ              | unknown state 'QQQ'",
      "summits --host QQQ                   | unknown state 'QQQ'",
      "organizations --member QQQ           | unknown party 'QQQ'",
      "evidence membership:no-such-thing    | no fact membership:no-such-thing",
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
      "               | members, organizations, states, corridors, summits, timeline, evidence, --json, --corpus",
      "members        | ORG, --as-of, --role, --under-name, --possible, --json",
      "organizations  | --member, --as-of, --kind, --role, --possible",
      "states         | --all-of, --any-of, --none-of, --as-of, --possible",
      "corridors      | --through, --bypassing, --mode, --status",
      "summits        | --org, --host, --city, --from, --to, --possible",
      "timeline       | ORG, --svg",
      "evidence       | FACT, membership:uzb-ots-member"})
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
    assertTrue(r.out.contains("HUN  Hungary: observer, 2018..ongoing"), r.out);
    assertTrue(r.out.contains("1 answer"), r.out);
    JsonNode doc = json("--corpus", dir.toString(), "--json", "evidence", "membership:hun-ots-observer");
    assertEquals("reader-note-2026", doc.get("quotations").get(0).get("source").asText());
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("Exception"), err);
    assertFalse(err.contains("at io."), err);
    assertFalse(err.contains("\tat "), err);
  }
}
