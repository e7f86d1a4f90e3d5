package io.github.otsatlas.model;

/** A mode of transport along a corridor. */
public enum Mode {
  /** Rail. */
  RAIL,
  /** Road. */
  ROAD,
  /** Sea or ferry. */
  SEA,
  /** Air. */
  AIR,
  /** Pipeline. */
  PIPELINE,
  /** Cable, such as power or data lines. */
  CABLE
}
