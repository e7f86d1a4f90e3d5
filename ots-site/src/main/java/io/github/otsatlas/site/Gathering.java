package io.github.otsatlas.site;

import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import java.util.Locale;

/**
 * Whether a summit record is a summit or another meeting, the one rule the picture and the pages
 * share: a summit when a source states its format (formal or informal) or the curators' name of
 * the record calls it a summit ("11th Summit of the Council of Heads of State"); any other record
 * (a meeting of ministers, a visit, a conference) is a meeting.
 */
enum Gathering {
  /** A summit: drawn as a line across the picture. */
  SUMMIT,
  /** Any other meeting: drawn in a lane of its own. */
  MEETING;

  static Gathering of(Summit summit) {
    return summit.format() != SummitFormat.UNKNOWN || summit.name().toLowerCase(Locale.ROOT).contains("summit")
        ? SUMMIT : MEETING;
  }
}
