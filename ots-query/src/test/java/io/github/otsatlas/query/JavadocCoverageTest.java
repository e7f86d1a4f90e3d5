package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public or protected declaration of the shipped modules' main code has a Javadoc
 * comment (an {@code @Override} inherits its own). The compiler's doclint checks that the
 * comments are well formed; this checks that they exist, which doclint cannot do without
 * also demanding an {@code @return} line on every "Returns ..." sentence.
 */
final class JavadocCoverageTest {
  private static final List<String> MODULES =
      List.of("ots-model", "ots-testing", "ots-corpus", "ots-query", "ots-export", "ots-site", "ots-examples");

  @Test
  void everyPublicDeclaration_hasAComment() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String module : MODULES) {
      Path root = Path.of("..", module, "src", "main", "java");
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          checked += check(file, missing);
        }
      }
    }
    assertTrue(checked > 100, "found only " + checked + " public declarations");
    assertEquals(List.of(), missing, "public declarations without Javadoc");
  }

  private static int check(Path file, List<String> missing) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (file.getFileName().toString().equals("package-info.java")) {
      if (lines.stream().noneMatch(l -> l.strip().startsWith("/**"))) {
        missing.add(file + ": package without Javadoc");
      }
      return 1;
    }
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!(line.startsWith("public ") || line.startsWith("protected "))) {
        continue;
      }
      checked++;
      int j = i - 1;
      boolean inherits = false;
      // Skip annotations, including those spread over several lines: walk back to the end of
      // the previous comment or statement.
      while (j >= 0 && !endsBlock(lines.get(j).strip())) {
        inherits |= lines.get(j).strip().equals("@Override");
        j--;
      }
      if (!inherits && (j < 0 || !lines.get(j).strip().endsWith("*/"))) {
        missing.add(file + ":" + (i + 1) + ": " + line);
      }
    }
    return checked;
  }

  private static boolean endsBlock(String line) {
    return line.endsWith("*/") || line.endsWith(";") || line.endsWith("{") || line.endsWith("}");
  }
}
