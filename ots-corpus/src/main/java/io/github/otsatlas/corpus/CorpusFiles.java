package io.github.otsatlas.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Where the files of a corpus come from: a directory or the class path. */
abstract class CorpusFiles {
  // A plain file name: no separator, no "..", no leading dot, no drive letter.
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

  /** Says why a file could not be read, as a problem rule and message. */
  static final class FileProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final FormatRule rule;

    FileProblem(FormatRule rule, String message) {
      super(message, null, false, false);
      this.rule = rule;
    }
  }

  abstract String describe();

  abstract byte[] readChecked(String name, long maxBytes) throws FileProblem;

  /** Returns whether {@code name} is a plain file name, as {@code sources.json} must give. */
  static boolean isPlainName(String name) {
    return PLAIN_NAME.matcher(name).matches() && !name.contains("..");
  }

  final byte[] read(String name, long maxBytes) throws FileProblem {
    if (!isPlainName(name)) {
      throw new FileProblem(FormatRule.PATH_ESCAPE, "'" + name
          + "' is not a plain file name inside the corpus directory (no '/', '\\', '..' or absolute paths)");
    }
    return readChecked(name, maxBytes);
  }

  static byte[] readAtMost(InputStream in, String name, long maxBytes) throws IOException, FileProblem {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new FileProblem(FormatRule.LIMIT, name + " is larger than the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }

  static CorpusFiles directory(Path dir) {
    return new Directory(dir);
  }

  static CorpusFiles classpath(String base) {
    return new Classpath(base);
  }

  /** Files of a directory; links and paths leading out of it are refused. */
  private static final class Directory extends CorpusFiles {
    final Path dir;

    Directory(Path dir) {
      this.dir = dir;
    }

    @Override
    String describe() {
      return dir.toString();
    }

    @Override
    byte[] readChecked(String name, long maxBytes) throws FileProblem {
      Path file = dir.resolve(name);
      try {
        if (Files.isSymbolicLink(file)) {
          throw new FileProblem(FormatRule.PATH_ESCAPE, name + " is a symbolic link: links are not followed");
        }
        // The file itself is not a link (checked above); the directory may be reached through
        // links, so both sides of the comparison resolve them.
        Path real = file.toRealPath();
        if (!real.getParent().equals(dir.toRealPath())) {
          throw new FileProblem(FormatRule.PATH_ESCAPE, name + " lies outside the corpus directory");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
          throw new FileProblem(FormatRule.FILE_UNREADABLE, name + " is not a regular file");
        }
        if (Files.size(real) > maxBytes) {
          throw new FileProblem(FormatRule.LIMIT, name + " is larger than the limit of " + maxBytes + " bytes");
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
          return readAtMost(in, name, maxBytes);
        }
      } catch (NoSuchFileException e) {
        throw new FileProblem(FormatRule.FILE_MISSING, name + " does not exist in " + dir);
      } catch (IOException e) {
        throw new FileProblem(FormatRule.FILE_UNREADABLE, name + " cannot be read: " + e);
      }
    }
  }

  /** Files packaged as class-path resources under one base path. */
  private static final class Classpath extends CorpusFiles {
    final String base;

    Classpath(String base) {
      this.base = base;
    }

    @Override
    String describe() {
      return "classpath:" + base;
    }

    @Override
    byte[] readChecked(String name, long maxBytes) throws FileProblem {
      try (InputStream in = CorpusFiles.class.getClassLoader().getResourceAsStream(base + name)) {
        if (in == null) {
          throw new FileProblem(FormatRule.FILE_MISSING, name + " is not on the class path under " + base);
        }
        return readAtMost(in, name, maxBytes);
      } catch (IOException e) {
        throw new FileProblem(FormatRule.FILE_UNREADABLE, name + " cannot be read: " + e);
      }
    }
  }
}
