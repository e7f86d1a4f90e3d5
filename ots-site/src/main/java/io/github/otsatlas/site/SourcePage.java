package io.github.otsatlas.site;

import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.Whitespace;
import io.github.otsatlas.query.ClaimEvidence;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The page of one source: its metadata and rights, its text with every cited passage highlighted
 * at its recorded offsets (or, when the options ask for excerpts, only the passages with a little
 * context), and the list of passages with the facts and claims each supports.
 *
 * <p>Passages overlap and repeat, so the text is cut at every passage's start and end: each piece
 * is covered by one fixed set of passages, and a passage's highlight is exactly the pieces it
 * covers ({@link Segments}). Each highlighted piece is a {@code mark} with its code-point offsets
 * ({@code data-start}, {@code data-end}) and its passages ({@code data-passages}); each passage has
 * an anchor where it starts ({@code t<start>-<end>}) and a numbered reference where it ends.
 */
final class SourcePage {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private final Catalogue c;
  private final Source source;
  private final Page page;
  private final Xml x;
  private final List<Catalogue.Passage> passages;
  private final String text;
  private final CodePoints codePoints;
  private final int[] lineEnds;
  private final int[] starts;
  private final int[] ends;
  private final Map<Integer, List<Catalogue.Passage>> byStart;
  private final Map<Integer, List<Catalogue.Passage>> byEnd;

  private SourcePage(Catalogue c, Source source, Page page) {
    this.c = c;
    this.source = source;
    this.page = page;
    this.x = page.x;
    this.passages = c.passages(source.id());
    this.text = source.text();
    this.codePoints = new CodePoints(text);
    List<Integer> breaks = new ArrayList<>();
    Matcher m = LINE_BREAK.matcher(text);
    while (m.find()) {
      breaks.add(m.end());
    }
    this.lineEnds = breaks.stream().mapToInt(Integer::intValue).toArray();
    this.starts = passages.stream().mapToInt(Catalogue.Passage::start).toArray();
    this.ends = passages.stream().mapToInt(Catalogue.Passage::end).toArray();
    this.byStart = passages.stream().collect(Collectors.groupingBy(Catalogue.Passage::start));
    this.byEnd = passages.stream().collect(Collectors.groupingBy(Catalogue.Passage::end));
  }

  static void write(Writer out, Catalogue c, Source source) {
    String title = Names.title(source);
    Page page = Page.begin(out, 1, title, "Sources", "sources");
    new SourcePage(c, source, page).body(title);
    page.end();
  }

  private void body(String title) {
    x.element(Html.H1, title);
    x.start(Html.P).attr("class", "ref").text("Source ").element(Html.CODE, source.id().value()).end(Html.P);
    about();
    if (c.options.texts() == SiteOptions.Texts.FULL) {
      fullText();
    } else {
      excerpts();
    }
    passageList();
  }

  private void about() {
    page.section("about", "About this document");
    x.start(Html.DL).attr("class", "summary");
    page.entry("Title", source.title().orElse("none given"));
    page.entry("Authors", source.authors().isEmpty() ? "none named" : String.join(", ", source.authors()));
    page.entry("Outlet", source.outlet().orElse("unknown"));
    page.entry("Published", source.published().map(PartialDate::toString).orElse("unknown"));
    source.url().ifPresent(u -> {
      x.element(Html.DT, "Address");
      x.start(Html.DD).start(Html.A).attr("href", u).attr("rel", "external").text(u).end(Html.A).end(Html.DD);
    });
    page.entry("Language", source.language());
    source.republicationOf().ifPresent(o -> {
      x.element(Html.DT, "Republication of");
      x.start(Html.DD);
      if (c.corpus.source(o).isPresent()) {
        page.link(page.href(o, ""), c.corpus.source(o).get().label());
        x.text(": not an independent second source");
      } else {
        x.text(o.value() + " (not in this corpus)");
      }
      x.end(Html.DD);
    });
    List<Source> republished = c.republicationsOf(source.id());
    if (!republished.isEmpty()) {
      x.element(Html.DT, "Republished as");
      x.start(Html.DD);
      for (int i = 0; i < republished.size(); i++) {
        if (i > 0) {
          x.text(", ");
        }
        page.link(page.href(republished.get(i).id(), ""), republished.get(i).label());
      }
      x.end(Html.DD);
    }
    x.element(Html.DT, "Rights");
    x.start(Html.DD).attr("class", "rights");
    List<Rights.Statement> rights = Rights.statedIn(text);
    if (rights.isEmpty()) {
      x.text("unknown: the document states none");
    } else {
      for (Rights.Statement r : rights) {
        x.start(Html.Q).text(r.text()).end(Html.Q).text(" (as the document states them, line " + r.line() + ") ");
      }
    }
    x.end(Html.DD);
    page.entry("Published here", c.options.texts() == SiteOptions.Texts.FULL ? "the full text"
        : "only the cited passages, each with about " + c.options.context() + " characters around it");
    page.entry("Cited passages", Integer.toString(passages.size()));
    source.note().ifPresent(n -> page.entry("Curators’ note", n));
    x.end(Html.DL);
    page.endSection();
  }

