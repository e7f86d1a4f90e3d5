package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.query.Atlas;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's program on the module path: small applications that {@code requires} the query
 * module (or the export module) are compiled with {@code -Xlint:all -Werror} against the shipped
 * modules and their dependencies, as Maven resolves them for this module (the packaged jars in a
 * reactor build), and run in a JVM of their own; they print seeded answers, which must equal
 * what the same calls answer here on the class path. The modules' descriptors export the API
 * packages only.
 */
final class ModulePathTest {
  private static final List<String> MODULE_PATH = modulePath();

  @TempDir
  Path dir;

  @Test
  void applicationRequiringTheQueryModule_compilesAndPrintsASeededAnswer() throws Exception {
    String out = compileAndRun("demo.query", "requires io.github.otsatlas.query;", String.join("\n",
        "import io.github.otsatlas.model.OrganizationId;",
        "import io.github.otsatlas.model.Role;",
        "import io.github.otsatlas.query.Atlas;",
        "import java.time.LocalDate;",
        "public final class Main {",
        "  public static void main(String[] args) {",
        "    Atlas atlas = Atlas.seeded();",
        "    System.out.println(atlas.members(OrganizationId.of(\"OTS\")).asOf(LocalDate.of(2022, 12, 1))",
        "        .withRole(Role.OBSERVER).parties());",
        "    System.out.println(atlas.corpus());",
        "  }",
        "}"), List.of());
    Atlas atlas = Atlas.seeded();
    String expected = atlas.members(OrganizationId.of("OTS")).asOf(LocalDate.of(2022, 12, 1))
        .withRole(Role.OBSERVER).parties() + "\n" + atlas.corpus() + "\n";
    assertEquals(expected, out);
  }

  @Test
  void applicationRequiringTheExportModule_writesTheTablesAndTheLinkedData() throws Exception {
    String out = compileAndRun("demo.export", "requires io.github.otsatlas.export;", String.join("\n",
        "import io.github.otsatlas.export.LinkedData;",
        "import io.github.otsatlas.export.StateYearTable;",
        "import io.github.otsatlas.query.Atlas;",
        "import java.io.StringWriter;",
        "public final class Main {",
        "  public static void main(String[] args) throws Exception {",
        "    StateYearTable table = StateYearTable.of(Atlas.seeded());",
        "    StringWriter wide = new StringWriter();",
        "    table.writeWideCsv(wide);",
        "    StringWriter ld = new StringWriter();",
        "    LinkedData.of(Atlas.seeded()).write(ld);",
        "    System.out.println(table.rows().size() + \" \" + wide.toString().length() + \" \" + ld.toString().length());",
        "  }",
        "}"), List.of(System.getProperty("ots.export.classes")));
    StateYearTable table = StateYearTable.of(Atlas.seeded());
    StringWriter wide = new StringWriter();
    table.writeWideCsv(wide);
    StringWriter ld = new StringWriter();
    LinkedData.of(Atlas.seeded()).write(ld);
    assertEquals(table.rows().size() + " " + wide.toString().length() + " " + ld.toString().length() + "\n", out);
  }

  @Test
  void descriptors_exportTheApiPackagesOnly_andOpenNothing() {
    List<Path> path = new ArrayList<>();
    MODULE_PATH.forEach(p -> path.add(Path.of(p)));
    path.add(Path.of(System.getProperty("ots.export.classes")));
    ModuleFinder finder = ModuleFinder.of(path.toArray(new Path[0]));
    Map<String, Set<String>> requiresTransitive = Map.of(
        "io.github.otsatlas.model", Set.of("com.google.common"),
        "io.github.otsatlas.corpus", Set.of("io.github.otsatlas.model"),
        "io.github.otsatlas.query", Set.of("io.github.otsatlas.model", "io.github.otsatlas.corpus"),
        "io.github.otsatlas.export", Set.of("io.github.otsatlas.query"));
    for (String name : requiresTransitive.keySet()) {
      ModuleDescriptor d = finder.find(name).orElseThrow(() -> new AssertionError(name + " not on the module path"))
          .descriptor();
      assertTrue(!d.isAutomatic() && !d.isOpen(), name + " has a module-info of its own");
      assertEquals(Set.of(name), d.exports().stream().map(e -> {
        assertTrue(!e.isQualified(), name + " exports " + e + " to chosen modules");
        return e.source();
      }).collect(Collectors.toSet()), name + " exports its API package only");
      assertEquals(Set.of(), d.opens(), name + " opens nothing");
      assertEquals(requiresTransitive.get(name), d.requires().stream()
          .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
          .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()), name + " requires transitive");
    }
    // the seed files sit in a package of their own that is neither exported nor opened, and still
    // load (the first test): they are read through Class.getResourceAsStream
    assertTrue(finder.find("io.github.otsatlas.corpus").orElseThrow().descriptor().packages()
        .contains("io.github.otsatlas.corpus.seeds"));
  }

  /** Compiles module {@code name} (its {@code Main} in package {@code name}) and runs it; returns its standard output. */
  private String compileAndRun(String name, String requires, String mainBody, List<String> morePath)
      throws IOException, InterruptedException {
    Path src = dir.resolve("src");
    Path pkg = src.resolve(name.replace('.', File.separatorChar));
    Files.createDirectories(pkg);
    Path info = Files.writeString(src.resolve("module-info.java"), "module " + name + " { " + requires + " }\n");
    Path main = Files.writeString(pkg.resolve("Main.java"), "package " + name + ";\n" + mainBody + "\n");
    List<String> path = new ArrayList<>(MODULE_PATH);
    path.addAll(morePath);
    String modulePath = String.join(File.pathSeparator, path);
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null, List.of("--release", "17", "-Xlint:all", "-Werror",
        "--module-path", modulePath, "-d", classes.toString()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(info.toFile(), main.toFile())).call();
    assertTrue(ok, "compiling " + name + " on the module path:\n" + diagnostics);
    assertEquals("", diagnostics.toString(), "no warnings compiling " + name);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path", classes + File.pathSeparator + modulePath,
        "--module", name + "/" + name + ".Main")
        .redirectError(dir.resolve("stderr").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), name + " did not finish");
    String err = Files.readString(dir.resolve("stderr"));
    assertEquals(0, p.exitValue(), name + " failed:\n" + err);
    assertEquals("", err, "nothing on standard error");
    return out;
  }

  private static List<String> modulePath() {
    String path = System.getProperty("ots.runtime.path");
    if (path == null || path.isBlank()) {
      throw new UncheckedIOException(new IOException("ots.runtime.path is not set: run through Maven"));
    }
    return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
  }
}
