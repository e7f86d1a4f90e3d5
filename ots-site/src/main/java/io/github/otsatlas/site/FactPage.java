package io.github.otsatlas.site;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Whitespace;
import io.github.otsatlas.query.ClaimEvidence;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.Quotation;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The page of one fact: what it is, each of its claims with the quotations that state it, the
 * days sources say it held, and its sources; an organization's page adds its picture, names,
 * members and summits ({@link OrganizationSections}).
 */
final class FactPage {
  private final Catalogue c;
  private final Fact fact;
  private final Evidence evidence;
  private final Page page;

  private FactPage(Catalogue c, Fact fact, Page page) {
    this.c = c;
    this.fact = fact;
    this.evidence = c.evidence(fact);
    this.page = page;
  }

  static void write(Writer out, Catalogue c, Fact fact) {
    String title = Names.title(c.atlas, fact);
    Page page = Page.begin(out, 1, title, Names.kindPlural(fact.ref().kind()), "facts-" + fact.ref().kind().label());
    new FactPage(c, fact, page).body(title);
    page.end();
  }

  private void body(String title) {
    Xml x = page.x;
    x.element(Html.H1, title);
    x.start(Html.P).attr("class", "ref").text("Fact ").element(Html.CODE, fact.ref().toString()).end(Html.P);
    summary();
    if (fact instanceof Organization o) {
      new OrganizationSections(c, o, page).write();
    }
    if (fact instanceof State s) {
      membershipsOf(s.id());
    } else if (fact instanceof Organization o) {
      membershipsOf(o.id());
    }
    claims();
    attestations();
    sources();
    disagreements();
    fact.note().ifPresent(n -> page.section("note", "Curators’ note").paragraph(n).endSection());
  }

