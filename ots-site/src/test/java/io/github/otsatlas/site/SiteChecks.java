package io.github.otsatlas.site;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.QuoteLocation;
import io.github.otsatlas.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Reads a written site back with the JDK's XML parser and checks it against its corpus, from the
 * corpus alone (not from the site's own bookkeeping): every page parses; every internal link
 * (XHTML and SVG {@code href}, a quotation's {@code cite}) names a file of the site and an id in
 * it; nothing is loaded from elsewhere; every fact and source has its page; and every citation's
 * range is covered exactly by the highlights of its source's page, at its recorded offsets.
 */
final class SiteChecks {
  static final String XHTML = Xml.XHTML_NS;
  static final String SVG = Xml.SVG_NS;

  private final Path root;
  private final Map<Path, Document> pages = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();

  private SiteChecks(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Parses every page of the site; a page that does not parse is a problem. */
  static SiteChecks read(Path root) throws IOException {
    SiteChecks s = new SiteChecks(root);
    try (Stream<Path> files = Files.walk(s.root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        try {
          s.pages.put(s.root.relativize(f), parse(Files.readAllBytes(f)));
        } catch (Exception e) {
          s.problems.add(s.root.relativize(f) + " does not parse: " + e.getMessage());
        }
      }
    }
    return s;
  }

  /** Parses XML strictly: namespace-aware, the HTML5 doctype allowed but nothing loaded, any error fatal. */
  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return b.parse(in);
    }
  }

  static Document parse(String xml) throws Exception {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  Map<Path, Document> pages() {
    return pages;
  }

  Document page(String path) {
    Document d = pages.get(Path.of(path));
    if (d == null) {
      throw new AssertionError("no page " + path);
    }
    return d;
  }

  /** Returns the pages that did not parse. */
  List<String> parseProblems() {
    return List.copyOf(problems);
  }

  /** Runs every check: parsing, pages, links and highlights. */
  List<String> all(Corpus corpus, SiteOptions options) throws IOException {
    List<String> out = new ArrayList<>(parseProblems());
    out.addAll(everyFactHasAPage(corpus));
    out.addAll(links());
    out.addAll(highlights(corpus, options));
    return out;
  }

  /** Checks that every internal link resolves and that no page loads anything from elsewhere. */
  List<String> links() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<Path, Set<String>> ids = new HashMap<>();
    pages.forEach((p, d) -> ids.put(p, ids(d)));
    for (Map.Entry<Path, Document> e : pages.entrySet()) {
      Path page = e.getKey();
      for (Element el : all(e.getValue().getDocumentElement())) {
        for (String attr : new String[] {"href", "cite", "src"}) {
          if (!el.hasAttribute(attr)) {
            continue;
          }
          String target = el.getAttribute(attr);
          String where = page + ": <" + el.getLocalName() + " " + attr + "=\"" + target + "\">";
          if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("//")) {
            // Only a link a reader follows may leave the site, never a resource the page loads.
            if (!(el.getLocalName().equals("a") && XHTML.equals(el.getNamespaceURI()) && attr.equals("href"))) {
              problems.add(where + " loads from elsewhere");
            }
            continue;
          }
          if (target.isEmpty() || target.contains(":")) {
            problems.add(where + " is not a relative address");
            continue;
          }
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          String fragment = hash < 0 ? "" : target.substring(hash + 1);
          Path resolved = file.isEmpty() ? page
              : root.relativize(root.resolve(page).getParent().resolve(file).normalize());
          if (resolved.startsWith("..") || !Files.isRegularFile(root.resolve(resolved))) {
            problems.add(where + " names no file of the site");
          } else if (!fragment.isEmpty() && !ids.getOrDefault(resolved, Set.of()).contains(fragment)) {
            problems.add(where + " names no id of " + resolved);
          }
        }
        String tag = el.getLocalName();
        if (tag.equals("script") || tag.equals("iframe") || tag.equals("object") || tag.equals("embed")
            || tag.equals("img") || tag.equals("style")) {
          problems.add(page + ": <" + tag + "> in a page that should load nothing");
        }
      }
    }
    String css = Files.readString(root.resolve(Addresses.STYLE), StandardCharsets.UTF_8);
    if (css.contains("url(") || css.contains("@import") || css.contains("@font-face")) {
      problems.add("site.css loads something");
    }
    return problems;
  }

  /** Checks that every fact and every source of the corpus has its page, titled. */
  List<String> everyFactHasAPage(Corpus corpus) {
    List<String> problems = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    corpus.facts().forEach(f -> expected.add(Addresses.page(f.ref())));
    corpus.sources().forEach(s -> expected.add(Addresses.page(s.id())));
    expected.add(Addresses.INDEX);
    for (String path : expected) {
      Document d = pages.get(Path.of(path));
      if (d == null) {
        problems.add("no page " + path);
      } else if (d.getElementsByTagNameNS(XHTML, "h1").getLength() != 1) {
        problems.add(path + " has no single h1");
      }
    }
    if (pages.size() != expected.size()) {
      problems.add(pages.size() + " pages, expected " + expected.size());
    }
    return problems;
  }

  /**
   * Checks every source page's text against its source: the text shown (full, or each excerpt at
   * its offsets) is the source's text; each highlight stands at its recorded code-point offsets;
   * and the highlights naming a citation's passage cover exactly that citation's range.
   */
  List<String> highlights(Corpus corpus, SiteOptions options) {
    List<String> problems = new ArrayList<>();
    Map<Source, Set<QuoteLocation>> cited = new LinkedHashMap<>();
    for (Fact f : corpus.facts()) {
      for (Citation c : f.allCitations()) {
        cited.computeIfAbsent(corpus.source(c.source()).orElseThrow(), k -> new HashSet<>()).add(corpus.locate(c));
      }
    }
    for (Source s : corpus.sources()) {
      String path = Addresses.page(s.id());
      Document d = pages.get(Path.of(path));
      if (d == null) {
        continue;  // reported by everyFactHasAPage
      }
      Set<QuoteLocation> locations = cited.getOrDefault(s, Set.of());
      String text = s.text();
      int length = text.codePointCount(0, text.length());
      Map<String, List<int[]>> marked = new HashMap<>();
      StringBuilder shown = new StringBuilder();
      List<int[]> windows = new ArrayList<>();
      if (options.texts() == SiteOptions.Texts.FULL) {
        Element div = byClass(d, "div", "text").orElse(null);
        if (div == null) {
          problems.add(path + ": no div.text");
          continue;
        }
        read(path, div, 0, marked, shown, problems);
        windows.add(new int[] {0, length});
        if (!shown.toString().equals(Xml.clean(text))) {
          problems.add(path + ": the text shown is not the source's text");
        }
      } else {
        for (Element p : elements(d, XHTML, "p")) {
          if (!p.getAttribute("class").equals("excerpt")) {
            continue;
          }
          int from = Integer.parseInt(p.getAttribute("data-start"));
          int to = Integer.parseInt(p.getAttribute("data-end"));
          StringBuilder piece = new StringBuilder();
          int end = read(path, p, from, marked, piece, problems);
          String expected = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
          if (end != to || !piece.toString().equals(Xml.clean(expected))) {
            problems.add(path + ": excerpt " + from + ".." + to + " is not the source's text there");
          }
          windows.add(new int[] {from, to});
          shown.append(piece);
        }
        for (int[] w : windows) {
          for (int i = w[0]; i < w[1]; i++) {
            int at = i;
            if (locations.stream().noneMatch(l -> l.start() - options.context() <= at && at < l.end() + options.context())) {
              problems.add(path + ": code point " + i + " is shown but lies beyond the context of every passage");
              break;
            }
          }
        }
      }
      Set<String> ids = ids(d);
      for (QuoteLocation l : locations) {
        String id = Addresses.note(l.start(), l.end());
        List<int[]> spans = new ArrayList<>(marked.getOrDefault(id, List.of()));
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int at = l.start();
        boolean exact = !spans.isEmpty();
        for (int[] span : spans) {
          exact &= span[0] == at;
          at = span[1];
        }
        exact &= at == l.end();
        if (!exact) {
          problems.add(path + ": the highlights of " + id + " do not cover exactly " + l.start() + ".." + l.end());
        }
        if (!ids.contains(id) || !ids.contains(Addresses.inText(l.start(), l.end()))) {
          problems.add(path + ": " + id + " has no entry or no anchor");
        }
        if (windows.stream().noneMatch(w -> w[0] <= l.start() && l.end() <= w[1])) {
          problems.add(path + ": " + id + " is not shown");
        }
      }
      for (String id : marked.keySet()) {
        if (locations.stream().noneMatch(l -> Addresses.note(l.start(), l.end()).equals(id))) {
          problems.add(path + ": " + id + " is highlighted but cited by nothing");
        }
      }
    }
    return problems;
  }

  /**
   * Reads the text under {@code el} from code point {@code offset}: appends it to {@code shown}
   * (reference marks left out), checks each highlight's offsets, and records which spans each
   * highlight gives its passages. Returns the offset past the text.
   */
  private static int read(String path, Element el, int offset, Map<String, List<int[]>> marked, StringBuilder shown,
      List<String> problems) {
    int at = offset;
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        String t = n.getNodeValue();
        shown.append(t);
        at += t.codePointCount(0, t.length());
      } else if (n instanceof Element child) {
        if (child.getLocalName().equals("sup") && child.getAttribute("class").equals("ref")) {
          continue;
        }
        if (child.getLocalName().equals("mark")) {
          int start = Integer.parseInt(child.getAttribute("data-start"));
          int end = Integer.parseInt(child.getAttribute("data-end"));
          String t = child.getTextContent();
          if (start != at || end != at + t.codePointCount(0, t.length())) {
            problems.add(path + ": a highlight says " + start + ".." + end + " but stands at " + at);
          }
          for (String id : child.getAttribute("data-passages").split(" ")) {
            marked.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {start, end});
          }
        }
        at = read(path, child, at, marked, shown, problems);
      }
    }
    return at;
  }

  /** Returns the text under an element as a reader sees it, the numbered references left out. */
  static String shown(Element el) {
    StringBuilder b = new StringBuilder();
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        b.append(n.getNodeValue());
      } else if (n instanceof Element child && !(child.getLocalName().equals("sup")
          && child.getAttribute("class").equals("ref"))) {
        b.append(shown(child));
      }
    }
    return b.toString();
  }

  static Set<String> ids(Document d) {
    Set<String> ids = new HashSet<>();
    for (Element e : all(d.getDocumentElement())) {
      if (e.hasAttribute("id")) {
        ids.add(e.getAttribute("id"));
      }
    }
    return ids;
  }

  static List<Element> all(Element root) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName("*");
    out.add(root);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static List<Element> elements(Node root, String namespace, String name) {
    NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS(namespace, name)
        : ((Element) root).getElementsByTagNameNS(namespace, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** Returns the elements whose class list holds {@code cssClass}. */
  static List<Element> withClass(Node root, String namespace, String name, String cssClass) {
    return elements(root, namespace, name).stream()
        .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
  }

  static java.util.Optional<Element> byClass(Document d, String name, String cssClass) {
    return withClass(d, XHTML, name, cssClass).stream().findFirst();
  }

  static java.util.Optional<Element> byId(Document d, String id) {
    return all(d.getDocumentElement()).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst();
  }
}
