package io.github.otsatlas.corpus;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.FactRef;
import java.util.List;

/**
 * The names of the corpus file format, written once for the loader and the writer: the
 * version, the files and their top-level arrays, and the fields that are no {@link Attribute}
 * (an attribute's field is named by {@link Attribute#fieldName()}).
 */
final class Format {
  private Format() {}

  /** The format version this library reads and writes. */
  static final int VERSION = 2;
  /** The section of {@code seeds/README.md} on moving a corpus to the current format. */
  static final String MIGRATION_SECTION = "seeds/README.md, section \"Moving a corpus of format 1 to format 2\"";

  /** A file of the format: its name and the name of its one top-level array. */
  enum File {
    SOURCES("sources", FactRef.Kind.SOURCE),
    STATES("states", FactRef.Kind.STATE),
    ORGANIZATIONS("organizations", FactRef.Kind.ORGANIZATION),
    MEMBERSHIPS("memberships", FactRef.Kind.MEMBERSHIP),
    CORRIDORS("corridors", FactRef.Kind.CORRIDOR),
    SUMMITS("summits", FactRef.Kind.SUMMIT),
    MEETINGS("meetings", FactRef.Kind.MEETING, true),
    AGREEMENTS("agreements", FactRef.Kind.AGREEMENT, true),
    EXERCISES("exercises", FactRef.Kind.EXERCISE, true),
    RECOGNITIONS("recognitions", FactRef.Kind.RECOGNITION, true);

    final String array;
    final FactRef.Kind kind;
    /**
     * Whether a corpus may leave the file out (it then has no records of its kind): the kinds
     * added after format 2 was first published, so that corpora written before them still load.
     */
    final boolean optional;

    File(String array, FactRef.Kind kind) {
      this(array, kind, false);
    }

    File(String array, FactRef.Kind kind, boolean optional) {
      this.array = array;
      this.kind = kind;
      this.optional = optional;
    }

    String fileName() {
      return array + ".json";
    }

    static File of(FactRef.Kind kind) {
      for (File f : values()) {
        if (f.kind == kind) {
          return f;
        }
      }
      throw new IllegalArgumentException("no file for " + kind);
    }
  }

  /** Returns whether {@code name} is the name of one of the format's JSON files. */
  static boolean isFormatFile(String name) {
    for (File f : File.values()) {
      if (f.fileName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The fact files, in the order they are read and written. */
  static final List<File> FACT_FILES = List.of(File.STATES, File.ORGANIZATIONS, File.MEMBERSHIPS,
      File.CORRIDORS, File.SUMMITS, File.MEETINGS, File.AGREEMENTS, File.EXERCISES, File.RECOGNITIONS);

  // Top level of sources.json.
  static final String FORMAT_VERSION = "formatVersion";

  // Fields of every record.
  static final String ID = "id";
  static final String NOTE = "note";
  static final String CITATIONS = "citations";
  static final String CLASSIFIED = "classified";

  // Fields of a source.
  static final String FILE = "file";
  static final String TITLE = "title";
  static final String AUTHORS = "authors";
  static final String OUTLET = "outlet";
  static final String PUBLISHED = "published";
  static final String URL = "url";
  static final String LANGUAGE = "language";
  static final String REPUBLICATION_OF = "republicationOf";
  static final String PUBLICATION_BOUNDS = "publicationBounds";
  // Fields of a publication bound (its quote is QUOTE).
  static final String NOT_BEFORE = "notBefore";
  static final String WITHIN = "within";

  // Fields of a citation.
  static final String SOURCE = "source";
  static final String QUOTE = "quote";
  static final String PREFIX = "prefix";
  static final String SUFFIX = "suffix";
  static final String SUPPORTS = "supports";
  static final String AS_OF = "asOf";
  static final String COMPLETE_LIST_OF = "completeListOf";

  // Parts of organizations and summits, and their fields that are no attribute.
  static final String NAMES = "names";
  static final String OUTCOMES = "outcomes";
  static final String TEXT = "text";
  static final String SUMMIT_NAME = "name";
  // The curators' label of an agreement (as of a summit) and of an exercise, whose "name" is a claim.
  static final String AGREEMENT_NAME = SUMMIT_NAME;
  static final String LABEL = "label";
  // Fields of a delegate at a summit or meeting.
  static final String DELEGATE_PARTY = "party";
  static final String DELEGATE_PERSON = "person";
  static final String DELEGATE_TITLE = "title";

  /** The value of a date field whose date the sources leave unknown. */
  static final String UNKNOWN = "unknown";
  /** Separates a list attribute from its value in a {@code supports} entry. */
  static final char CLAIM_VALUE = '=';

  /**
   * Returns the text of a {@code supports} entry: the field alone, or field=value for a list or
   * for a single-valued field that holds several (disputed) values.
   */
  static String supportsEntry(io.github.otsatlas.model.Claim claim, boolean severalValues) {
    return claim.attribute().isList() || severalValues ? claim.toString() : claim.attribute().fieldName();
  }
}