  /** What the fact is, in a few lines, with links to the facts it names. */
  private void summary() {
    Xml x = page.x;
    page.section("summary", "Summary");
    x.start(Html.DL).attr("class", "summary");
    if (fact instanceof State s) {
      page.entry("Code", s.id().code());
      if (!s.aliases().isEmpty()) {
        page.entry("Also called", String.join(", ", s.aliases()));
      }
      page.entry("Recognition", Names.of(s.recognition()));
      if (!s.recognizedBy().isEmpty()) {
        x.element(Html.DT, "Recognised by");
        x.start(Html.DD);
        parties(s.recognizedBy().stream().map(id -> (Party) id).toList());
        x.end(Html.DD);
      }
    } else if (fact instanceof Organization o) {
      page.entry("Code", o.id().code());
      page.entry("Kind", Names.of(o.kind()));
      page.entry("Founded", o.founded().map(PartialDate::toString).orElse("unknown"));
      o.headquarters().ifPresent(h -> page.entry("Headquarters", h));
      if (!o.aliases().isEmpty()) {
        page.entry("Also called", String.join(", ", o.aliases()));
      }
      o.successorOf().ifPresent(s -> {
        x.element(Html.DT, "Succeeded");
        x.start(Html.DD);
        parties(List.of(s));
        x.end(Html.DD);
      });
      linked("Led by", o.ledBy().stream().map(id -> (Party) id).toList());
      linked("Founded by", o.founders());
      if (!o.founderBodies().isEmpty()) {
        page.entry("Founded by (bodies, in the source's words)", String.join("; ", o.founderBodies()));
      }
      linked("Hosted by", o.hostState().stream().map(id -> (Party) id).toList());
      linked("Within the framework of", o.framework().stream().map(id -> (Party) id).toList());
    } else if (fact instanceof Membership m) {
      membershipSummary(m);
    } else if (fact instanceof Corridor k) {
      page.entry("Kind", Names.of(k.kind()));
      page.entry("Status", Names.of(k.status()));
      if (!k.modes().isEmpty()) {
        page.entry("Modes", k.modes().stream().map(Names::of).collect(Collectors.joining(", ")));
      }
      if (!k.route().isEmpty()) {
        page.entry("Route", k.route().stream().map(w -> w.name()).collect(Collectors.joining(" → ")));
      }
      if (!k.aliases().isEmpty()) {
        page.entry("Also called", String.join(", ", k.aliases()));
      }
      linked("Stakeholders", k.stakeholders());
      if (!k.canConnectTo().isEmpty()) {
        x.element(Html.DT, "Can be connected to (a possibility the source raises)");
        x.start(Html.DD);
        for (int i = 0; i < k.canConnectTo().size(); i++) {
          FactRef ref = new FactRef(FactRef.Kind.CORRIDOR, k.canConnectTo().get(i).value());
          if (i > 0) {
            x.text(", ");
          }
          page.link(page.href(ref, ""), c.corpus.corridor(k.canConnectTo().get(i)).map(Corridor::name)
              .orElse(ref.id()));
        }
        x.end(Html.DD);
      }
    } else if (fact instanceof Gathering s) {
      x.element(Html.DT, "Of");
      x.start(Html.DD);
      if (s.organization().isPresent()) {
        parties(List.of(s.organization().get()));
      } else {
        x.text("no organization");
      }
      x.end(Html.DD);
      page.entry("What", what(s));
      page.entry("Date", s.date().map(PartialDate::toString).orElse("unknown"));
      page.entry("Host", s.hostCity().orElse("city unknown") + ", "
          + s.hostState().map(id -> c.atlas.nameOf(id)).orElse("state unknown"));
      page.entry("Status", Names.of(s.status()) + " (as of its source)");
      if (s instanceof Summit summit) {
        summit.ordinal().ifPresent(n -> page.entry("Ordinal", Integer.toString(n)));
      }
      if (!s.invited().isEmpty()) {
        page.entry("Invited", s.invited().stream().map(c.atlas::nameOf).collect(Collectors.joining(", ")));
      }
      if (!s.absence().isEmpty()) {
        page.entry("Did not attend", s.absence().stream().map(c.atlas::nameOf).collect(Collectors.joining(", ")));
      }
      if (!s.delegates().isEmpty()) {
        page.entry("Persons named", s.delegates().stream()
            .map(d -> c.atlas.nameOf(d.party()) + ": " + d.key()
                + d.title().filter(t -> d.person().isPresent()).map(t -> " (" + t + ")").orElse("")
                + (s.absence().contains(d.party()) ? ", absent" : ""))
            .collect(Collectors.joining("; ")));
      }
    } else if (fact instanceof RecognitionAct r) {
      page.entry("Recognising state", c.atlas.nameOf(r.recognizer()));
      page.entry("Recognised", r.recognized().isEmpty()
          ? r.recognizedAs().map(w -> "“" + w + "” (no state named)").orElse("")
          : r.recognized().stream().map(c.atlas::nameOf).collect(Collectors.joining(", ")));
      page.entry("Date", r.date().map(PartialDate::toString).orElse("unknown"));
      if (r.first()) {
        page.entry("First", "the source says it was the first to recognise");
      }
    }
    x.end(Html.DL);
    page.endSection();
  }

  private void membershipSummary(Membership m) {
    Xml x = page.x;
    x.element(Html.DT, "Party");
    x.start(Html.DD);
    parties(List.of(m.party()));
    x.end(Html.DD);
    x.element(Html.DT, "Organization");
    x.start(Html.DD);
    parties(List.of(m.organization()));
    x.end(Html.DD);
    page.entry("Role", Names.role(m.role()));
    page.entry("Period", m.period().toString());
    page.entry("Held for certain", Names.days(m.period().definiteDays()));
    page.entry("Possibly held", Names.days(m.period().possibleDays()));
    c.atlas.newestAttestation().ifPresent(d -> page.entry("On " + d.earliest() + ", the newest day a source speaks of",
        certainty(m.period().contains(d.earliest()))));
    m.endReason().ifPresent(r -> page.entry("Ended", Names.of(r)));
    m.grantedAt().ifPresent(s -> {
      x.element(Html.DT, "Granted at");
      x.start(Html.DD);
      FactRef ref = new FactRef(FactRef.Kind.SUMMIT, s.value());
      page.link(page.href(ref, ""), c.corpus.summit(s).map(Summit::name).orElse(s.value()));
      x.end(Html.DD);
    });
  }