  private void fullText() {
    page.section("text", "Full text");
    page.paragraph("Highlighted: the passages the atlas cites (darker where passages overlap); the "
        + "numbers lead to what each passage supports.");
    x.start(Html.DIV).attr("class", "text").attr("lang", source.language())
        .attr("data-length", codePoints.length());
    stretch(0, codePoints.length());
    x.end(Html.DIV);
    page.endSection();
  }

  private void excerpts() {
    page.section("text", "Cited passages in context");
    page.paragraph("Only the cited passages are published here, each with about " + c.options.context()
        + " characters of context; […] marks text left out.");
    x.start(Html.DIV).attr("class", "excerpts").attr("lang", source.language())
        .attr("data-length", codePoints.length());
    List<int[]> windows = windows();
    int previous = 0;
    for (int[] w : windows) {
      if (w[0] > previous) {
        x.start(Html.P).attr("class", "gap").attr("aria-label", "text left out").text("[…]").end(Html.P);
      }
      x.start(Html.P).attr("class", "excerpt").attr("data-start", w[0]).attr("data-end", w[1]);
      stretch(w[0], w[1]);
      x.end(Html.P);
      previous = w[1];
    }
    if (previous < codePoints.length()) {
      x.start(Html.P).attr("class", "gap").attr("aria-label", "text left out").text("[…]").end(Html.P);
    }
    x.end(Html.DIV);
    page.endSection();
  }

