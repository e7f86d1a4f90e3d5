package io.github.otsatlas.site;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.Whitespace;
import io.github.otsatlas.query.Quotation;
import java.util.List;

/**
 * Writes disagreements between sources: what each is about, and each side with its position and
 * its sentences, linked to the passage in the source's page. The one place the site renders a
 * {@link Disagreement}, for the index and for fact pages.
 */
final class DisagreementList {
  private DisagreementList() {}

  /**
   * Writes the disagreements as a list, or {@code none} as a paragraph when there are none.
   *
   * @param withFact whether each item names and links its fact (on the index)
   */
  static void write(Page page, Catalogue c, List<Disagreement> disagreements, boolean withFact, String none) {
    Xml x = page.x;
    if (disagreements.isEmpty()) {
      page.paragraph(none);
      return;
    }
    x.start(Html.UL).attr("class", "disagreements");
    for (Disagreement d : disagreements) {
      x.start(Html.LI);
      x.start(Html.P);
      if (withFact) {
        page.link(page.href(d.fact(), ""), d.fact().toString());
        x.text(", ");
      }
      x.text(d.attribute().fieldName() + ": " + (d.kind() == Disagreement.Kind.LEFT_OFF_LIST
          ? "a complete list leaves it out" + d.doubtfulDays().map(r -> "; at most possibly from "
              + r.lowerEndpoint() + (r.hasUpperBound() ? " until " + r.upperEndpoint() : " on")).orElse("")
          : "the sources give values that cannot both hold"));
      x.end(Html.P);
      x.start(Html.UL);
      for (Disagreement.Side side : d.sides()) {
        x.start(Html.LI);
        x.element(Html.STRONG, side.position());
        for (Citation citation : side.citations()) {
          Quotation q = new Quotation(citation, c.corpus.source(citation.source()).orElseThrow(),
              c.corpus.locate(citation));
          Catalogue.Passage p = c.passage(q);
          x.start(Html.BLOCKQUOTE).attr("cite", page.href(q.source().id(), p.inText()));
          x.element(Html.P, Whitespace.fold(q.location().exact()));
          x.end(Html.BLOCKQUOTE);
          x.start(Html.P).attr("class", "cite");
          x.text("— ");
          page.link(page.href(q.source().id(), p.inText()), q.source().label() + ", passage " + p.number());
          citation.asOf().ifPresent(day -> x.text("; as of " + day));
          x.end(Html.P);
        }
        x.end(Html.LI);
      }
      x.end(Html.UL);
      x.end(Html.LI);
    }
    x.end(Html.UL);
  }
}
