package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.StatusReport;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Disagreement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otsatlas.examples.Show;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.ClaimEvidence;
import io.github.otsatlas.query.Evidence;
import io.github.otsatlas.query.Quotation;
import io.github.otsatlas.query.Query;
import io.github.otsatlas.query.TimelineEvent;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prints answers as text (one line each, and what a definite-only query left out) or as JSON
 * (with the citations each answer rests on, labelled with the claims they support).
 */
final class Output {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  /** Returns the line a narrowed atlas prints first, in text mode. */
  static String reportedByLine(Atlas atlas) {
    return Show.reportedBy(atlas);
  }

  /** Adds what a narrowed atlas is narrowed to and leaves out; nothing for the whole atlas. */
  private static void reportedBy(ObjectNode doc, Atlas atlas) {
    atlas.reportedBy().ifPresent(d -> {
      doc.put("asReportedBy", d.toString());
      ArrayNode left = doc.putArray("sourcesLeftOut");
      atlas.sourcesLeftOut().forEach(src -> left.add(src.id().value()));
    });
  }

  /** Adds a disagreement: its kind, fact, attribute, and each side with its quotes. */
  private static void disagreement(ArrayNode list, Atlas atlas, Disagreement d) {
    ObjectNode o = list.addObject();
    o.put("kind", d.kind().name());
    o.put("fact", d.fact().toString());
    o.put("attribute", d.attribute().fieldName());
    d.doubtfulDays().ifPresent(r -> {
      o.put("doubtfulFrom", r.lowerEndpoint().toString());
      if (r.hasUpperBound()) {
        o.put("doubtfulUntil", r.upperEndpoint().toString());
      }
    });
    ArrayNode sides = o.putArray("sides");
    for (Disagreement.Side side : d.sides()) {
      ObjectNode so = sides.addObject();
      so.put("fact", side.fact().toString());
      so.put("claim", side.claim().toString());
      so.put("position", side.position());
      ArrayNode quotes = so.putArray("quotations");
      for (Citation c : side.citations()) {
        ObjectNode q = quotes.addObject();
        q.put("source", c.source().value());
        q.put("text", c.quote());
        c.asOf().ifPresent(a -> q.put("asOf", a.toString()));
      }
    }
  }

  /** Prints every disagreement of the atlas. */
  static void disagreements(Explorer root) {
    Atlas atlas = root.atlas();
    PrintStream out = root.out;
    List<Disagreement> all = atlas.disagreements();
    if (root.json) {
      ObjectNode doc = JSON.createObjectNode();
      reportedBy(doc, atlas);
      doc.put("count", all.size());
      ArrayNode list = doc.putArray("disagreements");
      all.forEach(d -> disagreement(list, atlas, d));
      print(out, doc);
      return;
    }
    out.println("disagreements()");
    for (Disagreement d : all) {
      Show.disagreement(out, atlas, d, 2);
    }
    out.println(all.size() == 1 ? "1 disagreement" : all.size() + " disagreements");
  }

  /**
   * Prints a query's answers: as text, the query, a line per answer and a count (saying how
   * many POSSIBLY answers a definite-only query left out, and how to ask for them); or as JSON,
   * each answer with the quotes it rests on, each labelled with the claims it supports.
   */
  static void answers(Explorer root, Query<?> query) {
    Atlas atlas = root.atlas();
    PrintStream out = root.out;
    List<? extends Answer<?>> answers = query.list();
    if (root.json) {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("query", query.toString());
      reportedBy(doc, atlas);
      doc.put("count", answers.size());
      doc.put("possibleLeftOut", query.possibleLeftOut());
      atlas.newestAttestation().ifPresent(d -> doc.put("newestAttestation", d.toString()));
      ArrayNode list = doc.putArray("answers");
      for (Answer<?> a : answers) {
        ObjectNode o = subject(atlas, a.subject());
        o.put("certainty", a.certainty().name());
        ArrayNode basis = o.putArray("basis");
        a.basis().forEach(f -> basis.add(f.ref().toString()));
        Evidence evidence = atlas.evidence(a);
        quotations(o.putArray("citations"), evidence);
        ArrayNode classified = o.putArray("classified");
        evidence.claims().stream().filter(ClaimEvidence::classified)
            .forEach(c -> classified.add(c.fact() + " " + c.claim()));
        ArrayNode disputes = o.putArray("disagreements");
        a.disagreements().forEach(d -> disagreement(disputes, atlas, d));
        list.add(o);
      }
      print(out, doc);
      return;
    }
    out.println(query);
    for (Answer<?> a : answers) {
      out.println(Show.line(atlas, a));
    }
    Optional<String> leftOut = Show.leftOut(atlas, query, "add --possible");
    out.println(leftOut.orElse(answers.size() == 1 ? "1 answer" : answers.size() + " answers"));
  }

