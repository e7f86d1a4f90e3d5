package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM pins every shipped module (every module of the reactor with a {@code module-info}) at
 * the reactor's version, and nothing else: a module added to the build without its BOM entry,
 * or a version bump that missed the BOM (which has no parent, on purpose), fails here.
 */
final class BomTest {
  private static final Path ROOT = Path.of(System.getProperty("ots.reactor.root"));

  @Test
  void bom_pinsEveryShippedModule_atTheReactorVersion() throws Exception {
    Document bom = read(ROOT.resolve("ots-bom/pom.xml"));
    Element project = bom.getDocumentElement();
    assertEquals(0, project.getElementsByTagName("parent").getLength(), "the BOM has no parent");
    assertEquals(System.getProperty("ots.version"), child(project, "version"));

    List<String> shipped = new ArrayList<>();
    NodeList modules = read(ROOT.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().strip();
      if (Files.exists(ROOT.resolve(module).resolve("src/main/java/module-info.java"))) {
        shipped.add(module);
      }
    }
    assertTrue(shipped.contains("ots-query") && shipped.contains("ots-export"), shipped::toString);

    List<String> pinned = new ArrayList<>();
    NodeList deps = ((Element) project.getElementsByTagName("dependencyManagement").item(0))
        .getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      assertEquals("io.github.otsatlas", child(d, "groupId"));
      assertEquals("${project.version}", child(d, "version"));
      pinned.add(child(d, "artifactId"));
    }
    assertEquals(shipped.stream().sorted().toList(), pinned.stream().sorted().toList());
  }

  private static Document read(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static String child(Element e, String name) {
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element c && c.getTagName().equals(name)) {
        return c.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + e.getTagName() + ">");
  }
}