  /** The stretches of text an excerpt shows: each passage with its context, those that meet joined. */
  private List<int[]> windows() {
    int context = c.options.context();
    int length = codePoints.length();
    List<int[]> out = new ArrayList<>();
    for (Catalogue.Passage p : passages) {  // in order of start
      int lo = Math.max(0, p.start() - context);
      int hi = Math.min(length, p.end() + context);
      // Cut the context at a word's edge: after the first whitespace past lo, before the last before hi.
      if (lo > 0) {
        for (int i = lo; i < p.start(); i++) {
          if (Whitespace.isWhitespace(codePoints.at(i))) {
            lo = i + 1;
            break;
          }
        }
      }
      if (hi < length) {
        for (int i = hi - 1; i >= p.end(); i--) {
          if (Whitespace.isWhitespace(codePoints.at(i))) {
            hi = i;
            break;
          }
        }
      }
      if (!out.isEmpty() && lo <= out.get(out.size() - 1)[1]) {
        int[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], hi);
      } else {
        out.add(new int[] {lo, hi});
      }
    }
    return out;
  }

  /** Writes the text of {@code [from, to)}: plain where no passage is cited, marked where one is. */
  private void stretch(int from, int to) {
    for (Segments.Segment s : Segments.split(from, to, starts, ends)) {
      for (Catalogue.Passage p : byStart.getOrDefault(s.start(), List.of())) {
        x.start(Html.SPAN).attr("class", "anchor").attr("id", p.inText()).end(Html.SPAN);
      }
      String piece = text.substring(codePoints.charIndex(s.start()), codePoints.charIndex(s.end()));
      if (s.covering().isEmpty()) {
        x.text(piece);
      } else {
        List<Catalogue.Passage> by = s.covering().stream().map(passages::get).toList();
        x.start(Html.MARK).attr("class", by.size() > 1 ? "cite overlap" : "cite")
            .attr("data-start", s.start()).attr("data-end", s.end())
            .attr("data-passages", by.stream().map(Catalogue.Passage::note).collect(Collectors.joining(" ")))
            .attr("title", by.stream().map(p -> "passage " + p.number() + ": " + p.uses().stream()
                .map(u -> u.fact().ref().toString()).distinct().collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")))
            .text(piece).end(Html.MARK);
      }
      for (Catalogue.Passage p : byEnd.getOrDefault(s.end(), List.of())) {
        x.start(Html.SUP).attr("class", "ref");
        x.start(Html.A).attr("id", Addresses.mark(p.start(), p.end())).attr("href", "#" + p.note())
            .attr("aria-label", "passage " + p.number()).text(Integer.toString(p.number())).end(Html.A);
        x.end(Html.SUP);
      }
    }
  }

  private void passageList() {
    page.section("passages", "Cited passages");
    if (passages.isEmpty()) {
      page.paragraph("The atlas cites nothing of this document.");
    }
    x.start(Html.OL).attr("class", "passages");
    for (Catalogue.Passage p : passages) {
      x.start(Html.LI).attr("id", p.note());
      x.start(Html.BLOCKQUOTE);
      x.element(Html.P, Whitespace.fold(p.exact()));
      x.end(Html.BLOCKQUOTE);
      x.start(Html.P).attr("class", "where");
      x.text("Line " + line(p.start()) + ", code points " + p.start() + "–" + p.end() + " · ");
      page.link("#" + Addresses.mark(p.start(), p.end()), "back to the text");
      x.end(Html.P);
      x.start(Html.UL).attr("class", "uses");
      for (Catalogue.Use u : p.uses()) {
        x.start(Html.LI);
        Fact f = u.fact();
        page.link(page.href(f.ref(), ""), Names.title(c.atlas, f));
        x.text(": ");
        List<ClaimEvidence> claims = c.evidence(f).claims();
        for (int i = 0; i < u.claims().size(); i++) {
          if (i > 0) {
            x.text(", ");
          }
          int index = u.claims().get(i);
          Claim claim = claims.get(index).claim();
          page.link(page.href(f.ref(), Addresses.claim(index)), claim.toString());
        }
        u.citation().asOf().ifPresent(d -> x.text("; as of " + d));
        x.end(Html.LI);
      }
      x.end(Html.UL);
      x.end(Html.LI);
    }
    x.end(Html.OL);
    page.endSection();
  }

  /** Returns the line a code point stands on, from 1, counting breaks as {@link Rights} does. */
  private int line(int codePoint) {
    int at = codePoints.charIndex(codePoint);
    int lo = 0;
    int hi = lineEnds.length;
    while (lo < hi) {  // the number of breaks that end at or before the character
      int mid = (lo + hi) >>> 1;
      if (lineEnds[mid] <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo + 1;
  }

  /**
   * Code-point offsets of a text turned into char indices, cheaply for offsets asked in order (a
   * cursor that walks from the last offset asked).
   */
  static final class CodePoints {
    private final String text;
    private final int length;
    private int cp;
    private int ch;

    CodePoints(String text) {
      this.text = text;
      this.length = text.codePointCount(0, text.length());
    }

    int length() {
      return length;
    }

    int charIndex(int codePoint) {
      if (codePoint < 0 || codePoint > length) {
        throw new IndexOutOfBoundsException("code point " + codePoint + " of " + length);
      }
      ch = text.offsetByCodePoints(ch, codePoint - cp);
      cp = codePoint;
      return ch;
    }

    int at(int codePoint) {
      return text.codePointAt(charIndex(codePoint));
    }
  }
}
