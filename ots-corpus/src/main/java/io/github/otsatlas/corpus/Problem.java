package io.github.otsatlas.corpus;

import io.github.otsatlas.model.RuleCode;
import io.github.otsatlas.model.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a corpus: the file, the record (its id where known, and a JSON
 * pointer with line and column), the rule broken and what is wrong. Immutable and
 * thread-safe.
 *
 * <p>A rule is the model's ({@code single-role}, {@code claim-supported}, ...; see {@link
 * io.github.otsatlas.model.Rule}) or the format's ({@code unknown-field}, {@code bad-claim},
 * ...; see {@link FormatRule}).
 *
 * @param file the file name within the corpus, not null
 * @param record the record's id, or empty for the file as a whole, not null
 * @param pointer the JSON pointer of the problem within the file, possibly empty, not null
 * @param line the line of the record or token, 1-based, or 0 if unknown
 * @param column the column, 1-based, or 0 if unknown
 * @param rule the rule broken, not null
 * @param message what is wrong, not null
 * (file, record, pointer and message are stored with control and bidirectional formatting
 * characters escaped, {@link Text#printable})
 */
public record Problem(
    String file, String record, String pointer, int line, int column, RuleCode rule, String message)
    implements java.io.Serializable {

  /** Checks that no part is null. */
  public Problem {
    // parts quote untrusted input: escaped so that a crafted id cannot forge problem lines
    file = Text.printable(Objects.requireNonNull(file, "file"));
    record = Text.printable(Objects.requireNonNull(record, "record"));
    pointer = Text.printable(Objects.requireNonNull(pointer, "pointer"));
    Objects.requireNonNull(rule, "rule");
    message = Text.printable(Objects.requireNonNull(message, "message"));
  }

  /** Returns the record's id, if the problem concerns one record. */
  public Optional<String> recordId() {
    return record.isEmpty() ? Optional.empty() : Optional.of(record);
  }

  /**
   * Returns {@code file: record 'id' at /pointer (line L, column C): [rule] message}, leaving
   * out the parts that are not known.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (!record.isEmpty()) {
      b.append(": record '").append(record).append('\'');
    }
    if (!pointer.isEmpty()) {
      b.append(" at ").append(pointer);
    }
    if (line > 0) {
      b.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return b.append(": [").append(rule.code()).append("] ").append(message).toString();
  }
}
