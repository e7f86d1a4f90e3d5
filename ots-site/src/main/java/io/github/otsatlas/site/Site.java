package io.github.otsatlas.site;

import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a browsable static site of an atlas: a folder of XHTML pages and one style sheet that
 * works when opened from disk ({@code file://}) and from any static web server, and loads nothing
 * from elsewhere (no script, no web font, no remote image).
 *
 * <pre>{@code
 * Site.write(Atlas.seeded(), Path.of("site"), SiteOptions.defaults());   // then open site/index.html
 * }</pre>
 *
 * <p>The site holds:
 *
 * <ul>
 *   <li>{@code index.html}: the corpus at a glance (counts per kind, the newest attestation, the
 *       knowledge horizon), the organizations, the sources with their dates and rights, and a link
 *       to every fact;
 *   <li>{@code organization/ID.html}, one per organization: its timeline picture ({@link
 *       TimelineSvg}, each bar and marker a link to its fact, the supporting sentence in its
 *       tooltip) and the same history as a table, its dated names, its members and observers by
 *       role with their periods and certainty, its summits and other meetings, and its claims;
 *   <li>{@code KIND/ID.html}, one per fact of every other kind (state, membership, corridor,
 *       summit): each claim with the quotations that state it, the days sources say it held, and
 *       its sources and independent sources (a republication counted as its original);
 *   <li>{@code source/ID.html}, one per source: its metadata, its rights as the document states
 *       them ("unknown" when it states none), and its full text with every cited passage
 *       highlighted at its recorded offsets and linked to the facts and claims it supports — or,
 *       with {@link SiteOptions#withExcerpts}, only the cited passages with a little context;
 *   <li>{@code site.css}: one style sheet for phone and wide screens, and for print.
 * </ul>
 *
 * <p>Every page is written through the JDK's XML writer: well-formed XHTML that parses as XML and
 * as HTML alike, every text escaped, characters XML forbids replaced. The pages depend only on
 * the atlas and the options, so two runs write the same bytes. Files of the same names in the
 * folder are replaced; other files are left alone. Stateless and thread-safe.
 */
public final class Site {
  private Site() {}

  /**
   * Writes the site of an atlas into a folder, creating it if needed, and returns the files
   * written, relative to the folder, in name order.
   *
   * @param atlas the atlas, not null
   * @param directory the folder, not null
   * @param options what to publish, not null
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Atlas atlas, Path directory, SiteOptions options) throws IOException {
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    Catalogue c = new Catalogue(atlas, options);
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    try {
      page(directory, Addresses.INDEX, written, w -> IndexPage.write(w, c));
      for (Fact f : c.corpus.facts()) {
        page(directory, Addresses.page(f.ref()), written, w -> FactPage.write(w, c, f));
      }
      for (Source s : c.corpus.sources()) {
        page(directory, Addresses.page(s.id()), written, w -> SourcePage.write(w, c, s));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    try (InputStream css = Site.class.getResourceAsStream(Addresses.STYLE)) {
      if (css == null) {
        throw new IllegalStateException("the style sheet " + Addresses.STYLE + " is missing from the jar");
      }
      Files.write(directory.resolve(Addresses.STYLE), css.readAllBytes());
    }
    written.add(Path.of(Addresses.STYLE));
    written.sort(null);
    return List.copyOf(written);
  }

  private static void page(Path directory, String path, List<Path> written, Consumer<Writer> body)
      throws IOException {
    Path file = directory.resolve(path);
    if (!Files.isDirectory(file.getParent())) {
      Files.createDirectories(file.getParent());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.accept(w);
    }
    written.add(Path.of(path));
  }
}
