package io.github.otsatlas.model;

/** What kind of meeting a {@link Meeting} is, as its source describes it. */
public enum MeetingKind {
  /** A meeting of ministers ("at the level of the ministers of foreign affairs"). */
  MINISTERIAL,
  /** A meeting of officials below ministers: secretaries, heads of institutions, envoys. */
  OFFICIALS,
  /** A visit of an official or a delegation to a state. */
  VISIT,
  /** A conference, forum or assembly that others attend (an environmental conference, the UN General Assembly). */
  CONFERENCE,
  /** A roundtable or lecture: an academic or public event. */
  ROUNDTABLE,
  /** A meeting a source names without saying what kind it is. */
  UNKNOWN
}
