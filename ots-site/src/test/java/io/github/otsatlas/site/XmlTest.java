package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The element builder: escaping, forbidden characters, and the misuse it refuses. */
final class XmlTest {

  private static String page(String text, String attribute) {
    StringWriter out = new StringWriter();
    Xml x = Xml.xhtml(out);
    x.start(Html.HTML).start(Html.BODY).start(Html.P).attr("title", attribute).text(text).end(Html.P)
        .end(Html.BODY).end(Html.HTML).finish();
    return out.toString();
  }

  private static Element paragraph(String xml) throws Exception {
    Document d = SiteChecks.parse(xml);
    return (Element) d.getElementsByTagNameNS(Xml.XHTML_NS, "p").item(0);
  }

  @Test
  void markupAndEntities_areEscapedText() throws Exception {
    String hostile = "<script>alert(\"x\")</script> & &amp; ]]> '";
    String xml = page(hostile, hostile);
    assertTrue(!xml.contains("<script>"), xml);
    Element p = paragraph(xml);
    assertEquals(hostile, p.getTextContent());
    assertEquals(hostile, p.getAttribute("title"));
  }

  @Test
  void forbiddenCharacters_areReplacedOneForOne() throws Exception {
    String text = "a\u0000b\u0001c\u001bd\u007fe\u0090f\uD800g\uDC00h\uFFFEi\uFFFFj\uFDD0k\uD83F\uDFFEl";
    String expected = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj\uFFFDk\uFFFDl";
    assertEquals(expected, Xml.clean(text));
    assertEquals(text.codePointCount(0, text.length()), expected.codePointCount(0, expected.length()));
    Element p = paragraph(page(text, text));
    assertEquals(expected, p.getTextContent());
    assertEquals(expected, p.getAttribute("title"));
  }

  @Test
  void allowedCharacters_areKept() throws Exception {
    String text = "tab\there, line\nfeed, next\u0085line, no-break\u00A0space, \uD835\uDD7F, \uFFFD, \u2028";
    assertEquals(text, Xml.clean(text));
    assertEquals(text, paragraph(page(text, "")).getTextContent());
  }

  @Test
  void carriageReturns_surviveInText_andBecomeSpacesInAttributes() throws Exception {
    String text = "one\r\ntwo\rthree\n";
    String xml = page(text, "a\tb\nc\rd");
    assertTrue(xml.contains("one&#13;\ntwo&#13;three"), xml);
    Element p = paragraph(xml);
    assertEquals(text, p.getTextContent());
    assertEquals("a b c d", p.getAttribute("title"));
  }

  @Test
  void anEmptyXhtmlElement_isWrittenOpenAndClosed() {
    StringWriter out = new StringWriter();
    Xml x = Xml.fragment(out);
    x.start(Html.DIV).end(Html.DIV).finish();
    assertEquals("<div></div>\n", out.toString());
    assertThrows(IllegalArgumentException.class, () -> Xml.fragment(new StringWriter()).empty(Html.DIV));
    assertThrows(IllegalArgumentException.class, () -> Xml.fragment(new StringWriter()).start(Html.META));
  }

  @Test
  void elementsOfTheWrongKind_orOrder_areRefused() {
    assertThrows(IllegalStateException.class, () -> Xml.fragment(new StringWriter()).start(Svg.RECT));
    assertThrows(IllegalStateException.class, () -> Xml.fragment(new StringWriter()).start(Svg.SVG).start(Html.P));
    assertThrows(IllegalStateException.class, () -> Xml.fragment(new StringWriter()).start(Html.P).end(Html.DIV));
    assertThrows(IllegalStateException.class, () -> Xml.fragment(new StringWriter()).start(Html.P).finish());
    assertThrows(IllegalStateException.class,
        () -> Xml.fragment(new StringWriter()).start(Html.P).text("x").attr("id", "late"));
    assertThrows(IllegalArgumentException.class,
        () -> Xml.fragment(new StringWriter()).start(Html.P).attr("on click", "x"));
    // back outside the picture, XHTML is allowed again
    StringWriter out = new StringWriter();
    Xml.fragment(out).start(Html.DIV).start(Svg.SVG).empty(Svg.RECT).end(Svg.SVG).start(Html.P).end(Html.P)
        .end(Html.DIV).finish();
    assertTrue(out.toString().contains("<rect/>\n</svg>\n<p></p>"), out.toString());
  }

  @Test
  void numbers_areWrittenWithoutLocaleOrExponent() {
    assertEquals("12.5", Xml.number(12.46));
    assertEquals("3", Xml.number(3.0));
    assertEquals("0", Xml.number(-0.01));
    assertEquals("-1.5", Xml.number(-1.5));
    assertEquals("1234567", Xml.number(1234567.0));
    assertThrows(IllegalArgumentException.class, () -> Xml.number(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Xml.number(Double.POSITIVE_INFINITY));
  }
}
