package io.github.otsatlas.model;

/** What kind of route a corridor is. */
public enum CorridorKind {
  /** A multimodal transport corridor. */
  TRANSPORT_CORRIDOR,
  /** A railway line. */
  RAILWAY,
  /** A road. */
  HIGHWAY,
  /** A pipeline. */
  PIPELINE,
  /** A choke point on a route. */
  CHOKE_POINT,
  /** A corridor of simplified customs procedures. */
  CUSTOMS_CORRIDOR,
  /** A trade route. */
  TRADE_ROUTE,
  /** The sources do not say (in an atlas narrowed to sources that do not state it, say); no claim. */
  UNKNOWN
}
