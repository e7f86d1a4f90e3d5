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

  /** Opens a file checked to be inside the corpus, its size at most {@code maxBytes} as far as known. */
  abstract InputStream openChecked(String name, long maxBytes) throws FileProblem;

  /** A stream read past the limit it was opened with. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /**
   * Opens a file for streaming: reading it past {@code maxBytes} throws {@link TooLarge}, so
   * that a file that grows, or a resource of unknown size, is still bounded.
   */
  final InputStream open(String name, long maxBytes) throws FileProblem {
    if (!isPlainName(name)) {
      throw new FileProblem(FormatRule.PATH_ESCAPE, "'" + name
          + "' is not a plain file name inside the corpus directory (no '/', '\\', '..' or absolute paths)");
    }
    InputStream in = openChecked(name, maxBytes);
    return new java.io.FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          check(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          check(n);
        }
        return n;
      }

      private void check(int n) throws TooLarge {
        count += n;
        if (count > maxBytes) {
          throw new TooLarge(name + " is larger than the limit of " + maxBytes + " bytes");
        }
      }
    };
  }

  /** Returns whether {@code name} is a plain file name, as {@code sources.json} must give. */
  static boolean isPlainName(String name) {
    return PLAIN_NAME.matcher(name).matches() && !name.contains("..");
  }

  /** Reads a whole file of at most {@code maxBytes}. */
  final byte[] read(String name, long maxBytes) throws FileProblem {
    try (InputStream in = open(name, maxBytes)) {
      return in.readAllBytes();
    } catch (TooLarge e) {
      throw new FileProblem(FormatRule.LIMIT, e.getMessage());
    } catch (IOException e) {
      throw new FileProblem(FormatRule.FILE_UNREADABLE, name + " cannot be read: " + e);
    }
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
    InputStream openChecked(String name, long maxBytes) throws FileProblem {
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
        return Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
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
    InputStream openChecked(String name, long maxBytes) throws FileProblem {
      // Class.getResourceAsStream, not ClassLoader.getResourceAsStream: on the module path a
      // class loader finds only resources of open packages, while a class finds those of its
      // own module.
      InputStream in = CorpusFiles.class.getResourceAsStream("/" + base + name);
      if (in == null) {
        throw new FileProblem(FormatRule.FILE_MISSING, name + " is not on the class path under " + base);
      }
      return in;
    }
  }
}
