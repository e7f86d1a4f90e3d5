package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;

/** Any text at all, written through the builder, parses back as the text with forbidden characters replaced. */
final class XmlProperties {

  @Property(tries = 500)
  void anyText_parsesBackCleaned(@ForAll("texts") String text) throws Exception {
    StringWriter out = new StringWriter();
    Xml x = Xml.xhtml(out);
    x.start(Html.HTML).start(Html.BODY).start(Html.P).attr("title", text).text(text).end(Html.P).end(Html.BODY)
        .end(Html.HTML).finish();
    Element p = (Element) SiteChecks.parse(out.toString()).getElementsByTagNameNS(Xml.XHTML_NS, "p").item(0);
    String clean = Xml.clean(text);
    assertEquals(clean, p.getTextContent());
    assertEquals(clean.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '), p.getAttribute("title"));
  }

  @Property(tries = 500)
  void clean_keepsTheLength_isIdempotent_andLeavesOnlyAllowedCharacters(@ForAll("texts") String text) {
    String clean = Xml.clean(text);
    assertEquals(text.codePointCount(0, text.length()), clean.codePointCount(0, clean.length()));
    assertEquals(clean, Xml.clean(clean));
    clean.codePoints().forEach(cp -> assertTrue(cp == 0x9 || cp == 0xa || cp == 0xd || cp >= 0x20 && cp < 0x7f
        || cp == 0x85 || cp > 0x9f && cp < 0xd800 || cp > 0xdfff && cp < 0xfffe && (cp < 0xfdd0 || cp > 0xfdef)
        || cp > 0xffff && (cp & 0xfffe) != 0xfffe, Integer.toHexString(cp)));
  }

  /** Strings of any UTF-16 units, weighted towards the troublesome ones. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> awkward = Arbitraries.of('\u0000', '\u0001', '\u001b', '\t', '\n', '\r', '&', '<', '>', '"',
        '\'', ']', '\u007f', '\u0085', '\u0090', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\uFDD0');
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, awkward),
        net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('a', 'z'))).list().ofMaxSize(40)
        .map(cs -> {
          StringBuilder b = new StringBuilder();
          cs.forEach(b::append);
          return b.toString();
        });
  }
}