  static void timeline(Explorer root, String organization, List<TimelineEvent> events, Optional<String> svg) {
    PrintStream out = root.out;
    if (root.json) {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("organization", organization);
      ArrayNode list = doc.putArray("events");
      for (TimelineEvent e : events) {
        ObjectNode o = list.addObject();
        putDate(o, "date", e.date());
        o.put("kind", e.kind().name());
        o.put("text", e.text());
        e.party().ifPresent(p -> o.put("party", p.key()));
        o.put("fact", e.fact().toString());
      }
      svg.ifPresent(f -> doc.put("svg", f));
      print(out, doc);
      return;
    }
    out.println("timeline(" + organization + ")");
    events.forEach(out::println);
    svg.ifPresent(f -> out.println("picture written to " + f));
  }

  static void site(Explorer root, java.nio.file.Path directory, int files, long millis) {
    if (root.json) {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("directory", directory.toString());
      doc.put("files", files);
      doc.put("millis", millis);
      print(root.out, doc);
      return;
    }
    root.out.println("site of " + files + " files written to " + directory + " in " + millis + " ms; open "
        + directory.resolve("index.html"));
  }

  static void evidence(Explorer root, String fact, Evidence evidence) {
    PrintStream out = root.out;
    if (root.json) {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("fact", fact);
      List<Quotation> quotations = quotations(doc.putArray("quotations"), evidence);
      ArrayNode claims = doc.putArray("claims");
      for (ClaimEvidence c : evidence.claims()) {
        ObjectNode o = claims.addObject();
        o.put("fact", c.fact().toString());
        o.put("claim", c.claim().toString());
        o.put("classified", c.classified());
        ArrayNode indices = o.putArray("quotations");
        c.quotations().forEach(q -> indices.add(quotations.indexOf(q)));
      }
      ArrayNode attestations = doc.putArray("attestations");
      for (Quotation q : evidence.attestations()) {
        ObjectNode o = attestations.addObject();
        o.put("asOf", q.citation().asOf().orElseThrow().toString());
        o.put("quotation", quotations.indexOf(q));
      }
      sources(doc.putArray("sources"), evidence.sources());
      sources(doc.putArray("independentSources"), evidence.independentSources());
      print(out, doc);
      return;
    }
    out.println("evidence(" + fact + ")");
    Show.evidence(out, evidence, 2);
  }

  /**
   * Adds the evidence's quotations to {@code list}, each with its source, text, offsets, the
   * claims of the evidence it supports and, when it attests a day, that day; returns them in
   * that order.
   */
  private static List<Quotation> quotations(ArrayNode list, Evidence evidence) {
    Set<Quotation> attesting = new LinkedHashSet<>(evidence.attestations());
    for (Quotation q : evidence.quotations()) {
      ObjectNode o = list.addObject();
      o.put("source", q.source().id().value());
      o.put("text", q.text());
      o.put("start", q.location().start());
      o.put("end", q.location().end());
      ArrayNode supports = o.putArray("supports");
      evidence.claims().stream().filter(c -> c.quotations().contains(q))
          .forEach(c -> supports.add(c.claim().toString()));
      if (attesting.contains(q)) {
        o.put("asOf", q.citation().asOf().orElseThrow().toString());
      }
    }
    return evidence.quotations();
  }

