package io.github.otsatlas.site;

import static io.github.otsatlas.site.SiteChecks.XHTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The site's rules, on tiny corpora built here: escaping, overlapping quotes, excerpts, rights. */
final class SiteTest {
  private static final SourceId DOC = SourceId.of("doc");
  private static final SourceId COPY = SourceId.of("copy");
  private static final StateId TESTLAND = StateId.of("TST");
  private static final StateId HOSTILE = StateId.of("XSS");
  private static final OrganizationId UNION = OrganizationId.of("UOT");

  /** A text with markup, entities, CDATA ends, quotes, control characters, a lone surrogate and CR LF. */
  private static final String HOSTILE_TEXT = "<script>alert('x')</script> & \"quotes\" ]]> &amp; \u0001\u001b end.\r\n"
      + "The Union of Tests was founded in 2001 by Testland. Half \uD800 a character, \uFFFE and \u0085.\n"
      + "\u00A9 2020 Test Press\n"
      + "A last line with \uD835\uDD7F outside the first plane.";

  @Test
  void hostileText_isEscapedOrReplaced_andEveryPageStillChecks(@TempDir Path tmp) throws Exception {
    Corpus corpus = corpus(HOSTILE_TEXT, List.of(
        state(HOSTILE, "<script>alert('x')</script>", cite("<script>alert('x')</script>", "name=<script>alert('x')</script>"))));
    Site.write(Atlas.of(corpus), tmp, SiteOptions.defaults());
    SiteChecks site = SiteChecks.read(tmp);
    assertEquals(List.of(), site.all(corpus, SiteOptions.defaults()));

    String raw = Files.readString(tmp.resolve("source/doc.html"), StandardCharsets.UTF_8);
    assertFalse(raw.contains("<script>"), "markup from a source is text, not markup");
    assertFalse(raw.contains("\u0001") || raw.contains("\u001b") || raw.contains("\uFFFE"), "no forbidden character");
    assertTrue(raw.contains("&#13;"), "a carriage return is kept as a reference, not read as a line feed");
    Document d = site.page("source/doc.html");
    String shown = SiteChecks.shown(SiteChecks.byClass(d, "div", "text").orElseThrow());
    assertTrue(shown.startsWith("<script>alert('x')</script> & \"quotes\" ]]> &amp; \uFFFD\uFFFD end.\r\n"), shown);
    assertTrue(shown.contains("Half \uFFFD a character, \uFFFD and \u0085."), shown);
    assertTrue(shown.contains("\uD835\uDD7F"), "a character outside the first plane is kept whole");

    // the hostile name is text on every page that shows it, and the title of its own page
    Document state = site.page("state/XSS.html");
    assertEquals("<script>alert('x')</script>", SiteChecks.elements(state, XHTML, "h1").get(0).getTextContent());
    assertFalse(Files.readString(tmp.resolve("index.html")).contains("<script>"));
  }

  @Test
  void overlappingNestedRepeatedAndAdjacentQuotes_areEachHighlightedExactly(@TempDir Path tmp) throws Exception {
    String text = "Alpha beta gamma delta epsilon zeta eta theta.";
    Corpus corpus = corpus(text, List.of(
        // the first word, and a quote that starts with it: nested at the start of the text
        state(StateId.of("AAA"), "Alpha", cite("Alpha", "name=Alpha")),
        state(StateId.of("BBB"), "Alpha beta gamma", cite("Alpha beta gamma", "name=Alpha beta gamma")),
        // overlapping the last, and nesting another
        state(StateId.of("CCC"), "gamma delta epsilon", cite("gamma delta epsilon", "name=gamma delta epsilon")),
        state(StateId.of("DDD"), "delta", cite("delta", "name=delta")),
        // two adjacent passages, the second ending the text
        state(StateId.of("EEE"), "zeta eta theta", cite("zeta eta theta", "name=zeta eta theta")),
        state(StateId.of("GGG"), "Full stop", cite(".", "name=Full stop")),
        // the same passage quoted by a second fact
        state(StateId.of("FFF"), "delta again", cite("delta", "name=delta again"))));
    Site.write(Atlas.of(corpus), tmp, SiteOptions.defaults());
    SiteChecks site = SiteChecks.read(tmp);
    assertEquals(List.of(), site.all(corpus, SiteOptions.defaults()));

    Document d = site.page("source/doc.html");
    List<Element> marks = SiteChecks.elements(d, XHTML, "mark");
    // cut at every boundary of every passage; the space before "zeta" is cited by nothing
    assertEquals(List.of("Alpha", " beta ", "gamma", " ", "delta", " epsilon", "zeta eta theta", "."),
        marks.stream().map(Element::getTextContent).toList());
    assertEquals(List.of("cite overlap", "cite", "cite overlap", "cite", "cite overlap", "cite", "cite", "cite"),
        marks.stream().map(m -> m.getAttribute("class")).toList());
    assertEquals("q0-5 q0-16", marks.get(0).getAttribute("data-passages"));
    // the repeated passage is one passage, listed once, supporting both facts
    Element delta = SiteChecks.byId(d, Addresses.note(17, 22)).orElseThrow();
    assertEquals(2, SiteChecks.withClass(delta, XHTML, "ul", "uses").get(0).getElementsByTagNameNS(XHTML, "li")
        .getLength());
    assertEquals(6, SiteChecks.withClass(d, XHTML, "sup", "ref").size(), "one numbered reference per passage");
  }

