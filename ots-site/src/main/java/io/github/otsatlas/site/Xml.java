package io.github.otsatlas.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small typed element builder over the JDK's {@link XMLStreamWriter}: the one way this package
 * writes markup, pages and pictures alike, so that every page is well-formed by construction and
 * every text and attribute value is escaped by the writer.
 *
 * <p>What it adds to the stream writer, each a way the writer alone produces a broken page:
 *
 * <ul>
 *   <li>Characters XML 1.0 forbids (U+0000–U+001F except tab, line feed and carriage return, lone
 *       surrogates, U+FFFE and U+FFFF), which {@code XMLStreamWriter} writes raw, are replaced by
 *       U+FFFD, one for one, so that a text keeps its length in code points; so are the other
 *       control characters (U+007F–U+009F but U+0085) and the noncharacters, which HTML parsers
 *       report as errors. See {@link #clean}.
 *   <li>A carriage return in text is written as {@code &#13;}, which both XML and HTML parsers
 *       keep, where a raw one would be read as a line feed; in attribute values tab, line feed and
 *       carriage return become spaces, as an XML parser would read them (an HTML parser keeps
 *       them).
 *   <li>Elements are {@link Tag}s: SVG elements only inside {@code <svg>}, XHTML elements only
 *       outside it; an end tag must close the element open; a non-void XHTML element is never
 *       written as {@code <div/>}, which an HTML parser would read as an unclosed start tag.
 *   <li>Numbers in attributes are written in one locale-free form, NaN and infinities refused.
 * </ul>
 *
 * <p>A page written as XHTML parses both as XML and as HTML to the same tree (the "polyglot"
 * form): that is what lets the site work from {@code file://} and any static server.
 *
 * <p>Not thread-safe: one instance writes one document.
 */
final class Xml {
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final char REPLACEMENT = '\uFFFD';

  private final XMLStreamWriter out;
  private final Deque<Tag> open = new ArrayDeque<>();
  private boolean attributesAllowed;
  private boolean pendingLine;
  private int svgDepth;

  private Xml(Writer writer) {
    try {
      this.out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's XML writer is not available", e);
    }
  }

  /** Starts an XHTML page: the HTML5 doctype; the caller opens {@link Html#HTML} next. */
  static Xml xhtml(Writer writer) {
    Xml x = new Xml(writer);
    x.call(() -> {
      x.out.writeDTD("<!DOCTYPE html>");
      x.out.writeCharacters("\n");
    });
    return x;
  }

  /** Starts a standalone SVG document: the XML declaration; the caller opens {@link Svg#SVG} next. */
  static Xml svg(Writer writer) {
    Xml x = new Xml(writer);
    x.call(() -> {
      x.out.writeStartDocument("UTF-8", "1.0");
      x.out.writeCharacters("\n");
    });
    return x;
  }

  /** Returns a fragment writer for tests: no prolog, any root. */
  static Xml fragment(StringWriter writer) {
    return new Xml(writer);
  }

  /** Opens an element; attributes may follow until its first content. */
  Xml start(Tag tag) {
    if (tag.isVoid()) {
      throw new IllegalArgumentException("<" + tag.localName() + "> is void: write it with empty()");
    }
    begin(tag, false);
    open.push(tag);
    return this;
  }

  /**
   * Writes an element with no content: a void XHTML element ({@code <meta/>}) or any SVG element;
   * attributes may follow.
   *
   * @throws IllegalArgumentException for a non-void XHTML element
   */
  Xml empty(Tag tag) {
    if (tag instanceof Html && !tag.isVoid()) {
      throw new IllegalArgumentException("<" + tag.localName() + "/> is not allowed in XHTML read as HTML: "
          + "use start() and end()");
    }
    begin(tag, true);
    return this;
  }

  private void begin(Tag tag, boolean empty) {
    flushLine();
    boolean inSvg = svgDepth > 0;
    if (tag instanceof Svg && tag != Svg.SVG && !inSvg) {
      throw new IllegalStateException("<" + tag.localName() + "> outside <svg>");
    }
    if (tag instanceof Html && inSvg) {
      throw new IllegalStateException("<" + tag.localName() + "> inside <svg>");
    }
    call(() -> {
      if (empty) {
        out.writeEmptyElement(tag.localName());
      } else {
        out.writeStartElement(tag.localName());
      }
      if (tag == Html.HTML) {
        out.writeDefaultNamespace(XHTML_NS);
      } else if (tag == Svg.SVG) {
        out.writeDefaultNamespace(SVG_NS);
      }
    });
    if (!empty && (inSvg || tag == Svg.SVG)) {
      svgDepth++;
    }
    attributesAllowed = true;
    if (empty && tag.endsLine()) {
      pendingLine = true;
    }
  }

  /** Adds an attribute to the element just opened; the value is escaped and cleaned. */
  Xml attr(String name, String value) {
    if (!attributesAllowed) {
      throw new IllegalStateException("attribute " + name + " after content");
    }
    if (!isName(name)) {
      throw new IllegalArgumentException("not an attribute name: '" + name + "'");
    }
    String v = clean(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    call(() -> out.writeAttribute(name, v));
    return this;
  }

  /** Adds a number attribute, rounded to one decimal, such as {@code 12.5} or {@code 3}. */
  Xml attr(String name, double value) {
    return attr(name, number(value));
  }

  /** Adds an integer attribute. */
  Xml attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /** Writes text content, escaped and cleaned. */
  Xml text(String text) {
    flushLine();
    attributesAllowed = false;
    String t = clean(text);
    call(() -> {
      int from = 0;
      for (int cr = t.indexOf('\r'); cr >= 0; cr = t.indexOf('\r', from)) {
        if (cr > from) {
          out.writeCharacters(t.substring(from, cr));
        }
        out.writeEntityRef("#13");
        from = cr + 1;
      }
      if (from < t.length()) {
        out.writeCharacters(t.substring(from));
      }
    });
    return this;
  }

  /** Writes {@code <tag>text</tag>}. */
  Xml element(Tag tag, String text) {
    return start(tag).text(text).end(tag);
  }

  /** Closes the element open, which must be {@code tag}. */
  Xml end(Tag tag) {
    Tag top = open.peek();
    if (top != tag) {
      throw new IllegalStateException("</" + tag.localName() + "> closes <"
          + (top == null ? "nothing" : top.localName()) + ">");
    }
    flushLine();
    open.pop();
    attributesAllowed = false;
    call(out::writeEndElement);
    if (svgDepth > 0) {
      svgDepth--;
    }
    if (tag.endsLine()) {
      pendingLine = true;
    }
    return this;
  }

  /** Finishes the document: every element must be closed. */
  void finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("<" + open.peek().localName() + "> is not closed");
    }
    flushLine();
    call(() -> {
      out.writeEndDocument();
      out.flush();
    });
  }

  /** Writes the line break a block element's end asked for, before the next markup. */
  private void flushLine() {
    if (pendingLine) {
      pendingLine = false;
      call(() -> out.writeCharacters("\n"));
    }
  }

  /** Returns whether {@code name} is an attribute name this writer accepts: ASCII {@code [A-Za-z_][-A-Za-z0-9_.:]*}. */
  static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
      if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text with every character that XML 1.0 forbids, or that HTML parsers report as an
   * error, replaced by U+FFFD, one for one: C0 controls other than tab, line feed and carriage
   * return; DEL and the C1 controls other than U+0085; lone surrogates; and the noncharacters
   * (U+FDD0–U+FDEF and the last two code points of every plane). Returns the text itself when it
   * holds none.
   */
  static String clean(String text) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!allowed(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    b.append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (allowed(cp)) {
        b.appendCodePoint(cp);
      } else {
        b.append(REPLACEMENT);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static boolean allowed(int cp) {
    if (cp < 0x20) {
      return cp == 0x09 || cp == 0x0a || cp == 0x0d;
    }
    if (cp < 0x7f) {
      return true;
    }
    if (cp <= 0x9f) {
      return cp == 0x85;
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false;  // a lone surrogate: codePointAt returns a paired one as its code point
    }
    if (cp >= 0xfdd0 && cp <= 0xfdef) {
      return false;
    }
    return (cp & 0xfffe) != 0xfffe;
  }

  /** Formats a coordinate: one decimal at most, no exponent, no locale, no negative zero. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private void call(Step step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("writing XML failed: " + e.getMessage(), e));
    }
  }
}
