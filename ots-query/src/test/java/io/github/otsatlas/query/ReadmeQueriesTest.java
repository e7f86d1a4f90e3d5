package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Querying" section true: every {@code <!-- query -->} block's Java
 * expression is compiled and run against {@link Atlas#seeded()}, and what it prints must be
 * the text block that follows it, exactly. A list prints one element per line.
 */
final class ReadmeQueriesTest {
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- query -->\\s*```java\\n(.*?)\\n```\\s*```text\\n(.*?)```", Pattern.DOTALL);

  private static final String PREAMBLE = String.join("\n",
      "import io.github.otsatlas.model.*;",
      "import io.github.otsatlas.query.*;",
      "import java.time.LocalDate;",
      "import java.time.Year;",
      "import static io.github.otsatlas.model.Role.*;",
      "import static io.github.otsatlas.model.OrganizationKind.*;",
      "import static io.github.otsatlas.model.Mode.*;",
      "public final class Snippet%d {",
      "  static final OrganizationId OTS = OrganizationId.of(\"OTS\"), CSTO = OrganizationId.of(\"CSTO\");",
      "  static final StateId TUR = StateId.of(\"TUR\"), KAZ = StateId.of(\"KAZ\"), KGZ = StateId.of(\"KGZ\"),",
      "      AZE = StateId.of(\"AZE\"), UZB = StateId.of(\"UZB\"), TKM = StateId.of(\"TKM\"), RUS = StateId.of(\"RUS\");",
      "  public static Object run(Atlas atlas) {",
      "    return %s;",
      "  }",
      "}");

  @Test
  void everyQueryBlock_printsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    List<String[]> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(new String[] {m.group(1).strip(), m.group(2).replaceAll("\\n$", "")});
    }
    assertTrue(blocks.size() >= 10, "the README shows at least ten queries, found " + blocks.size());
    Map<String, String> sources = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      String expr = blocks.get(i)[0].replaceAll(";\\s*$", "");
      sources.put("Snippet" + i, String.format(java.util.Locale.ROOT, PREAMBLE, i, expr));
    }
    ClassLoader loader = compile(sources);
    Atlas atlas = Atlas.seeded();
    List<String> printed = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Method run = loader.loadClass("Snippet" + i).getMethod("run", Atlas.class);
      printed.add(print(run.invoke(null, atlas)));
    }
    if (Boolean.getBoolean("readme.update")) {
      // Maintainers: -Dreadme.update=true rewrites the output blocks from what the code prints.
      StringBuilder b = new StringBuilder();
      Matcher w = BLOCK.matcher(readme);
      int i = 0;
      while (w.find()) {
        String replacement = w.group(0).substring(0, w.start(2) - w.start(0)) + printed.get(i++) + "\n```";
        w.appendReplacement(b, Matcher.quoteReplacement(replacement));
      }
      w.appendTail(b);
      Files.writeString(Path.of("..", "README.md"), b.toString(), StandardCharsets.UTF_8);
      return;
    }
    for (int i = 0; i < blocks.size(); i++) {
      assertEquals(blocks.get(i)[1], printed.get(i), "README query: " + blocks.get(i)[0]);
    }
  }

  static String print(Object result) {
    if (result instanceof Collection) {
      return ((Collection<?>) result).stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
    return String.valueOf(result);
  }

  private static ClassLoader compile(Map<String, String> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Map<String, ByteArrayClass> out = new HashMap<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, code) -> units.add(new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    }));
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    java.io.StringWriter errors = new java.io.StringWriter();
    try (StandardJavaFileManager std = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        ForwardingJavaFileManager<StandardJavaFileManager> fm = new ForwardingJavaFileManager<>(std) {
          @Override
          public JavaFileObject getJavaFileForOutput(Location location, String className,
              JavaFileObject.Kind kind, FileObject sibling) {
            ByteArrayClass c = new ByteArrayClass(className);
            out.put(className, c);
            return c;
          }
        }) {
      boolean ok = javac.getTask(errors, fm, null, List.of("-classpath", classpath, "-proc:none"),
          null, units).call();
      assertTrue(ok, "README query blocks must compile:\n" + errors);
    }
    return new ClassLoader(ReadmeQueriesTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayClass c = out.get(name);
        if (c == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = c.bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
  }

  /** A compiled class held in memory. */
  private static final class ByteArrayClass extends SimpleJavaFileObject {
    final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    ByteArrayClass(String name) {
      super(URI.create("bytes:///" + name + ".class"), Kind.CLASS);
    }

    @Override
    public java.io.OutputStream openOutputStream() {
      return bytes;
    }
  }
}