  @Test
  void excerpts_keepOnlyThePassagesAndTheirContext(@TempDir Path tmp) throws Exception {
    String filler = "word ".repeat(60);
    String text = filler + "The Union of Tests was founded in 2001 by Testland. " + filler + "Testland is a state. " + filler;
    Corpus corpus = corpus(text, List.of(state(StateId.of("TSB"), "Testland", cite("Testland is a state.", "name=Testland"))));
    SiteOptions options = SiteOptions.defaults().withExcerpts(12);
    Site.write(Atlas.of(corpus), tmp, options);
    SiteChecks site = SiteChecks.read(tmp);
    assertEquals(List.of(), site.all(corpus, options));
    Document d = site.page("source/doc.html");
    List<Element> excerpts = SiteChecks.withClass(d, XHTML, "p", "excerpt");
    assertEquals(2, excerpts.size(), "two passages far apart: two excerpts");
    // the context is cut at a word's edge, never inside a word
    for (Element e : excerpts) {
      String t = e.getTextContent();
      assertTrue(t.startsWith("word ") || t.startsWith("The ") || t.startsWith("Testland"), t);
      assertTrue(t.endsWith(" word") || t.endsWith("."), t);
    }
    assertEquals(3, SiteChecks.withClass(d, XHTML, "p", "gap").size(), "text left out before, between and after");
    assertFalse(SiteChecks.byClass(d, "div", "text").isPresent());
  }

  @Test
  void rights_areQuotedFromTheDocument_orUnknown(@TempDir Path tmp) throws Exception {
    Corpus corpus = corpus(HOSTILE_TEXT, List.of());
    Site.write(Atlas.of(corpus), tmp, SiteOptions.defaults());
    SiteChecks site = SiteChecks.read(tmp);
    String rights = SiteChecks.withClass(site.page("source/doc.html"), XHTML, "dd", "rights").get(0).getTextContent();
    // U+0085, a next-line character, ends a line as a line feed does
    assertTrue(rights.contains("\u00A9 2020 Test Press") && rights.contains("line 4"), rights);
    Path plain = tmp.resolve("plain");
    Site.write(Atlas.of(corpus("No notice here.", List.of())), plain, SiteOptions.defaults());
    String none = SiteChecks.withClass(SiteChecks.read(plain).page("source/doc.html"), XHTML, "dd", "rights").get(0)
        .getTextContent();
    assertEquals("unknown: the document states none", none);
  }

  @Test
  void aRepublication_linksBothWays(@TempDir Path tmp) throws Exception {
    Corpus corpus = corpus("Some text.", List.of());
    Site.write(Atlas.of(corpus), tmp, SiteOptions.defaults());
    SiteChecks site = SiteChecks.read(tmp);
    assertTrue(hasLink(site.page("source/copy.html"), "../source/doc.html"));
    assertTrue(hasLink(site.page("source/doc.html"), "../source/copy.html"));
  }

