package io.github.otsatlas.site;

import java.util.Locale;

/** The XHTML elements the site's pages use. */
enum Html implements Tag {
  HTML(Kind.BLOCK), HEAD(Kind.BLOCK), META(Kind.VOID), LINK(Kind.VOID), TITLE(Kind.BLOCK), BODY(Kind.BLOCK),
  HEADER(Kind.BLOCK), NAV(Kind.BLOCK), MAIN(Kind.BLOCK), FOOTER(Kind.BLOCK), SECTION(Kind.BLOCK),
  H1(Kind.BLOCK), H2(Kind.BLOCK), H3(Kind.BLOCK), P(Kind.BLOCK), DIV(Kind.BLOCK), UL(Kind.BLOCK),
  OL(Kind.BLOCK), LI(Kind.BLOCK), DL(Kind.BLOCK), DT(Kind.BLOCK), DD(Kind.BLOCK), TABLE(Kind.BLOCK),
  CAPTION(Kind.BLOCK), THEAD(Kind.BLOCK), TBODY(Kind.BLOCK), TR(Kind.BLOCK), TH(Kind.INLINE), TD(Kind.INLINE),
  BLOCKQUOTE(Kind.BLOCK), FIGURE(Kind.BLOCK), FIGCAPTION(Kind.BLOCK),
  A(Kind.INLINE), SPAN(Kind.INLINE), MARK(Kind.INLINE), SUP(Kind.INLINE), SMALL(Kind.INLINE),
  STRONG(Kind.INLINE), EM(Kind.INLINE), CODE(Kind.INLINE), CITE(Kind.INLINE), Q(Kind.INLINE),
  BR(Kind.VOID);

  private enum Kind { BLOCK, INLINE, VOID }

  private final Kind kind;
  private final String localName;

  Html(Kind kind) {
    this.kind = kind;
    this.localName = name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String localName() {
    return localName;
  }

  @Override
  public boolean isVoid() {
    return kind == Kind.VOID;
  }

  @Override
  public boolean endsLine() {
    return kind != Kind.INLINE;
  }
}
