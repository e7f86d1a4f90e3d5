package io.github.otsatlas.query;

import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Summit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds the timeline of one organization from the atlas's indexes. */
final class Timelines {
  private Timelines() {}

  static List<TimelineEvent> of(Atlas atlas, Organization org) {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(new TimelineEvent(org.founded(), TimelineEvent.Kind.FOUNDED,
        org.names().get(0).name() + " founded", Optional.empty(), org.ref(), org.citations()));
    List<OrganizationName> names = org.names();
    for (int i = 1; i < names.size(); i++) {
      OrganizationName n = names.get(i);
      events.add(new TimelineEvent(n.from(), TimelineEvent.Kind.RENAMED,
          "renamed " + n.name() + n.renamedAt().map(s -> " (at " + s + ")").orElse(""),
          Optional.empty(), org.ref(), n.citations()));
    }
    MembershipIndex.Scan all = atlas.memberships.ofOrganization(org.id(), When.ALWAYS, null, true);
    while (all.next()) {
      Membership m = all.membership();
      String who = atlas.nameOf(m.party());
      events.add(new TimelineEvent(m.start(), TimelineEvent.Kind.MEMBERSHIP_STARTED,
          who + (m.role() == Role.FOUNDING_MEMBER ? " founding member" : " becomes " + roleText(m.role()))
              + m.grantedAt().map(s -> " (granted at " + s + ")").orElse(""),
          Optional.of(m.party()), m.ref(), m.citations()));
      if (m.end().kind() == PeriodEnd.Kind.DATE) {
        events.add(new TimelineEvent(m.end().date(), TimelineEvent.Kind.MEMBERSHIP_ENDED,
            who + " no longer " + roleText(m.role())
                + m.endReason().map(r -> " (" + r.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")").orElse(""),
            Optional.of(m.party()), m.ref(), m.citations()));
      }
    }
    for (Summit s : atlas.summitsByOrganization.getOrDefault(org.id(), List.of())) {
      // a collective record stands for several summits on no one day: it is no event of the timeline
      if (!s.collective()) {
        events.add(gathering(s, TimelineEvent.Kind.SUMMIT));
      }
    }
    for (io.github.otsatlas.model.Meeting m : atlas.meetingsByDate) {
      if (m.organization().equals(Optional.of(org.id()))) {
        events.add(gathering(m, TimelineEvent.Kind.MEETING));
      }
    }
    events.sort(TimelineEvent.ORDER);
    return List.copyOf(events);
  }

  private static TimelineEvent gathering(io.github.otsatlas.model.Gathering g, TimelineEvent.Kind kind) {
    return new TimelineEvent(g.date(), kind,
        g.name() + g.hostCity().map(c -> ", " + c).orElse("") + " (" + g.status().name().toLowerCase(Locale.ROOT) + ")",
        Optional.empty(), g.ref(), g.citations());
  }

  static String roleText(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