  /** An entry listing parties as links, left out when there are none. */
  private void linked(String term, List<? extends Party> parties) {
    if (parties.isEmpty()) {
      return;
    }
    page.x.element(Html.DT, term);
    page.x.start(Html.DD);
    parties(parties.stream().map(p -> (Party) p).toList());
    page.x.end(Html.DD);
  }

  /** What a summit or meeting is, in words. */
  private static String what(Gathering g) {
    if (g instanceof Summit s) {
      return s.collective() ? "summits a source names together by their host, neither dated nor told apart"
          : "a summit";
    }
    MeetingKind kind = ((Meeting) g).kind();
    return kind == MeetingKind.UNKNOWN ? "a meeting (not a summit)" : "a meeting (not a summit): " + Names.of(kind);
  }

  static String certainty(Certainty certainty) {
    return switch (certainty) {
      case DEFINITELY -> "definitely held";
      case POSSIBLY -> "possibly held";
      case NOT -> "did not hold";
    };
  }

  /** Writes parties as links to their pages, by name. */
  private void parties(List<? extends Party> parties) {
    for (int i = 0; i < parties.size(); i++) {
      if (i > 0) {
        page.x.text(", ");
      }
      Party p = parties.get(i);
      FactRef ref = new FactRef(p.isState() ? FactRef.Kind.STATE : FactRef.Kind.ORGANIZATION, p.code());
      if (c.hasPage(ref)) {
        page.link(page.href(ref, ""), c.atlas.nameOf(p));
      } else {
        page.x.text(p.code());
      }
    }
  }

  /** The memberships a state or organization holds in other organizations. */
  private void membershipsOf(Party party) {
    List<Membership> held = c.corpus.memberships().stream().filter(m -> m.party().equals(party)).toList();
    if (held.isEmpty()) {
      return;
    }
    Xml x = page.x;
    page.section("memberships", "Memberships");
    x.start(Html.UL);
    for (Membership m : held) {
      x.start(Html.LI);
      page.link(page.href(m.ref(), ""), Names.role(m.role()) + " of the " + c.atlas.nameOf(m.organization()));
      x.text(", " + m.period());
      x.end(Html.LI);
    }
    x.end(Html.UL);
    page.endSection();
  }

  /** Each claim, with the numbers of the quotations that state it; then each quotation once. */
  private void claims() {
    Xml x = page.x;
    List<ClaimEvidence> claims = evidence.claims();
    List<Quotation> quotations = evidence.quotations();
    page.section("claims", "Claims");
    if (claims.isEmpty()) {
      page.paragraph("This fact makes no claim.");
    } else {
      x.start(Html.TABLE).attr("class", "claims");
      x.start(Html.THEAD).start(Html.TR);
      x.start(Html.TH).attr("scope", "col").text("Claim").end(Html.TH);
      x.start(Html.TH).attr("scope", "col").text("Stated by").end(Html.TH);
      x.end(Html.TR).end(Html.THEAD);
      x.start(Html.TBODY);
      for (int i = 0; i < claims.size(); i++) {
        ClaimEvidence ce = claims.get(i);
        x.start(Html.TR).attr("id", Addresses.claim(i));
        x.start(Html.TH).attr("scope", "row");
        claim(ce.claim());
        x.end(Html.TH);
        x.start(Html.TD);
        if (ce.classified()) {
          x.text("the curators’ classification: no document states it");
        } else {
          x.text(ce.quotations().size() == 1 ? "quotation " : "quotations ");
          for (int k = 0; k < ce.quotations().size(); k++) {
            int n = quotations.indexOf(ce.quotations().get(k));
            if (k > 0) {
              x.text(", ");
            }
            page.link("#" + quote(n), Integer.toString(n + 1));
          }
        }
        x.end(Html.TD);
        x.end(Html.TR);
      }
      x.end(Html.TBODY);
      x.end(Html.TABLE);
    }
    page.endSection();
    page.section("quotations", "The sentences");
    x.start(Html.OL).attr("class", "quotations");
    for (int n = 0; n < quotations.size(); n++) {
      x.start(Html.LI).attr("id", quote(n));
      quotation(quotations.get(n), claims);
      x.end(Html.LI);
    }
    x.end(Html.OL);
    page.endSection();
  }

