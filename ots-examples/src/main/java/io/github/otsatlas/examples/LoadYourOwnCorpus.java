package io.github.otsatlas.examples;

import io.github.otsatlas.corpus.CorpusLoadException;
import io.github.otsatlas.corpus.CorpusLoader;
import io.github.otsatlas.corpus.Problem;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MembershipQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Bring your own documents: a corpus is a directory of source texts and six JSON files (format
 * 2 of {@code seeds/README.md}: {@code "formatVersion": 2} in {@code sources.json}, and every
 * citation naming the claims it supports). {@link CorpusLoader} loads it all or nothing:
 * either every quote is found in its document, every claim is supported by a citation (or
 * classified) and every rule holds, or a {@link CorpusLoadException} lists every problem with
 * its file, record and rule. A corpus of format 1 is refused with one problem, of rule
 * {@code format-version}, that points to the section of {@code seeds/README.md} on moving it
 * to format 2.
 *
 * <pre>{@code
 * Atlas mine = Atlas.of(CorpusLoader.create().loadDirectory(Path.of("my-corpus")));
 * }</pre>
 *
 * <p>Run with a directory to load it; without one, the example writes a tiny corpus (one
 * made-up note and the facts it supports) to a temporary directory and loads that.
 */
public final class LoadYourOwnCorpus {
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  private LoadYourOwnCorpus() {}

  /**
   * Loads the corpus in {@code dir} and indexes it.
   *
   * @throws CorpusLoadException if the corpus has any problem
   */
  public static Atlas load(Path dir) {
    Corpus corpus = CorpusLoader.create().loadDirectory(dir);
    return Atlas.of(corpus);
  }

  /**
   * Writes a tiny valid corpus of format 2 into {@code dir} (which must exist): one note, the
   * state, organization and membership it supports, no corridors and no summits. Every
   * citation names the claims its sentence states ({@code supports}); the present-tense
   * "has been an observer" is attested as of the note's year ({@code asOf}); what the note does
   * not state (Hungary being a recognised state, the OTS being an intergovernmental
   * organization) is marked as the curators' classification ({@code classified}).
   *
   * @return {@code dir}
   */
  public static Path writeSample(Path dir) {
    Map<String, String> files = new TreeMap<>();
    files.put("note.txt", "A reader's note, 2026.\n\nThe Organization of Turkic States was founded in 2009\n"
        + "as the Cooperation Council of Turkic Speaking States.\nHungary has been an observer of it since 2018.\n");
    files.put("sources.json", """
        {"formatVersion": 2, "sources": [{"id": "reader-note-2026", "file": "note.txt",
          "title": "A reader's note", "authors": [], "published": "2026", "language": "en"}]}
        """);
    files.put("states.json", """
        {"states": [{"id": "HUN", "name": "Hungary", "aliases": [], "recognition": "RECOGNIZED",
          "recognizedBy": [], "classified": ["recognition"],
          "note": "The note does not say that Hungary is a recognised state: the curators' classification.",
          "citations": [{"source": "reader-note-2026",
            "quote": "Hungary has been an observer of it since 2018.", "supports": ["name"]}]}]}
        """);
    files.put("organizations.json", """
        {"organizations": [{"id": "OTS", "kind": "INTERGOVERNMENTAL_ORGANIZATION",
          "names": [
            {"name": "Cooperation Council of Turkic Speaking States", "from": "2009",
              "citations": [{"source": "reader-note-2026",
                "quote": "founded in 2009 as the Cooperation Council of Turkic Speaking States.",
                "supports": ["name", "from"]}]},
            {"name": "Organization of Turkic States", "from": "unknown",
              "citations": [{"source": "reader-note-2026",
                "quote": "The Organization of Turkic States was founded in 2009",
                "supports": ["name"]}]}],
          "aliases": [], "founded": "2009", "classified": ["kind"],
          "note": "The note names no kind of organization: the kind is the curators' classification. It does not say when the current name was taken.",
          "citations": [{"source": "reader-note-2026",
            "quote": "The Organization of Turkic States was founded in 2009", "supports": ["founded"]}]}]}
        """);
    files.put("memberships.json", """
        {"memberships": [{"id": "hun-ots-observer", "party": "state:HUN", "organization": "OTS",
          "role": "OBSERVER", "start": "2018", "end": "ongoing",
          "citations": [{"source": "reader-note-2026",
            "quote": "Hungary has been an observer of it since 2018.",
            "supports": ["party", "organization", "role", "start"], "asOf": "2026"}]}]}
        """);
    files.put("corridors.json", "{\"corridors\": []}\n");
    files.put("summits.json", "{\"summits\": []}\n");
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Loads the directory given as the first argument, or a sample written to a temporary one. */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : writeSample(Files.createTempDirectory("ots-corpus"));
    try {
      Atlas atlas = load(dir);
      System.out.println("loaded " + dir + ": " + atlas.corpus());
      MembershipQuery query = atlas.members(OTS).asOf(LocalDate.of(2022, 12, 1)).includingPossible();
      System.out.println(query);
      Show.answers(System.out, atlas, query.list(), 2);
    } catch (CorpusLoadException e) {
      System.out.println("not loaded: " + e.problems().size() + " problem(s)");
      for (Problem p : e.problems()) {
        System.out.println("  " + p);
      }
    } finally {
      if (args.length == 0) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }
}