  @Test
  void anOrganizationPage_hasItsPictureNamesAndMembers(@TempDir Path tmp) throws Exception {
    Corpus corpus = corpus(HOSTILE_TEXT, List.of());
    Site.write(Atlas.of(corpus), tmp, SiteOptions.defaults());
    SiteChecks site = SiteChecks.read(tmp);
    Document d = site.page("organization/UOT.html");
    assertEquals(1, SiteChecks.elements(d, SiteChecks.SVG, "svg").size());
    for (String id : List.of("summary", "timeline", "names", "members", "claims", "quotations", "attestations",
        "sources")) {
      assertTrue(SiteChecks.byId(d, id).isPresent(), id);
    }
    String members = SiteChecks.byId(d, "members").orElseThrow().getTextContent();
    assertTrue(members.contains("Founding members") && members.contains("Testland"), members);
    assertTrue(hasLink(d, "../membership/tst-uot.html"));
  }

  @Test
  void write_refusesNulls(@TempDir Path tmp) {
    Atlas atlas = Atlas.of(corpus("Some text.", List.of()));
    assertThrows(NullPointerException.class, () -> Site.write(null, tmp, SiteOptions.defaults()));
    assertThrows(NullPointerException.class, () -> Site.write(atlas, null, SiteOptions.defaults()));
    assertThrows(NullPointerException.class, () -> Site.write(atlas, tmp, null));
  }

  @Test
  void write_intoAFile_failsWithAnIoException(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    assertThrows(IOException.class, () -> Site.write(Atlas.of(corpus("Some text.", List.of())), file,
        SiteOptions.defaults()));
  }

  private static boolean hasLink(Document d, String href) {
    return SiteChecks.elements(d, XHTML, "a").stream().anyMatch(a -> a.getAttribute("href").equals(href));
  }

  /**
   * A corpus of two sources ({@code doc} with the text given, {@code copy} a republication of it),
   * the state Testland, an organization founded in 2001 with Testland its founding member, all
   * cited from the sentence "The Union of Tests was founded in 2001 by Testland." when the text has
   * it, and the states given.
   */
  private static Corpus corpus(String text, List<State> more) {
    Source doc = Source.builder().id(DOC).file("doc.txt").title("A <test> & document").language("en")
        .published(PartialDate.ofYear(2024)).text(text).build();
    Source copy = Source.builder().id(COPY).file("copy.txt").title("A copy").language("en")
        .published(PartialDate.ofYear(2025)).republicationOf(DOC).text(text).build();
    List<State> states = new java.util.ArrayList<>(more);
    List<Organization> organizations = new java.util.ArrayList<>();
    List<Membership> memberships = new java.util.ArrayList<>();
    String founding = "The Union of Tests was founded in 2001 by Testland.";
    if (text.contains(founding)) {
      states.add(state(TESTLAND, "Testland", cite("by Testland", "name=Testland")));
      OrganizationName name = OrganizationName.builder().name("Union of Tests").from(PartialDate.ofYear(2001))
          .addCitations(cite("Union of Tests was founded in 2001", "name=Union of Tests", "from=2001")).build();
      organizations.add(Organization.builder().id(UNION).kind(OrganizationKind.ASSOCIATION)
          .addClassified(Attribute.KIND).addNames(name).founded(PartialDate.ofYear(2001))
          .addCitations(cite("was founded in 2001", "founded=2001")).build());
      memberships.add(Membership.builder().id(MembershipId.of("tst-uot")).party(TESTLAND).organization(UNION)
          .role(Role.FOUNDING_MEMBER).start(PartialDate.ofYear(2001)).end(PeriodEnd.ongoing())
          .addCitations(cite(founding, "party=state:TST", "organization=UOT", "role=FOUNDING_MEMBER", "start=2001")
              .withAsOf(Optional.of(PartialDate.ofYear(2024))))
          .build());
    }
    return Corpus.of(List.of(doc, copy), states, organizations, memberships, List.of(), List.of());
  }

  private static State state(StateId id, String name, Citation citation) {
    return State.builder().id(id).name(name).recognition(Recognition.RECOGNIZED).addClassified(Attribute.RECOGNITION)
        .addCitations(citation).build();
  }

  private static Citation cite(String quote, String... claims) {
    return Citation.of(DOC, quote, List.of(claims).stream().map(Claim::parse).toList());
  }
}
