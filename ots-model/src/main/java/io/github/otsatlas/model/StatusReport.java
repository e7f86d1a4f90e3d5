package io.github.otsatlas.model;

import java.util.Objects;

/**
 * A status as one citation reports it, and the day it reports it as of: a summit that a source
 * calls scheduled in its account of 4 November 2024 is {@code SCHEDULED} as of that day; a later
 * source that says it was held makes it {@code HELD} from its own day on. Immutable and
 * thread-safe.
 *
 * @param status the status reported, never {@code UNKNOWN}
 * @param asOf the day the citation reports it as of
 * @param citation the citation that reports it
 */
public record StatusReport(SummitStatus status, PartialDate asOf, Citation citation) {

  /** Checks the parts. */
  public StatusReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(citation, "citation");
    if (status == SummitStatus.UNKNOWN) {
      throw new IllegalArgumentException("UNKNOWN is no reported status");
    }
  }
}