  private static void sources(ArrayNode list, Collection<Source> sources) {
    for (Source s : sources) {
      ObjectNode o = list.addObject();
      o.put("id", s.id().value());
      o.put("label", s.label());
      s.url().ifPresent(u -> o.put("url", u));
      s.republicationOf().ifPresent(r -> o.put("republicationOf", r.value()));
    }
  }

  /** The fields of an answer's subject, by its type. */
  private static ObjectNode subject(Atlas atlas, Object subject) {
    ObjectNode o = JSON.createObjectNode();
    if (subject instanceof Membership) {
      Membership m = (Membership) subject;
      o.put("membership", m.id().value());
      o.put("party", m.party().key());
      o.put("partyName", Show.name(atlas, m.party()));
      o.put("organization", m.organization().code());
      o.put("role", m.role().name());
      putDate(o, "start", m.start());
      if (m.starts().size() > 1) {
        ArrayNode starts = o.putArray("startsClaimed");
        m.starts().forEach(d -> starts.add(d.toString()));
      }
      o.put("end", m.end().toString());
      var attested = o.putArray("attestations");
      m.period().attestations().forEach(d -> attested.add(d.toString()));
      m.endReason().ifPresent(r -> o.put("endReason", r.name()));
      m.grantedAt().ifPresent(s -> o.put("grantedAt", s.value()));
    } else if (subject instanceof State) {
      State s = (State) subject;
      o.put("state", s.id().code());
      o.put("name", s.name());
      o.put("recognition", s.recognition().name());
    } else if (subject instanceof Organization) {
      Organization org = (Organization) subject;
      o.put("organization", org.id().code());
      o.put("name", org.name());
      o.put("kind", org.kind().name());
      putDate(o, "founded", org.founded());
    } else if (subject instanceof Corridor) {
      Corridor c = (Corridor) subject;
      o.put("corridor", c.id().value());
      o.put("name", c.name());
      o.put("kind", c.kind().name());
      o.put("status", c.status().name());
      ArrayNode modes = o.putArray("modes");
      c.modes().forEach(m -> modes.add(m.name()));
      waypoints(o.putArray("route"), c.route());
      waypoints(o.putArray("crosses"), c.crosses());
      waypoints(o.putArray("bypasses"), c.bypasses());
      ArrayNode promoters = o.putArray("promoters");
      c.promoters().forEach(p -> promoters.add(p.key()));
    } else if (subject instanceof Summit) {
      Summit s = (Summit) subject;
      o.put("summit", s.id().value());
      o.put("name", s.name());
      s.organization().ifPresent(org -> o.put("organization", org.code()));
      s.ordinal().ifPresent(n -> o.put("ordinal", n));
      o.put("format", s.format().name());
      putDate(o, "date", s.date());
      if (s.dates().size() > 1) {
        ArrayNode dates = o.putArray("datesClaimed");
        s.dates().forEach(d -> dates.add(d.toString()));
      }
      ArrayNode cities = o.putArray("hostCities");
      s.hostCities().forEach(cities::add);
      ArrayNode hosts = o.putArray("hostStates");
      s.hostStates().forEach(h -> hosts.add(h.code()));
      o.put("status", s.status().name());
      ArrayNode reports = o.putArray("statusReports");
      for (StatusReport r : s.statusReports()) {
        ObjectNode ro = reports.addObject();
        ro.put("status", r.status().name());
        ro.put("asOf", r.asOf().toString());
        ro.put("source", r.citation().source().value());
      }
    } else if (subject instanceof Party) {
      o.put("party", ((Party) subject).key());
      o.put("name", Show.name(atlas, (Party) subject));
    } else if (subject instanceof Fact) {
      o.put("fact", ((Fact) subject).ref().toString());
    } else {
      o.put("subject", String.valueOf(subject));
    }
    return o;
  }

  private static void waypoints(ArrayNode list, List<Waypoint> waypoints) {
    waypoints.forEach(w -> list.add(w.toString()));
  }

  private static void putDate(ObjectNode o, String field, Optional<PartialDate> date) {
    o.put(field, date.map(PartialDate::toString).orElse("unknown"));
  }

  private static void print(PrintStream out, ObjectNode doc) {
    try {
      out.println(JSON.writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
