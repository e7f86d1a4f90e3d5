/**
 * The browsable static site of an atlas and the timeline picture of an organization, written
 * as well-formed XHTML and SVG through the JDK's XML writer.
 *
 * <p>A program needs only {@code requires io.github.otsatlas.site;}: the query API it takes an
 * atlas from is required transitively.
 */
module io.github.otsatlas.site {
  requires transitive io.github.otsatlas.query;
  requires java.xml;
  requires com.google.common;

  exports io.github.otsatlas.site;
}
