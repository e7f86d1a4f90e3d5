package io.github.otsatlas.examples.cli;

import io.github.otsatlas.export.LinkedData;
import io.github.otsatlas.export.StateYearTable;
import io.github.otsatlas.query.Atlas;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code export --format csv|csv-wide|jsonld|json [--out FILE] [--from YEAR] [--to YEAR]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"The corpus in the formats of the field.",
        "csv: the state-year table in long form (one row per party, organization and year, with role"
            + " and certainty), as Correlates of War IGO data is merged;",
        "csv-wide: one row per party and year, one column per organization, as COW publishes it;",
        "json: the long rows as a JSON array; jsonld: linked data (W3C Organization Ontology, OWL-Time,"
            + " a Web Annotation for every citation).",
        "A cell is what members ORG --during YEAR --possible answers for the party: ROLE:CERTAINTY.",
        "Example: export --format csv --out ots-state-year.csv"})
final class ExportCommand implements Callable<Integer> {
  /** The formats, as the command line names them. */
  enum Format {
    CSV("csv"), CSV_WIDE("csv-wide"), JSONLD("jsonld"), JSON("json");

    final String label;

    Format(String label) {
      this.label = label;
    }

    static final List<String> LABELS = List.of("csv", "csv-wide", "jsonld", "json");
  }

  /** Reads a format by its label. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label.equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException("unknown format '" + value + "': expected one of " + Format.LABELS);
    }
  }

  /** The labels, for the help text. */
  static final class FormatLabels implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Format.LABELS.iterator();
    }
  }

  @ParentCommand
  Explorer root;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = FormatLabels.class, description = "One of ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of standard output.")
  Path out;

  @Option(names = "--from", paramLabel = "YEAR",
      description = "First year of a table (default: the earliest year the corpus dates anything in).")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR",
      description = "Last year of a table (default: the latest year the corpus dates anything in).")
  Integer to;

  @Override
  public Integer call() throws IOException {
    Atlas atlas = root.atlas();
    if (out == null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(root.out, StandardCharsets.UTF_8));
      write(atlas, w);
      w.flush();
      return 0;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String summary;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      summary = write(atlas, w);
    }
    root.out.println(summary + " written to " + out);
    return 0;
  }

  /** Writes the export and returns what was written, for people. */
  private String write(Atlas atlas, Writer w) throws IOException {
    if (format == Format.JSONLD) {
      if (from != null || to != null) {
        throw new IllegalArgumentException("--from and --to apply to the tables, not to jsonld");
      }
      LinkedData.of(atlas).write(w);
      return "linked data (JSON-LD) of " + atlas.corpus();
    }
    StateYearTable table = from == null && to == null ? StateYearTable.of(atlas)
        : StateYearTable.of(atlas, from != null ? from : StateYearTable.of(atlas).firstYear(),
            to != null ? to : StateYearTable.of(atlas).lastYear());
    switch (format) {
      case CSV:
        table.writeLongCsv(w);
        break;
      case CSV_WIDE:
        table.writeWideCsv(w);
        break;
      default:
        table.writeJson(w);
        break;
    }
    return "state-year table (" + format.label + ", " + table.firstYear() + " to " + table.lastYear() + ", "
        + table.rows().size() + " entries)";
  }
}
