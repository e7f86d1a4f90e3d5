package io.github.otsatlas.model;

import java.util.List;

/**
 * Something whose values are claims supported by citations: a {@link Fact}, or a part of one
 * with citations of its own (an {@link OrganizationName}, an {@link Outcome}).
 */
public interface Cited {

  /** Returns the citations: at least one, in the curated order. */
  List<Citation> citations();

  /**
   * Returns every claim it makes, in attribute order: one per single value that is known, one
   * per element of a list. A value that is unknown ({@code "unknown"} dates, an {@code UNKNOWN}
   * status or format, an ongoing end) is no claim. The claims of parts are their own.
   */
  List<Claim> claims();
}
