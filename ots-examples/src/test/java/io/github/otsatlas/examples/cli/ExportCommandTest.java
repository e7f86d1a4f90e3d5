package io.github.otsatlas.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otsatlas.export.LinkedData;
import io.github.otsatlas.export.StateYearTable;
import io.github.otsatlas.query.Atlas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer's {@code export} command: each format, to standard output and to a file, and its errors. */
final class ExportCommandTest {
  private static final Atlas ATLAS = Atlas.seeded();

  private record Run(int code, String out, String err) {}

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

  @Test
  void csv_toStandardOutput_isTheLongTable() throws IOException {
    Run r = run("export", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    StringWriter expected = new StringWriter();
    StateYearTable.of(ATLAS).writeLongCsv(expected);
    assertEquals(expected.toString(), r.out());
    assertEquals(String.join(",", StateYearTable.LONG_COLUMNS), r.out().lines().findFirst().orElseThrow());
  }

  @Test
  void csvWide_toAFile_writesTheWideTable_andSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out/ots-wide.csv");
    Run r = run("export", "--format", "csv-wide", "--from", "2009", "--to", "2026", "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    StringWriter expected = new StringWriter();
    StateYearTable.of(ATLAS, 2009, 2026).writeWideCsv(expected);
    assertEquals(expected.toString(), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(1, r.out().lines().count());
    assertTrue(r.out().contains("csv-wide, 2009 to 2026") && r.out().contains("written to " + file), r.out());
  }

  @Test
  void jsonld_isTheLinkedData_andJson() throws IOException {
    Run r = run("export", "--format", "jsonld");
    assertEquals(0, r.code(), r.err());
    StringWriter expected = new StringWriter();
    LinkedData.of(ATLAS).write(expected);
    assertEquals(expected.toString(), r.out());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("http://www.w3.org/ns/org#", doc.get("@context").get("org").textValue());
  }

  @Test
  void json_isTheLongRowsAsAnArray() throws IOException {
    Run r = run("export", "--format", "json", "--from", "2021", "--to", "2021");
    assertEquals(0, r.code(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertEquals(StateYearTable.of(ATLAS, 2021, 2021).rows().size(), rows.size());
    rows.forEach(row -> assertEquals(2021, row.get("year").intValue()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--format xml", "--format csv --from 2020 --to 2019", "--format jsonld --from 2020", ""})
  void badInput_oneLineOnStandardError_exitCode2(String args) {
    String[] words = ("export " + args).strip().split(" ");
    Run r = run(words);
    assertEquals(2, r.code(), r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("explore export: "), r.err());
    assertEquals("", r.out());
  }
}
