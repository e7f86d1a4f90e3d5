package io.github.otsatlas.examples.cli;

import io.github.otsatlas.corpus.CorpusLoadException;
import io.github.otsatlas.corpus.CorpusLoader;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * A small command-line explorer of the OTS Atlas: the query API as sub-commands, on the
 * embedded seed corpus or on a corpus directory.
 *
 * <pre>
 * explore members OTS --as-of 2022-12-01 --role observer
 * explore states --all-of OTS CSTO --as-of 2026-02-01 --possible
 * explore corridors --through AZE --bypassing RUS --json
 * explore timeline OTS --svg ots.svg
 * explore evidence membership:uzb-ots-member
 * explore disagreements
 * explore summits --org OTS --as-reported-by 2024-12-31
 * explore export --format csv --out ots-state-year.csv
 * explore site target/site
 * </pre>
 *
 * <p>The command line is parsed by picocli, a well-kept CLI library, rather than by hand: it
 * gives sub-commands, typed options, generated help for every command and distinct exit codes
 * for free. Bad input (an unknown id, a date such as 2023-02-30, a corpus that does not load)
 * gives one line on standard error and exit code 2, never a stack trace.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, versionProvider = Explorer.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {"Explore the OTS Atlas: who belonged to which organization when, corridors, summits,"
        + " and the quoted sources behind every answer.",
        "Answers carry their certainty: DEFINITELY, or POSSIBLY when a day falls inside the"
        + " imprecision of a source's date or after the latest source that says a membership held"
        + " (asked for with --possible; a definite-only answer says how many it left out)."},
    subcommands = {MembersCommand.class, OrganizationsCommand.class, StatesCommand.class,
        CorridorsCommand.class, SummitsCommand.class, MeetingsCommand.class, TimelineCommand.class, EvidenceCommand.class,
        DisagreementsCommand.class, ExportCommand.class, SiteCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 2 bad input (unknown id, bad date, corpus not loaded), 1 other failure."})
public final class Explorer implements Callable<Integer> {
  /** Exit code for bad input. */
  static final int BAD_INPUT = 2;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print machine-readable JSON instead of text.")
  boolean json;

  @Option(names = "--corpus", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Answer from the corpus in DIR (the format of seeds/README.md) instead of the embedded seeds.")
  Path corpus;

  @Option(names = "--as-reported-by", paramLabel = "DATE", scope = ScopeType.INHERIT,
      converter = Converters.Day.class,
      description = "Answer from what the sources certainly published by DATE (YYYY-MM-DD) said;"
          + " the others are left out, and the answer says which.")
  LocalDate asReportedBy;

  @Spec
  CommandSpec spec;

  PrintStream out;
  private Atlas whole;
  private Atlas atlas;

  /** Without a command there is nothing to do: say so, as bad usage. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing COMMAND: one of members, organizations, "
        + "states, corridors, summits, timeline, evidence, disagreements, export, site");
  }

  /**
   * Returns the atlas to answer from, loading it on first use: narrowed to {@code
   * --as-reported-by} when given, in which case (in text mode) a first line says which sources
   * it leaves out.
   */
  Atlas atlas() {
    if (atlas == null) {
      atlas = asReportedBy == null ? whole() : whole().asReportedBy(asReportedBy);
      if (asReportedBy != null && !json) {
        out.println(Output.reportedByLine(atlas));
      }
    }
    return atlas;
  }

  /** Returns the whole atlas, before any narrowing: ids are checked against it. */
  Atlas whole() {
    if (whole == null) {
      if (corpus == null) {
        whole = Atlas.seeded();
      } else {
        if (!Files.isDirectory(corpus)) {
          throw new IllegalArgumentException("no corpus directory at " + corpus);
        }
        whole = Atlas.of(CorpusLoader.create().loadDirectory(corpus));
      }
    }
    return whole;
  }

  /**
   * Runs the explorer and returns its exit code; what it prints goes to {@code out} and
   * {@code err}, nothing to {@code System.out} or {@code System.err}.
   *
   * @param out where answers and help go, not null
   * @param err where errors go (one line each), not null
   * @param args the command line
   * @return 0 when done, 2 for bad input, 1 for any other failure
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Explorer root = new Explorer();
    root.out = out;
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cl = new CommandLine(root)
        .setOut(outWriter)
        .setErr(errWriter)
        .setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF))
        .setParameterExceptionHandler((e, arguments) -> {
          String command = e.getCommandLine().getCommandSpec().qualifiedName();
          e.getCommandLine().getErr().println(command + ": " + oneLine(e.getMessage()).replaceFirst("^Error: ", "")
              + " (see '" + command + " --help')");
          return BAD_INPUT;
        })
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          String command = commandLine.getCommandSpec().qualifiedName();
          int code = 1;
          String message;
          if (e instanceof CorpusLoadException) {
            CorpusLoadException c = (CorpusLoadException) e;
            message = oneLine(c.getMessage().lines().findFirst().orElse("corpus not loaded"))
                + (c.problems().isEmpty() ? "" : "; first: " + oneLine(c.problems().get(0).toString()));
            code = BAD_INPUT;
          } else if (e instanceof IllegalArgumentException || e instanceof DateTimeException
              || e instanceof IllegalStateException) {
            message = oneLine(String.valueOf(e.getMessage()));
            code = BAD_INPUT;
          } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            message = "input/output failed: " + oneLine(String.valueOf(e.getMessage()));
          } else {
            message = "internal error (" + e.getClass().getSimpleName() + "): " + oneLine(String.valueOf(e.getMessage()));
          }
          commandLine.getErr().println(command + ": " + message);
          return code;
        });
    try {
      return cl.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
      out.flush();
      err.flush();
    }
  }

  /** Runs the explorer on the command line and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  /** Reads the version the build wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Explorer.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"OTS Atlas explorer " + p.getProperty("version", "(development)")};
    }
  }
}
