package io.github.otsatlas.site;

/**
 * An element this package writes: an XHTML or an SVG element, so that a page can only hold the
 * elements it was written for ({@link Xml} refuses SVG outside {@code <svg>} and XHTML inside
 * it, and a non-void XHTML element written empty).
 */
sealed interface Tag permits Html, Svg {

  /** Returns the element's local name, as written. */
  String localName();

  /** Returns whether the element never has content (an XHTML void element such as {@code meta}). */
  boolean isVoid();

  /**
   * Returns whether a line break may follow the element's end tag without changing what the page
   * shows: true for block elements, false for inline ones, which stand inside running text.
   */
  boolean endsLine();
}
