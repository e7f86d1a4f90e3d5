package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps a summit query and a meeting query share (organization, host, city, time, status,
 * outcome, attendance, absence, possible answers), what they select, how certain an answer is,
 * and what it rests on: written once for both. Immutable.
 */
record GatheringFilter(OrganizationId organization, StateId host, String city, When when,
    SummitStatus status, OutcomeKind outcome, Chain<Party> attendees, Chain<Party> absentees,
    Chain<Party> invitees, boolean possible) {

  static final GatheringFilter NONE = new GatheringFilter(null, null, null, When.ALWAYS, null, null,
      Chain.empty(), Chain.empty(), Chain.empty(), false);

  GatheringFilter withOrganization(OrganizationId o, Object query) {
    once(organization, "organization", query);
    return new GatheringFilter(o, host, city, when, status, outcome, attendees, absentees, invitees, possible);
  }

  GatheringFilter withHost(StateId h, Object query) {
    once(host, "host state", query);
    return new GatheringFilter(organization, h, city, when, status, outcome, attendees, absentees, invitees, possible);
  }

  GatheringFilter withCity(String c, Object query) {
    once(city, "city", query);
    return new GatheringFilter(organization, host, c, when, status, outcome, attendees, absentees, invitees, possible);
  }

  GatheringFilter withWhen(When w, Object query) {
    return new GatheringFilter(organization, host, city, w.replacing(when, query), status, outcome,
        attendees, absentees, invitees, possible);
  }

  GatheringFilter withStatus(SummitStatus s, Object query) {
    once(status, "status", query);
    return new GatheringFilter(organization, host, city, when, s, outcome, attendees, absentees, invitees, possible);
  }

  GatheringFilter withOutcome(OutcomeKind k, Object query) {
    once(outcome, "outcome kind", query);
    return new GatheringFilter(organization, host, city, when, status, k, attendees, absentees, invitees, possible);
  }

  GatheringFilter withAttendee(Party p) {
    return new GatheringFilter(organization, host, city, when, status, outcome, attendees.plus(p),
        absentees, invitees, possible);
  }

  GatheringFilter withAbsentee(Party p) {
    return new GatheringFilter(organization, host, city, when, status, outcome, attendees,
        absentees.plus(p), invitees, possible);
  }

  GatheringFilter withInvitee(Party p) {
    return new GatheringFilter(organization, host, city, when, status, outcome, attendees, absentees,
        invitees.plus(p), possible);
  }

  GatheringFilter withPossible() {
    return new GatheringFilter(organization, host, city, when, status, outcome, attendees, absentees, invitees, true);
  }

  static void once(Object current, String what, Object query) {
    if (current != null) {
      throw new IllegalStateException(query + ": the " + what + " is already set");
    }
  }

  /**
   * Returns how certain it is that the gathering meets the filter ({@code folded}: the city asked,
   * {@link #foldedCity()}): NOT when an attribute it
   * selects by is not claimed; POSSIBLY when the host or city is disputed or a date may fall
   * outside the days asked.
   */
  Certainty certainty(Gathering g, String folded) {
    if ((organization != null && !g.organization().equals(Optional.of(organization)))
        || (host != null && !g.hostStates().contains(host))
        || (folded != null && g.hostCities().stream().noneMatch(c -> NameIndex.fold(c).equals(folded)))
        || (status != null && g.status() != status)
        || (outcome != null && g.outcomes().stream().map(Outcome::kind).noneMatch(outcome::equals))
        || !g.attendance().containsAll(attendees.toList())
        || !g.absence().containsAll(absentees.toList())
        || !g.invited().containsAll(invitees.toList())) {
      return Certainty.NOT;
    }
    Certainty c = when.within(g.dates());
    if ((host != null && g.hostStates().size() > 1) || (folded != null && g.hostCities().size() > 1)) {
      c = c.and(Certainty.POSSIBLY);
    }
    return c;
  }

  /** Returns the city asked, folded as names are compared (once per query run), or null. */
  String foldedCity() {
    return city == null ? null : NameIndex.fold(city);
  }

  /** Whether an answer of this certainty is given. */
  boolean keeps(Certainty c, boolean includePossible) {
    return c == Certainty.DEFINITELY || (includePossible && c == Certainty.POSSIBLY);
  }

  /** Adds the attributes the filter selects by, and the words a relevant quotation names. */
  void grounds(Atlas atlas, Set<Attribute> on, List<String> mentions) {
    if (organization != null) {
      on.add(Attribute.ORGANIZATION);
    }
    if (host != null) {
      on.add(Attribute.HOST_STATE);
      mentions.addAll(atlas.namesOf(host));
    }
    if (city != null) {
      on.add(Attribute.HOST_CITY);
      mentions.add(city);
    }
    if (!when.isAlways()) {
      on.add(Attribute.DATE);
    }
    if (status != null) {
      on.add(Attribute.STATUS);
    }
    if (outcome != null) {
      // an outcome's claims: its kind, and the parties it names
      on.add(Attribute.KIND);
      on.add(Attribute.PARTIES);
    }
    if (!attendees.isEmpty()) {
      on.add(Attribute.ATTENDANCE);
      on.add(Attribute.DELEGATES);
      attendees.toList().forEach(p -> mentions.addAll(atlas.namesOf(p)));
    }
    if (!invitees.isEmpty()) {
      on.add(Attribute.INVITED);
      invitees.toList().forEach(p -> mentions.addAll(atlas.namesOf(p)));
    }
    if (!absentees.isEmpty()) {
      on.add(Attribute.ABSENCE);
      on.add(Attribute.DELEGATES);
      absentees.toList().forEach(p -> mentions.addAll(atlas.namesOf(p)));
    }
  }

  /** Returns the grounds for a query with extra attributes of its own kind. */
  Grounds grounds(Atlas atlas, Set<Attribute> own) {
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    on.addAll(own);
    List<String> mentions = new java.util.ArrayList<>();
    grounds(atlas, on, mentions);
    return on.isEmpty() ? Grounds.ALL : new Grounds(on, false, mentions);
  }

  /** Appends the steps before the kind's own, as {@code .of(OTS).hostedIn(UZB)}. */
  void describeWhere(StringBuilder b) {
    if (organization != null) {
      b.append(".of(").append(organization).append(')');
    }
    if (host != null) {
      b.append(".hostedIn(").append(host).append(')');
    }
    if (city != null) {
      b.append(".inCity(\"").append(city).append("\")");
    }
    b.append(when);
  }

  /** Appends the steps after the kind's own. */
  void describeWhat(StringBuilder b) {
    if (status != null) {
      b.append(".withStatus(").append(status).append(')');
    }
    if (outcome != null) {
      b.append(".withOutcome(").append(outcome).append(')');
    }
    b.append(attendees.join(p -> ".attendedBy(" + p + ")"));
    b.append(absentees.join(p -> ".missedBy(" + p + ")"));
    b.append(invitees.join(p -> ".invited(" + p + ")"));
    if (possible) {
      b.append(".includingPossible()");
    }
  }
}
