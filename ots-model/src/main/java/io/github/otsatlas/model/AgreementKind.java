package io.github.otsatlas.model;

/** What kind of instrument an {@link Agreement} is, as its sources name it. */
public enum AgreementKind {
  /** A memorandum, of understanding or otherwise. */
  MEMORANDUM,
  /** An agreement, treaty or deal. */
  AGREEMENT,
  /** A protocol. */
  PROTOCOL,
  /** A declaration. */
  DECLARATION,
  /** A concept, strategy or programme adopted. */
  CONCEPT,
  /** A proposal that was endorsed or adopted. */
  PROPOSAL,
  /** Another kind of instrument (a catalogue, a list). */
  OTHER,
  /** The sources do not say: no claim. */
  UNKNOWN
}
