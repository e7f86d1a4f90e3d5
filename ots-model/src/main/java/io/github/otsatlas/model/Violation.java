package io.github.otsatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule in a corpus: the rule, the records involved (first the one to fix), the
 * path inside the first record where the problem lies (a JSON-pointer-like path such as
 * {@code /citations/1}, or empty for the whole record), and a message. Immutable and
 * thread-safe.
 *
 * @param rule the rule broken, not null
 * @param records the records involved, at least one
 * @param path where inside the first record, possibly empty, not null
 * @param message what is wrong, in words, not null; control and bidirectional formatting
 *     characters are escaped ({@link Text#printable})
 */
public record Violation(Rule rule, List<FactRef> records, String path, String message)
    implements java.io.Serializable {

  /** Creates a violation. */
  public Violation {
    Objects.requireNonNull(rule, "rule");
    records = List.copyOf(records);
    path = Text.printable(Objects.requireNonNull(path, "path"));
    message = Text.printable(Objects.requireNonNull(message, "message"));
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a violation names at least one record");
    }
  }

  /** Returns {@code [rule] record path: message}. */
  @Override
  public String toString() {
    return "[" + rule.code() + "] " + Text.printable(records.get(0).toString()) + path + ": " + message;
  }
}