  private static String quote(int index) {
    return "quote-" + (index + 1);
  }

  /** Writes {@code attribute: value}, the value linked when it names a fact. */
  private void claim(Claim claim) {
    Xml x = page.x;
    x.text(claim.attribute().fieldName() + ": ");
    Optional<FactRef> named = c.named(claim);
    if (named.isPresent()) {
      page.link(page.href(named.get(), ""), claim.value());
    } else {
      x.element(Html.CODE, claim.value());
    }
  }

  /** A quotation: the words, where they stand, the claims they support and the day they attest. */
  private void quotation(Quotation q, List<ClaimEvidence> claims) {
    Xml x = page.x;
    Catalogue.Passage p = c.passage(q);
    x.start(Html.BLOCKQUOTE).attr("cite", page.href(q.source().id(), p.inText()));
    x.element(Html.P, Whitespace.fold(q.location().exact()));
    x.end(Html.BLOCKQUOTE);
    x.start(Html.P).attr("class", "cite");
    x.text("— ");
    page.link(page.href(q.source().id(), p.inText()), q.source().label() + ", passage " + p.number());
    x.end(Html.P);
    x.start(Html.P).attr("class", "cite");
    x.text("States ");
    boolean first = true;
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).quotations().contains(q)) {
        if (!first) {
          x.text(", ");
        }
        first = false;
        page.link("#" + Addresses.claim(i), claims.get(i).claim().toString());
      }
    }
    q.citation().asOf().ifPresent(d -> x.text("; says it held as of " + d));
    x.end(Html.P);
  }

  /** The quotations that say on which day the fact held. */
  private void attestations() {
    Xml x = page.x;
    page.section("attestations", "Days the sources say it held");
    if (evidence.attestations().isEmpty()) {
      page.paragraph("No quotation dates a day on which this held: its certainty rests on its dates alone.");
    } else {
      x.start(Html.UL);
      List<Quotation> quotations = evidence.quotations();
      for (Quotation q : evidence.attestations()) {
        int n = quotations.indexOf(q);
        x.start(Html.LI).text("As of " + q.citation().asOf().orElseThrow() + ": ");
        page.link("#" + quote(n), "quotation " + (n + 1));
        x.text(" (" + q.source().label() + ")");
        x.end(Html.LI);
      }
      x.end(Html.UL);
    }
    page.endSection();
  }

  private void sources() {
    Xml x = page.x;
    page.section("sources", "Sources");
    x.start(Html.UL);
    for (Source s : evidence.sources()) {
      x.start(Html.LI);
      page.link(page.href(s.id(), ""), s.label());
      s.republicationOf().ifPresent(o -> x.text(" (a republication of " + o + ")"));
      x.end(Html.LI);
    }
    x.end(Html.UL);
    List<Source> independent = evidence.independentSources();
    x.start(Html.P).text(independent.size() == 1 ? "One independent source: " : independent.size()
        + " independent sources: ");
    for (int i = 0; i < independent.size(); i++) {
      if (i > 0) {
        x.text(", ");
      }
      page.link(page.href(independent.get(i).id(), ""), Names.title(independent.get(i)));
    }
    x.text(independent.size() < evidence.sources().size()
        ? " (a republication counts as its original)." : ".");
    x.end(Html.P);
    page.endSection();
  }

  /** Where the sources disagree about this fact, each side with its sentences; nothing if they agree. */
  private void disagreements() {
    List<io.github.otsatlas.model.Disagreement> about = c.corpus.disagreements(fact.ref());
    if (about.isEmpty()) {
      return;
    }
    page.section("disagreements", "Where the sources disagree");
    DisagreementList.write(page, c, about, false, "");
    page.endSection();
  }
}
