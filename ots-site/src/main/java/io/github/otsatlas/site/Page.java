package io.github.otsatlas.site;

import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.SourceId;
import java.io.Writer;

/**
 * One page being written: the chrome every page shares (a skip link, the site's navigation, a
 * main region, a footer; the style sheet; the language) and the small pieces pages are made of.
 * Not thread-safe: one instance writes one page.
 */
final class Page {
  final Xml x;
  private final String root;

  private Page(Xml x, String root) {
    this.x = x;
    this.root = root;
  }

  /**
   * Starts a page and opens its main region.
   *
   * @param out where the page goes
   * @param depth 0 for the index, 1 for every other page
   * @param title the page's title
   * @param trail where the page sits, for the navigation: the label of the index's section that
   *     lists it, or empty for the index itself
   * @param trailId the id of that section of the index
   */
  static Page begin(Writer out, int depth, String title, String trail, String trailId) {
    Page p = new Page(Xml.xhtml(out), "../".repeat(depth));
    Xml x = p.x;
    x.start(Html.HTML).attr("lang", "en").attr("xml:lang", "en");
    x.start(Html.HEAD);
    x.empty(Html.META).attr("charset", "UTF-8");
    x.empty(Html.META).attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    x.element(Html.TITLE, title + (depth == 0 ? "" : " · OTS Atlas"));
    x.empty(Html.LINK).attr("rel", "stylesheet").attr("href", p.root + Addresses.STYLE);
    x.end(Html.HEAD);
    x.start(Html.BODY);
    x.start(Html.A).attr("class", "skip").attr("href", "#main").text("Skip to the content").end(Html.A);
    x.start(Html.HEADER).attr("class", "site");
    x.start(Html.NAV).attr("aria-label", "Site");
    x.start(Html.A).attr("class", "home").attr("href", p.root + Addresses.INDEX).text("OTS Atlas").end(Html.A);
    if (!trail.isEmpty()) {
      x.start(Html.SPAN).attr("class", "trail").text(" › ");
      x.start(Html.A).attr("href", p.root + Addresses.INDEX + "#" + trailId).text(trail).end(Html.A);
      x.end(Html.SPAN);
    }
    x.start(Html.UL);
    for (String[] section : new String[][] {{"organizations", "Organizations"}, {"sources", "Sources"},
        {"facts", "All facts"}}) {
      x.start(Html.LI).start(Html.A).attr("href", p.root + Addresses.INDEX + "#" + section[0]).text(section[1])
          .end(Html.A).end(Html.LI);
    }
    x.end(Html.UL);
    x.end(Html.NAV);
    x.end(Html.HEADER);
    x.start(Html.MAIN).attr("id", "main");
    return p;
  }

  /** Closes the main region, writes the footer and ends the page. */
  void end() {
    x.end(Html.MAIN);
    x.start(Html.FOOTER).attr("class", "site");
    x.element(Html.P, "OTS Atlas: every claim with the sentence that states it, in its source. This site loads "
        + "nothing from elsewhere; it works from a folder and from any web server.");
    x.end(Html.FOOTER);
    x.end(Html.BODY);
    x.end(Html.HTML);
    x.finish();
  }

  /** Returns the address of a fact's page from this page, at {@code fragment} when not empty. */
  String href(FactRef fact, String fragment) {
    return root + Addresses.page(fact) + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  /** Returns the address of a source's page from this page, at {@code fragment} when not empty. */
  String href(SourceId source, String fragment) {
    return root + Addresses.page(source) + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  /** Writes a link. */
  Page link(String href, String text) {
    x.start(Html.A).attr("href", href).text(text).end(Html.A);
    return this;
  }

  /** Opens a section with an id and a heading. */
  Page section(String id, String heading) {
    x.start(Html.SECTION).attr("id", id).attr("aria-labelledby", id + "-h");
    x.start(Html.H2).attr("id", id + "-h").text(heading).end(Html.H2);
    return this;
  }

  /** Closes a section. */
  Page endSection() {
    x.end(Html.SECTION);
    return this;
  }

  /** Writes a term and its description as plain text, in an open {@code dl}. */
  Page entry(String term, String description) {
    x.element(Html.DT, term);
    x.element(Html.DD, description);
    return this;
  }

  /** Writes a paragraph. */
  Page paragraph(String text) {
    x.element(Html.P, text);
    return this;
  }
}
