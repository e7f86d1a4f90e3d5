package io.github.otsatlas.site;

import static io.github.otsatlas.site.SiteChecks.SVG;
import static io.github.otsatlas.site.SiteChecks.XHTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Acceptance: the site of the seed corpus, read back with the JDK's XML parser. It is written to
 * {@code target/seed-site}, where it can be opened after the build.
 */
final class SeedSiteTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final Path SITE = Path.of("target", "seed-site");
  private static List<Path> written;
  private static SiteChecks site;

  @BeforeAll
  static void writeTheSeedSite() throws IOException {
    // a site written by an earlier build may hold pages of facts this corpus no longer has
    if (java.nio.file.Files.exists(SITE)) {
      try (java.util.stream.Stream<Path> old = java.nio.file.Files.walk(SITE)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      }
    }
    written = Site.write(ATLAS, SITE, SiteOptions.defaults());
    site = SiteChecks.read(SITE);
  }

  @Test
  void everyPageParses_andEveryFactAndSourceHasOne() {
    assertEquals(List.of(), site.parseProblems());
    assertEquals(List.of(), site.everyFactHasAPage(ATLAS.corpus()));
    // 145 facts, 5 sources, the index and the style sheet
    assertEquals(ATLAS.corpus().facts().size() + 5 + 2, written.size());
    assertEquals(152, written.size());
  }

  @Test
  void everyInternalLinkResolves_andNothingIsLoadedFromElsewhere() throws IOException {
    assertEquals(List.of(), site.links());
  }

  @Test
  void everyCitationIsHighlightedExactly_atItsRecordedOffsets() {
    assertEquals(List.of(), site.highlights(ATLAS.corpus(), SiteOptions.defaults()));
  }

  @Test
  void excerpts_showOnlyThePassagesWithTheirContext(@TempDir Path tmp) throws IOException {
    SiteOptions excerpts = SiteOptions.defaults().withExcerpts(80);
    Site.write(ATLAS, tmp, excerpts);
    SiteChecks checks = SiteChecks.read(tmp);
    assertEquals(List.of(), checks.all(ATLAS.corpus(), excerpts));
    // The longest document is not published whole: well under two thirds of it is shown (its
    // passages cited by agreements and exercises too, with their context).
    Document page = checks.page("source/turkey-central-asia-eu-2025.html");
    int shown = SiteChecks.withClass(page, XHTML, "p", "excerpt").stream().mapToInt(e -> e.getTextContent().length())
        .sum();
    int whole = ATLAS.corpus().source(io.github.otsatlas.model.SourceId.of("turkey-central-asia-eu-2025"))
        .orElseThrow().text().length();
    assertTrue(shown < whole * 2 / 3, shown + " of " + whole);
    assertTrue(SiteChecks.byClass(page, "div", "text").isEmpty(), "no full text");
  }

  @Test
  void everyCitationOfEveryFact_isListedOnItsFactPage() {
    for (Fact f : ATLAS.corpus().facts()) {
      Document d = site.page(Addresses.page(f.ref()));
      Set<String> cites = new HashSet<>();
      SiteChecks.elements(d, XHTML, "blockquote").forEach(b -> cites.add(b.getAttribute("cite")));
      for (Citation c : f.allCitations()) {
        var l = ATLAS.corpus().locate(c);
        String target = "../" + Addresses.page(c.source()) + "#" + Addresses.inText(l.start(), l.end());
        assertTrue(cites.contains(target), f.ref() + " lists no quotation of " + target);
      }
    }
  }

  @Test
  void theOtsPage_drawsItsTimelineLinkedToItsFacts() {
    Document d = site.page("organization/OTS.html");
    List<Element> svgs = SiteChecks.elements(d, SVG, "svg");
    assertEquals(1, svgs.size());
    Element svg = svgs.get(0);
    List<Element> links = SiteChecks.elements(svg, SVG, "a");
    Set<String> targets = new HashSet<>();
    links.forEach(a -> targets.add(a.getAttribute("href")));
    // every OTS membership's bar links to its page
    ATLAS.members(OrganizationId.of("OTS")).list().forEach(a ->
        assertTrue(targets.contains("../" + Addresses.page(a.subject().ref())), a.subject().ref().toString()));
    assertTrue(targets.contains("../summit/ots-summit-8-istanbul.html"), targets.toString());
    // each link's tooltip quotes a sentence
    long quoted = links.stream().filter(a -> SiteChecks.elements(a, SVG, "title").get(0).getTextContent().contains("“"))
        .count();
    assertTrue(quoted >= 20, quoted + " of " + links.size());
    // the same history in words, for readers who cannot see the picture
    assertTrue(SiteChecks.byClass(d, "table", "events").isPresent());
    assertEquals(List.of("Founding members", "Members", "Observers"),
        SiteChecks.elements(d, XHTML, "caption").stream().map(Element::getTextContent)
            .filter(t -> t.endsWith("members") || t.endsWith("Members") || t.equals("Observers")).toList());
  }

  @Test
  void theIndex_givesTheCorpusAtAGlance() {
    Document d = site.page("index.html");
    String counts = SiteChecks.byClass(d, "table", "counts").orElseThrow().getTextContent();
    assertTrue(counts.contains("Memberships28"), counts);
    // the counts are the corpus's own: claims, classified claims, distinct citations, passages
    assertTrue(counts.contains("Summits" + ATLAS.corpus().summits().size()), counts);
    assertTrue(counts.contains("Other meetings" + ATLAS.corpus().meetings().size()), counts);
    assertTrue(counts.contains("Recognitions" + ATLAS.corpus().recognitions().size()), counts);
    assertTrue(counts.contains("671 (52 of them"), counts);
    // an organization's summits and meetings are counted together: the CIS has one meeting
    String organizations = SiteChecks.byId(d, "organizations").orElseThrow().getTextContent();
    assertTrue(organizations.contains("Commonwealth of Independent States (CIS)intergovernmental organizationunknown01"),
        organizations);
    assertTrue(counts.contains("318, quoting 110 passages"), counts);
    String horizon = SiteChecks.byId(d, "horizon").orElseThrow().getTextContent();
    assertTrue(horizon.contains("2026-01-13"), horizon);
    assertTrue(SiteChecks.byId(d, "disagreements").isPresent());
    String sources = SiteChecks.byId(d, "sources").orElseThrow().getTextContent();
    assertTrue(sources.contains("2024-11-04") && sources.contains("2026-01-14"), sources);
  }

  @Test
  void rights_areTheDocumentsOwnWords_orUnknown() {
    String avim = rights("avim-coffey-2026");
    assertTrue(avim.contains("© 2009-2025 Avrasya İncelemeleri Merkezi (AVİM) Tüm Hakları Saklıdır"), avim);
    for (String id : List.of("tni-coffey-2026", "dzhuraev-roundtable-2024", "newsaz-ozer-2024",
        "turkey-central-asia-eu-2025")) {
      assertEquals("unknown: the document states none", rights(id), id);
    }
  }

  @Test
  void aRepublication_linksToItsOriginal() {
    Document d = site.page("source/avim-coffey-2026.html");
    assertTrue(SiteChecks.elements(d, XHTML, "a").stream()
        .anyMatch(a -> a.getAttribute("href").equals("tni-coffey-2026.html")
            || a.getAttribute("href").equals("../source/tni-coffey-2026.html")));
    Document original = site.page("source/tni-coffey-2026.html");
    assertTrue(SiteChecks.elements(original, XHTML, "a").stream()
        .anyMatch(a -> a.getAttribute("href").equals("../source/avim-coffey-2026.html")));
  }

  @Test
  void pagesAreAccessible_headingsLanguageAndSkipLink() {
    for (var e : site.pages().entrySet()) {
      Document d = e.getValue();
      Element html = d.getDocumentElement();
      assertEquals("en", html.getAttribute("lang"), e.getKey().toString());
      assertEquals("#main", SiteChecks.byClass(d, "a", "skip").orElseThrow().getAttribute("href"));
      assertTrue(SiteChecks.byId(d, "main").isPresent());
      assertFalse(SiteChecks.elements(d, XHTML, "h2").isEmpty(), e.getKey() + " has no h2");
      // headings never skip a level: an h3 only under an h2, an h2 only under the h1
      int level = 0;
      for (Element h : SiteChecks.all(html)) {
        if (XHTML.equals(h.getNamespaceURI()) && h.getLocalName().matches("h[1-6]")) {
          int n = h.getLocalName().charAt(1) - '0';
          assertTrue(n <= level + 1, e.getKey() + ": <" + h.getLocalName() + "> " + h.getTextContent() + " after h" + level);
          level = n;
        }
      }
      for (Element svg : SiteChecks.elements(d, SVG, "svg")) {
        String label = svg.getAttribute("aria-labelledby");
        assertTrue(SiteChecks.byId(d, label).isPresent(), "the picture's text alternative");
      }
    }
  }

  @Test
  void theSiteIsTheSameOnEveryRun(@TempDir Path tmp) throws IOException {
    Site.write(ATLAS, tmp, SiteOptions.defaults());
    for (Path p : written) {
      assertEquals(Files.readString(SITE.resolve(p)), Files.readString(tmp.resolve(p)), p.toString());
    }
  }

  private static String rights(String source) {
    Document d = site.page("source/" + source + ".html");
    return SiteChecks.withClass(d, XHTML, "dd", "rights").get(0).getTextContent().strip();
  }
}
