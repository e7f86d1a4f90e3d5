package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The relation steps of an organization query (led by, founded by, hosted in, within the
 * framework of), what they keep and the attributes the answers rest on: written once for the
 * query of all organizations and the query of a member's organizations. Immutable.
 */
record OrganizationRelations(StateId ledBy, Party founder, StateId host, OrganizationId framework) {
  static final OrganizationRelations NONE = new OrganizationRelations(null, null, null, null);

  OrganizationRelations withLedBy(StateId s, Object query) {
    GatheringFilter.once(ledBy, "leading state", query);
    return new OrganizationRelations(s, founder, host, framework);
  }

  OrganizationRelations withFounder(Party p, Object query) {
    GatheringFilter.once(founder, "founder", query);
    return new OrganizationRelations(ledBy, p, host, framework);
  }

  OrganizationRelations withHost(StateId s, Object query) {
    GatheringFilter.once(host, "host state", query);
    return new OrganizationRelations(ledBy, founder, s, framework);
  }

  OrganizationRelations withFramework(OrganizationId o, Object query) {
    GatheringFilter.once(framework, "framework", query);
    return new OrganizationRelations(ledBy, founder, host, o);
  }

  /** Whether the organization has every relation asked (a source states each). */
  boolean matches(Organization o) {
    return (ledBy == null || o.ledBy().contains(ledBy))
        && (founder == null || o.founders().contains(founder))
        && (host == null || o.hostState().equals(Optional.of(host)))
        && (framework == null || o.framework().equals(Optional.of(framework)));
  }

  /** The attributes the answers rest on. */
  Set<Attribute> attributes() {
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    if (ledBy != null) {
      on.add(Attribute.LED_BY);
    }
    if (founder != null) {
      on.add(Attribute.FOUNDERS);
    }
    if (host != null) {
      on.add(Attribute.HOST_STATE);
    }
    if (framework != null) {
      on.add(Attribute.FRAMEWORK);
    }
    return on;
  }

  /** Appends the steps, as {@code .ledBy(RUS)}. */
  void describe(StringBuilder b) {
    if (ledBy != null) {
      b.append(".ledBy(").append(ledBy).append(')');
    }
    if (founder != null) {
      b.append(".foundedBy(").append(founder).append(')');
    }
    if (host != null) {
      b.append(".hostedIn(").append(host).append(')');
    }
    if (framework != null) {
      b.append(".within(").append(framework).append(')');
    }
  }
}
