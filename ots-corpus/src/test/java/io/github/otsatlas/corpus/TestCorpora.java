package io.github.otsatlas.corpus;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.Summit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Fixtures and file helpers shared by the tests of this package. */
final class TestCorpora {
  /** The hand-written valid corpus every broken fixture is a copy of, with one change. */
  static final Path TINY = Path.of("src", "test", "resources", "valid", "tiny");
  /**
   * A hand-written valid corpus whose sources disagree: fields of several values, refining roles,
   * status reports, publication bounds, a republication and a complete list.
   */
  static final Path DISPUTED = Path.of("src", "test", "resources", "valid", "disputed");
  /** One directory per broken case. */
  static final Path BROKEN = Path.of("src", "test", "resources", "broken");
  /** Corpora with several problems at once. */
  static final Path SEVERAL = Path.of("src", "test", "resources", "broken-several");
  /** The project's seed folder, from the module directory the tests run in. */
  static final Path SEEDS = Path.of("..", "seeds");
  /** The JSON files of every corpus. */
  static final List<String> JSON_FILES = List.of("sources.json", "states.json",
      "organizations.json", "memberships.json", "corridors.json", "summits.json");
  /** The JSON files a corpus may leave out (it then has no records of their kind). */
  static final List<String> OPTIONAL_JSON_FILES = List.of("meetings.json", "agreements.json",
      "exercises.json", "recognitions.json");
  /** The JSON files of the seed corpus, which has every kind: the required ones, then the optional. */
  static final List<String> SEED_JSON_FILES = java.util.stream.Stream.concat(JSON_FILES.stream(),
      OPTIONAL_JSON_FILES.stream()).toList();

  private TestCorpora() {}

  /** Copies the regular files of {@code from} (not recursively) into {@code to}. */
  static Path copy(Path from, Path to) {
    try {
      Files.createDirectories(to);
      for (Path f : list(from)) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every regular file of a directory by name, with its bytes. */
  static SortedMap<String, byte[]> readFiles(Path dir) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try {
      for (Path f : list(dir)) {
        out.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Writes files by name into {@code dir}, creating it. */
  static void writeFiles(Path dir, SortedMap<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    for (var e : files.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
  }

  /** Deletes a directory tree, quietly; links are deleted, not followed. */
  static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every citation of a corpus: of its facts, organization names and summit outcomes. */
  static List<Citation> allCitations(Corpus corpus) {
    List<Citation> out = new ArrayList<>();
    for (Fact f : corpus.facts()) {
      out.addAll(f.citations());
      if (f instanceof Organization) {
        for (OrganizationName n : ((Organization) f).names()) {
          out.addAll(n.citations());
        }
      }
      if (f instanceof Summit) {
        for (Outcome o : ((Summit) f).outcomes()) {
          out.addAll(o.citations());
        }
      }
    }
    return out;
  }

  /** Folds every run of whitespace to one space and strips the ends, as quotes are matched. */
  static String fold(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
