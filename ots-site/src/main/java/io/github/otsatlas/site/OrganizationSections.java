package io.github.otsatlas.site;

import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an organization's page shows beyond its claims: the timeline picture with the same history
 * as a table beside it, its dated names, its members and observers by role, its summits and its
 * other meetings.
 */
final class OrganizationSections {
  private final Catalogue c;
  private final Organization org;
  private final Page page;
  private final Xml x;

  OrganizationSections(Catalogue c, Organization org, Page page) {
    this.c = c;
    this.org = org;
    this.page = page;
    this.x = page.x;
  }

  void write() {
    timeline();
    names();
    members();
    gatherings(c.atlas.summits().of(org.id()).includingPossible().list(), "summits", "Summits");
    gatherings(c.atlas.meetings().of(org.id()).includingPossible().list(), "meetings", "Other meetings");
  }

  private void timeline() {
    page.section("timeline", "Timeline");
    x.start(Html.FIGURE).attr("class", "picture");
    x.start(Html.DIV).attr("class", "scroll").attr("role", "region").attr("tabindex", "0")
        .attr("aria-label", "Timeline picture, scrollable");
    TimelineSvg.write(x, c.atlas, org.id(), (fact, fragment) -> c.hasPage(fact)
        ? Optional.of(page.href(fact, fragment)) : Optional.empty());
    x.end(Html.DIV);
    x.element(Html.FIGCAPTION, "One lane per party, bars by role: solid where the sources pin the days down, "
        + "faded and hatched where a date is imprecise or past the newest source; the dashed red line is the "
        + "newest day any source speaks of. Hover for the sentence behind a bar; select it for its page. "
        + "The table below gives the same history in words.");
    x.end(Html.FIGURE);
    List<TimelineEvent> events = c.atlas.timeline(org.id());
    x.start(Html.TABLE).attr("class", "events");
    x.element(Html.CAPTION, "The history of the " + org.name() + ", in date order");
    x.start(Html.THEAD).start(Html.TR);
    for (String h : new String[] {"Date", "Event", "Fact"}) {
      x.start(Html.TH).attr("scope", "col").text(h).end(Html.TH);
    }
    x.end(Html.TR).end(Html.THEAD);
    x.start(Html.TBODY);
    for (TimelineEvent e : events) {
      x.start(Html.TR);
      x.element(Html.TD, e.date().map(PartialDate::toString).orElse("unknown"));
      x.element(Html.TD, e.text());
      x.start(Html.TD);
      page.link(page.href(e.fact(), ""), e.fact().toString());
      x.end(Html.TD);
      x.end(Html.TR);
    }
    x.end(Html.TBODY);
    x.end(Html.TABLE);
    page.endSection();
  }

  private void names() {
    page.section("names", "Names");
    x.start(Html.TABLE);
    x.start(Html.THEAD).start(Html.TR);
    for (String h : new String[] {"Name", "From", "Period", "Adopted at"}) {
      x.start(Html.TH).attr("scope", "col").text(h).end(Html.TH);
    }
    x.end(Html.TR).end(Html.THEAD);
    x.start(Html.TBODY);
    for (Map.Entry<OrganizationName, Period> e : org.namePeriods().entrySet()) {
      OrganizationName n = e.getKey();
      x.start(Html.TR);
      x.start(Html.TH).attr("scope", "row").text(n.name()).end(Html.TH);
      x.element(Html.TD, n.from().map(PartialDate::toString).orElse("unknown"));
      x.element(Html.TD, e.getValue().toString());
      x.start(Html.TD);
      if (n.renamedAt().isPresent()) {
        FactRef summit = new FactRef(FactRef.Kind.SUMMIT, n.renamedAt().get().value());
        page.link(page.href(summit, ""), c.corpus.summit(n.renamedAt().get()).map(Summit::name)
            .orElse(summit.id()));
      } else {
        x.text("—");
      }
      x.end(Html.TD);
      x.end(Html.TR);
    }
    x.end(Html.TBODY);
    x.end(Html.TABLE);
    if (!org.aliases().isEmpty()) {
      page.paragraph("The sources also call it " + String.join(", ", org.aliases()) + ".");
    }
    page.endSection();
  }

  private void members() {
    page.section("members", "Members and observers");
    List<Membership> all = c.atlas.members(org.id()).includingPossible().list().stream().map(Answer::subject).toList();
    if (all.isEmpty()) {
      page.paragraph("No source reports a member of it.");
    }
    Optional<LocalDate> newest = c.atlas.newestAttestation().map(PartialDate::earliest);
    newest.ifPresent(d -> page.paragraph("Certainty is given for " + d + ", the newest day any source says "
        + "something held; past it, nothing without a dated end is certain."));
    for (Role role : Role.values()) {
      List<Membership> ms = all.stream().filter(m -> m.role() == role).toList();
      if (ms.isEmpty()) {
        continue;
      }
      x.start(Html.TABLE).attr("class", "members");
      x.element(Html.CAPTION, Names.rolePlural(role));
      x.start(Html.THEAD).start(Html.TR);
      for (String h : new String[] {"Party", "Period", "Held for certain", "Possibly held",
          newest.map(d -> "On " + d).orElse("Certainty")}) {
        x.start(Html.TH).attr("scope", "col").text(h).end(Html.TH);
      }
      x.end(Html.TR).end(Html.THEAD);
      x.start(Html.TBODY);
      for (Membership m : ms) {
        x.start(Html.TR);
        x.start(Html.TH).attr("scope", "row");
        page.link(page.href(m.ref(), ""), c.atlas.nameOf(m.party()));
        x.end(Html.TH);
        x.element(Html.TD, m.period().toString());
        x.element(Html.TD, Names.days(m.period().definiteDays()));
        x.element(Html.TD, Names.days(m.period().possibleDays()));
        x.element(Html.TD, newest.map(d -> FactPage.certainty(m.period().contains(d))).orElse("—"));
        x.end(Html.TR);
      }
      x.end(Html.TBODY);
      x.end(Html.TABLE);
    }
    page.endSection();
  }

  private void gatherings(List<? extends Answer<? extends Gathering>> answers, String id, String heading) {
    List<Gathering> summits = answers.stream().<Gathering>map(Answer::subject).toList();
    if (summits.isEmpty()) {
      return;
    }
    page.section(id, heading);
    x.start(Html.UL);
    for (Gathering s : summits) {
      x.start(Html.LI);
      x.text(s.date().map(PartialDate::toString).orElse("date unknown") + ": ");
      page.link(page.href(s.ref(), ""), s.name());
      x.text(s.status() == SummitStatus.SCHEDULED ? " (scheduled, as of its source)" : "");
      x.end(Html.LI);
    }
    x.end(Html.UL);
    page.endSection();
  }
}
