package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The timeline picture, read back with the JDK's XML parser. */
final class TimelineSvgTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Atlas ATLAS = Atlas.seeded();
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  /** Parses SVG text strictly: namespace-aware, no DOCTYPE, no external entities. */
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element root, String name, String cssClass) {
    NodeList nodes = root.getElementsByTagNameNS(SVG_NS, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass == null || Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void ots_isWellFormedSvg() throws Exception {
    Document doc = parse(TimelineSvg.render(ATLAS, OTS));
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals(SVG_NS, root.getNamespaceURI());
    assertEquals("OTS", root.getAttribute("data-organization"));
    String title = elements(root, "title", null).get(0).getTextContent();
    assertTrue(title.contains("Organization of Turkic States"), title);
  }

  @Test
  void ots_oneLanePerParty() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    List<String> lanes = elements(root, "g", "lane").stream().map(e -> e.getAttribute("data-party")).toList();
    Set<String> parties = ATLAS.members(OTS).list().stream().map(a -> a.subject().party().key())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(lanes.size(), new LinkedHashSet<>(lanes).size(), "one lane per party: " + lanes);
    assertEquals(parties, Set.copyOf(lanes));
    assertEquals(9, lanes.size());
    assertEquals("state:AZE", lanes.get(0), "lanes in order of joining: the founders first");
    assertEquals("organization:ECO", lanes.get(lanes.size() - 1));
  }

  @Test
  void ots_turkmenistansYearPrecisionStartIsPossiblyThenDefinitely() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    Element tkm = elements(root, "g", "lane").stream()
        .filter(e -> e.getAttribute("data-party").equals("state:TKM")).findFirst().orElseThrow();
    List<Element> segments = elements(tkm, "rect", "segment");
    Element possibly = segments.stream().filter(e -> e.getAttribute("class").contains("possibly")).findFirst().orElseThrow();
    assertEquals("POSSIBLY", possibly.getAttribute("data-certainty"));
    assertEquals("2021-01-01", possibly.getAttribute("data-from"));
    assertEquals("2021-12-31", possibly.getAttribute("data-until"));
    assertTrue(possibly.getAttribute("fill").startsWith("url(#tl-in-"), "a fade-in, not a sharp edge");
    Element definitely = segments.stream().filter(e -> e.getAttribute("class").contains("definitely")).findFirst().orElseThrow();
    assertEquals("2021-12-31", definitely.getAttribute("data-from"));
    // Definite up to its latest attestation, 2026-01-13 (the article, and its reprint of the next
    // day, which speaks of the article's day), and no further.
    assertEquals("2026-01-14", definitely.getAttribute("data-until"));
    assertEquals("OBSERVER", definitely.getAttribute("data-role"));
    Element tail = segments.get(segments.size() - 1);
    assertEquals("POSSIBLY", tail.getAttribute("data-certainty"));
    assertEquals("2026-01-14", tail.getAttribute("data-from"));
    assertEquals("open", tail.getAttribute("data-until"));
    assertTrue(tail.getAttribute("fill").startsWith("url(#tl-out-"), "past the horizon it fades out");
    assertEquals(1, elements(tkm, "path", "ongoing").size(), "an ongoing membership ends in an arrow");
    assertEquals(2, elements(tkm, "circle", "held-on").size(), "one circle per attestation: 2025, 2026-01-13");
    double possiblyX = Double.parseDouble(possibly.getAttribute("x"));
    double definitelyX = Double.parseDouble(definitely.getAttribute("x"));
    assertTrue(possiblyX < definitelyX, "the possible year comes before the definite span");
  }

  @Test
  void ots_noBarIsCertainPastItsHorizon() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    Element axis = (Element) elements(root, "g", "axis").get(0).getElementsByTagNameNS(SVG_NS, "line").item(0);
    double axisEnd = Double.parseDouble(axis.getAttribute("x2"));
    int checked = 0;
    for (Answer<Membership> a : ATLAS.members(OTS).list()) {
      Membership m = a.subject();
      if (m.end().date().isPresent() || m.period().horizon().isEmpty()) {
        continue;
      }
      String until = m.period().horizon().get().earliest().plusDays(1).toString();
      Element lane = elements(root, "g", "lane").stream()
          .filter(e -> e.getAttribute("data-party").equals(m.party().key())).findFirst().orElseThrow();
      List<Element> mine = elements(lane, "rect", "segment").stream()
          .filter(e -> e.getTextContent().contains("[" + m.ref() + "]")).toList();
      List<Element> definite = mine.stream().filter(e -> e.getAttribute("data-certainty").equals("DEFINITELY")).toList();
      assertEquals(1, definite.size(), m.ref().toString());
      Element bar = definite.get(0);
      assertEquals(until, bar.getAttribute("data-until"), m.ref() + ": definite only up to its latest attestation");
      double right = Double.parseDouble(bar.getAttribute("x")) + Double.parseDouble(bar.getAttribute("width"));
      assertTrue(right < axisEnd - 20, m.ref() + ": the solid bar ends at " + right + ", not at the axis end " + axisEnd);
      Element after = mine.get(mine.size() - 1);
      assertEquals("POSSIBLY", after.getAttribute("data-certainty"), m.ref().toString());
      assertEquals(until, after.getAttribute("data-from"), m.ref().toString());
      assertEquals("open", after.getAttribute("data-until"), m.ref().toString());
      checked++;
    }
    assertEquals(9, checked, "every OTS membership is ongoing and attested");
    // The ECO is attested only by a source of 2025: certain until then, possible after.
    Element eco = elements(root, "g", "lane").stream()
        .filter(e -> e.getAttribute("data-party").equals("organization:ECO")).findFirst().orElseThrow();
    assertTrue(elements(eco, "rect", "definitely").stream().allMatch(e -> e.getAttribute("data-until").equals("2025-01-02")));
  }

  @Test
  void ots_renameAndSummitMarkers() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    List<Element> renames = elements(root, "g", "rename");
    assertEquals(1, renames.size());
    assertEquals("2021-11", renames.get(0).getAttribute("data-date"));
    assertTrue(renames.get(0).getTextContent().contains("renamed Organization of Turkic States"));
    Set<String> summits = elements(root, "g", "summit").stream().map(e -> e.getAttribute("data-summit"))
        .collect(Collectors.toSet());
    Set<String> datedSummits = ATLAS.summits().of(OTS).list().stream().map(Answer::subject)
        .filter(s -> s.date().isPresent()).map(s -> s.id().value()).collect(Collectors.toSet());
    assertEquals(datedSummits, summits);
    Set<String> meetings = elements(root, "g", "meeting").stream().map(e -> e.getAttribute("data-meeting"))
        .collect(Collectors.toSet());
    // the meetings that are not summits have a lane of their own
    Set<String> datedMeetings = ATLAS.meetings().of(OTS).list().stream().map(Answer::subject)
        .filter(m -> m.date().isPresent()).map(m -> m.id().value()).collect(Collectors.toSet());
    assertEquals(datedMeetings, meetings);
    assertTrue(summits.containsAll(List.of("ots-summit-8-istanbul", "ots-summit-samarkand-2022-11", "ots-summit-11-bishkek")));
    String bishkek = elements(root, "g", "summit").stream()
        .filter(e -> e.getAttribute("data-summit").equals("ots-summit-11-bishkek")).findFirst().orElseThrow().getTextContent();
    // A summit by its name; its format (formal or informal) is not stated, so the label does not say.
    assertTrue(bishkek.contains("11th summit, Bishkek · 2024-11-06 (scheduled)"), bishkek);
    assertFalse(bishkek.contains("formal"), bishkek);
    String informal = elements(root, "g", "summit").stream()
        .filter(e -> e.getAttribute("data-summit").equals("ots-informal-summit-azerbaijan-2024-07")).findFirst()
        .orElseThrow().getTextContent();
    assertTrue(informal.contains("informal summit, Azerbaijan"), informal);
    assertEquals(1, elements(root, "g", "founded").size());
  }

  @Test
  void ots_legendAndAxis() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    String legend = elements(root, "g", "legend").get(0).getTextContent();
    for (String role : List.of("founding member", "member", "observer", "possibly held")) {
      assertTrue(legend.contains(role), legend);
    }
    String axis = elements(root, "g", "axis").get(0).getTextContent();
    assertTrue(axis.contains("2009") && axis.contains("2021") && axis.contains("2026"), axis);
  }

  @Test
  void render_isDeterministicAndNumbersAreFinite() {
    String svg = TimelineSvg.render(ATLAS, OTS);
    assertEquals(svg, TimelineSvg.render(ATLAS, OTS));
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"));
  }

  @Test
  void everyOrganizationOfTheSeeds_rendersWellFormed() throws Exception {
    for (Organization o : ATLAS.corpus().organizations()) {
      String svg = TimelineSvg.render(ATLAS, o.id());
      Element root = parse(svg).getDocumentElement();
      Set<String> parties = ATLAS.members(o.id()).list().stream().map(Answer::subject).map(Membership::party)
          .map(p -> p.key()).collect(Collectors.toSet());
      assertEquals(parties.size(), elements(root, "g", "lane").size(), o.id().code());
      assertFalse(svg.contains("NaN"), o.id().code());
    }
  }

  @Test
  void unknownStartsFadeInFromTheLeftEdge() throws Exception {
    // Kazakhstan's CSTO membership: start unknown, held on a day of its source, ongoing.
    Membership kazCsto = ATLAS.members(OrganizationId.of("CSTO")).list().stream().map(Answer::subject)
        .filter(m -> m.party().code().equals("KAZ")).findFirst().orElseThrow();
    assertTrue(kazCsto.period().start().isEmpty());
    Element root = parse(TimelineSvg.render(ATLAS, OrganizationId.of("CSTO"))).getDocumentElement();
    Element kaz = elements(root, "g", "lane").stream()
        .filter(e -> e.getAttribute("data-party").equals("state:KAZ")).findFirst().orElseThrow();
    Element lead = elements(kaz, "rect", "possibly").get(0);
    assertEquals("unknown", lead.getAttribute("data-from"));
    assertEquals(kazCsto.period().definiteDays().lowerEndpoint().toString(), lead.getAttribute("data-until"));
    assertTrue(lead.getAttribute("fill").startsWith("url(#tl-in-"));
  }

  @Test
  void unknownOrganization_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> TimelineSvg.render(ATLAS, OrganizationId.of("ZZZ")));
  }

  @Test
  void knowledgeHorizon_isDrawn_andNoBarIsCertainPastIt() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    List<Element> horizon = elements(root, "g", "horizon");
    assertEquals(1, horizon.size());
    assertEquals("2026-01-13", horizon.get(0).getAttribute("data-date"));
    Element line = (Element) horizon.get(0).getElementsByTagNameNS(SVG_NS, "line").item(0);
    double hx = Double.parseDouble(line.getAttribute("x1"));
    for (Element bar : elements(root, "rect", "definitely")) {
      assertTrue(bar.getAttribute("data-until").compareTo("2026-01-14") <= 0, bar.getAttribute("data-until"));
      double right = Double.parseDouble(bar.getAttribute("x")) + Double.parseDouble(bar.getAttribute("width"));
      assertTrue(right <= hx + 0.1, right + " past the horizon at " + hx);
    }
    // the current name has no attestation of its own, yet is not drawn certain past the horizon
    Element current = elements(root, "g", "names").get(0);
    assertTrue(elements(current, "rect", "definitely").stream()
        .allMatch(e -> !e.getAttribute("data-until").equals("open")));
  }

  @Test
  void everyBarAndMarker_hasTheSentenceBehindItInItsTooltip() throws Exception {
    Element root = parse(TimelineSvg.render(ATLAS, OTS)).getDocumentElement();
    for (Element g : elements(root, "g", "membership")) {
      String tip = elements(g, "title", null).get(0).getTextContent();
      assertTrue(tip.contains("“") && tip.contains("”"), tip);
    }
    String uzb = elements(root, "g", "membership").stream()
        .filter(g -> g.getAttribute("data-membership").equals("uzb-ots-member")).findFirst().orElseThrow()
        .getTextContent();
    assertTrue(uzb.contains("“In 2019, Uzbekistan joined as a full member.”"), uzb);
    for (Element g : elements(root, "g", "marker")) {
      assertTrue(elements(g, "title", null).get(0).getTextContent().contains("“"), g.getAttribute("class"));
    }
    assertEquals(0, root.getElementsByTagNameNS(SVG_NS, "a").getLength(), "a standalone picture links nowhere");
  }

  @Test
  void inAPage_everyBarAndMarkerLinksToItsFact() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    Xml x = Xml.fragment(out);
    TimelineSvg.write(x, ATLAS, OTS, (fact, fragment) -> java.util.Optional.of(
        "../" + Addresses.page(fact) + (fragment.isEmpty() ? "" : "#" + fragment)));
    x.finish();
    Element root = parse(out.toString()).getDocumentElement();
    List<Element> links = elements(root, "a", null);
    Set<String> hrefs = links.stream().map(a -> a.getAttribute("href")).collect(Collectors.toSet());
    for (Answer<Membership> a : ATLAS.members(OTS).list()) {
      assertTrue(hrefs.contains("../membership/" + a.subject().id().value() + ".html"), a.subject().ref().toString());
    }
    assertTrue(hrefs.contains("../summit/ots-summit-11-bishkek.html"));
    assertTrue(hrefs.contains("../meeting/ots-secretary-general-us-visit-2025-12.html"));
    assertTrue(hrefs.contains("../organization/OTS.html#names"));
    assertTrue(hrefs.contains("../state/TKM.html"), "a lane's name links to its party");
    for (Element a : links) {
      Element first = (Element) a.getElementsByTagNameNS(SVG_NS, "*").item(0);
      assertEquals("title", first.getLocalName(), "a link's first child is its tooltip and accessible name");
    }
  }
}
