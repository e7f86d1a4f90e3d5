package io.github.otsatlas.examples.cli;

import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.site.Site;
import io.github.otsatlas.site.SiteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code site OUT_DIR [--excerpts] [--context N]}. */
@Command(name = "site", mixinStandardHelpOptions = true,
    description = {"Writes a browsable static site of the corpus into OUT_DIR: an index, a page per "
        + "organization (with its timeline picture), per fact and per source (its text with every cited "
        + "passage highlighted). It loads nothing from elsewhere: open OUT_DIR/index.html.",
        "Example: site target/site"})
final class SiteCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The folder to write the site into.")
  Path directory;

  @Option(names = "--excerpts",
      description = "Publish only the cited passages of each source, with a little context, not its full text.")
  boolean excerpts;

  @Option(names = "--context", paramLabel = "N", defaultValue = "" + SiteOptions.DEFAULT_CONTEXT,
      description = "With --excerpts, the characters of context on each side of a passage (default: ${DEFAULT-VALUE}).")
  int context;

  @Override
  public Integer call() throws IOException {
    SiteOptions options = excerpts ? SiteOptions.defaults().withExcerpts(context) : SiteOptions.defaults();
    Atlas atlas = root.atlas();  // loaded first: the time printed is the site's alone
    long started = System.nanoTime();
    List<Path> files = Site.write(atlas, directory, options);
    long millis = (System.nanoTime() - started) / 1_000_000;
    Output.site(root, directory, files.size(), millis);
    return 0;
  }
}
