package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.Atlas;
import java.util.Locale;

/**
 * Checks ids against the atlas, so that a typo is an error rather than an empty answer:
 * {@code corridors --through QQQ} would otherwise quietly find nothing.
 */
final class Checks {
  private Checks() {}

  static StateId state(Atlas atlas, StateId id) {
    if (atlas.corpus().state(id).isEmpty()) {
      throw new IllegalArgumentException("unknown state '" + id + "'");
    }
    return id;
  }

  static OrganizationId organization(Atlas atlas, OrganizationId id) {
    if (atlas.corpus().organization(id).isEmpty()) {
      throw new IllegalArgumentException("unknown organization '" + id + "'");
    }
    return id;
  }

  /**
   * Resolves a party written {@code KAZ}, {@code ECO}, {@code state:KAZ} or {@code
   * organization:ECO}: a bare code names a state if the corpus has one, else an organization.
   */
  static Party party(Atlas atlas, String text) {
    if (text.contains(":")) {
      int colon = text.indexOf(':');
      Party p = Party.parse(text.substring(0, colon).toLowerCase(Locale.ROOT) + ":"
          + text.substring(colon + 1).toUpperCase(Locale.ROOT));
      return p.isState() ? state(atlas, (StateId) p) : organization(atlas, (OrganizationId) p);
    }
    String code = text.toUpperCase(Locale.ROOT);
    if (code.matches("[A-Z]{3}") && atlas.corpus().state(StateId.of(code)).isPresent()) {
      return StateId.of(code);
    }
    try {
      OrganizationId org = OrganizationId.of(code);
      if (atlas.corpus().organization(org).isPresent()) {
        return org;
      }
    } catch (IllegalArgumentException malformed) {
      // neither a state nor an organization id: reported below
    }
    throw new IllegalArgumentException("unknown party '" + text + "': not a state or organization of the corpus");
  }
}
