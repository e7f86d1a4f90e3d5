package io.github.otsatlas.site;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.query.ClaimEvidence;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The site's front page: the corpus at a glance (counts per kind, the newest attestation), its
 * organizations, its sources with their dates and rights, where the sources disagree, and a link
 * to every fact.
 */
final class IndexPage {
  private final Catalogue c;
  private final Page page;
  private final Xml x;

  private IndexPage(Catalogue c, Page page) {
    this.c = c;
    this.page = page;
    this.x = page.x;
  }

  static void write(Writer out, Catalogue c) {
    Page page = Page.begin(out, 0, "OTS Atlas", "", "");
    new IndexPage(c, page).body();
    page.end();
  }

  private void body() {
    x.element(Html.H1, "OTS Atlas");
    x.start(Html.P).attr("class", "lead").text("The Organization of Turkic States and the politics around it, "
        + "fact by fact: every claim with the sentence that states it, highlighted in its source, and every "
        + "answer no more certain than the sources and the days they speak of.").end(Html.P);
    glance();
    horizon();
    organizations();
    sources();
    disagreements();
    facts();
  }

  private void glance() {
    page.section("glance", "The corpus at a glance");
    Set<Citation> citations = new HashSet<>();
    int claims = 0;
    int classified = 0;
    for (Fact f : c.corpus.facts()) {
      citations.addAll(f.allCitations());
      for (ClaimEvidence ce : c.evidence(f).claims()) {
        claims++;
        classified += ce.classified() ? 1 : 0;
      }
    }
    int passages = c.corpus.sources().stream().mapToInt(s -> c.passages(s.id()).size()).sum();
    x.start(Html.TABLE).attr("class", "counts");
    x.element(Html.CAPTION, "What the corpus holds");
    x.start(Html.TBODY);
    row("Sources", c.corpus.sources().size() + republications());
    row("States", Integer.toString(c.corpus.states().size()));
    row("Organizations", Integer.toString(c.corpus.organizations().size()));
    row("Memberships", Integer.toString(c.corpus.memberships().size()));
    row("Corridors", Integer.toString(c.corpus.corridors().size()));
    row("Summits", Integer.toString(c.corpus.summits().size()));
    row("Other meetings", Integer.toString(c.corpus.meetings().size()));
    row("Agreements and declarations", Integer.toString(c.corpus.agreements().size()));
    row("Military exercises", Integer.toString(c.corpus.exercises().size()));
    row("Recognitions", Integer.toString(c.corpus.recognitions().size()));
    row("Claims", claims + " (" + classified + " of them the curators’ classification, stated by no document)");
    row("Citations", citations.size() + ", quoting " + passages + " passages of the sources");
    x.end(Html.TBODY);
    x.end(Html.TABLE);
    page.endSection();
  }

  private String republications() {
    long n = c.corpus.sources().stream().filter(s -> s.republicationOf().isPresent()).count();
    return n == 0 ? "" : " (" + n + (n == 1 ? " a republication of another)" : " republications of others)");
  }

  private void row(String what, String count) {
    x.start(Html.TR);
    x.start(Html.TH).attr("scope", "row").text(what).end(Html.TH);
    x.element(Html.TD, count);
    x.end(Html.TR);
  }

  private void horizon() {
    page.section("horizon", "The knowledge horizon");
    page.paragraph(c.atlas.newestAttestation()
        .map(d -> "The newest day on which a source says something held is " + d + ". Past it, nothing "
            + "without a dated end is certain: the pages say “possibly” and the pictures fade.")
        .orElse("No source dates a day on which something held: every certainty rests on dates alone."));
    page.endSection();
  }

