package io.github.otsatlas.site;

import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.SourceId;

/**
 * The site's addresses, in one place: a page per fact at {@code KIND/ID.html} ({@code
 * membership/uzb-ots-member.html}, an organization's at {@code organization/OTS.html}), a page per
 * source at {@code source/ID.html}, the index and the style sheet at the top. Every page but the
 * index sits one folder down, so a link from one to another is {@code ../KIND/ID.html}. Ids are safe
 * file names by their syntax (lower-case kebab or upper-case codes).
 *
 * <p>Fragments: a claim of a fact's page is {@code claim-N} (its place in the fact's evidence,
 * from 1); a cited passage of a source's page is {@code t<start>-<end>} where it starts in the
 * text and {@code q<start>-<end>} in the list of passages, offsets in code points.
 */
final class Addresses {
  static final String INDEX = "index.html";
  static final String STYLE = "site.css";

  private Addresses() {}

  /** Returns the path of a fact's page from the site's root. */
  static String page(FactRef fact) {
    return fact.kind().label() + "/" + fact.id() + ".html";
  }

  /** Returns the path of a source's page from the site's root. */
  static String page(SourceId source) {
    return page(new FactRef(FactRef.Kind.SOURCE, source.value()));
  }

  /** Returns the fragment of a fact's claim, {@code index} counted from 0. */
  static String claim(int index) {
    return "claim-" + (index + 1);
  }

  /** Returns the fragment where a passage starts in its source's text. */
  static String inText(int start, int end) {
    return "t" + start + "-" + end;
  }

  /** Returns the fragment of a passage in its source's list of passages. */
  static String note(int start, int end) {
    return "q" + start + "-" + end;
  }

  /** Returns the fragment of a passage's reference mark, at its end in the text. */
  static String mark(int start, int end) {
    return "r" + start + "-" + end;
  }
}