  private void organizations() {
    page.section("organizations", "Organizations");
    x.start(Html.TABLE);
    x.start(Html.THEAD).start(Html.TR);
    for (String h : new String[] {"Organization", "Kind", "Founded", "Memberships", "Summits and meetings"}) {
      x.start(Html.TH).attr("scope", "col").text(h).end(Html.TH);
    }
    x.end(Html.TR).end(Html.THEAD);
    x.start(Html.TBODY);
    for (Organization o : c.corpus.organizations()) {
      x.start(Html.TR);
      x.start(Html.TH).attr("scope", "row");
      page.link(page.href(o.ref(), ""), o.name() + " (" + o.id().code() + ")");
      x.end(Html.TH);
      x.element(Html.TD, Names.of(o.kind()));
      x.element(Html.TD, o.founded().map(PartialDate::toString).orElse("unknown"));
      x.element(Html.TD, Long.toString(c.corpus.memberships().stream()
          .filter(m -> m.organization().equals(o.id())).count()));
      x.element(Html.TD, Long.toString(c.corpus.gatherings().stream()
          .filter(s -> s.organization().equals(java.util.Optional.of(o.id()))).count()));
      x.end(Html.TR);
    }
    x.end(Html.TBODY);
    x.end(Html.TABLE);
    page.endSection();
  }

  private void sources() {
    page.section("sources", "Sources");
    x.start(Html.TABLE);
    x.start(Html.THEAD).start(Html.TR);
    for (String h : new String[] {"Document", "Outlet", "Published", "Republication of", "Rights", "Passages cited"}) {
      x.start(Html.TH).attr("scope", "col").text(h).end(Html.TH);
    }
    x.end(Html.TR).end(Html.THEAD);
    x.start(Html.TBODY);
    for (Source s : c.corpus.sources()) {
      x.start(Html.TR);
      x.start(Html.TH).attr("scope", "row");
      page.link(page.href(s.id(), ""), Names.title(s));
      x.end(Html.TH);
      x.element(Html.TD, s.outlet().orElse("unknown"));
      x.element(Html.TD, s.published().map(PartialDate::toString).orElse("unknown"));
      x.start(Html.TD);
      if (s.republicationOf().isPresent() && c.corpus.source(s.republicationOf().get()).isPresent()) {
        Source original = c.corpus.source(s.republicationOf().get()).get();
        page.link(page.href(original.id(), ""), original.id().value());
      } else {
        x.text(s.republicationOf().map(id -> id.value()).orElse("—"));
      }
      x.end(Html.TD);
      List<Rights.Statement> rights = Rights.statedIn(s.text());
      x.element(Html.TD, rights.isEmpty() ? "unknown" : rights.get(0).text());
      x.element(Html.TD, Integer.toString(c.passages(s.id()).size()));
      x.end(Html.TR);
    }
    x.end(Html.TBODY);
    x.end(Html.TABLE);
    page.paragraph(c.options.texts() == SiteOptions.Texts.FULL
        ? "Each source's page shows its full text with the cited passages highlighted."
        : "Each source's page shows only its cited passages, with a little context, not its full text.");
    page.endSection();
  }

  /** Where the sources disagree: every disagreement of the atlas, each side with its sentences. */
  private void disagreements() {
    page.section("disagreements", "Disagreements between sources");
    DisagreementList.write(page, c, c.atlas.disagreements(), true,
        "The sources agree: no two of them give values that cannot both hold, and no complete list leaves"
            + " out a party another source attests.");
    page.endSection();
  }

  private void facts() {
    page.section("facts", "All facts");
    for (FactRef.Kind kind : FactRef.Kind.values()) {
      List<Fact> facts = c.corpus.facts().stream().filter(f -> f.ref().kind() == kind).toList();
      if (facts.isEmpty()) {
        continue;
      }
      x.start(Html.H3).attr("id", "facts-" + kind.label()).text(Names.kindPlural(kind) + " (" + facts.size() + ")")
          .end(Html.H3);
      x.start(Html.UL).attr("class", "facts");
      for (Fact f : facts) {
        x.start(Html.LI);
        page.link(page.href(f.ref(), ""), Names.title(c.atlas, f));
        if (f instanceof Gathering s) {
          x.text(" · " + s.date().map(PartialDate::toString).orElse("date unknown"));
        }
        x.end(Html.LI);
      }
      x.end(Html.UL);
    }
    page.endSection();
  }
}
