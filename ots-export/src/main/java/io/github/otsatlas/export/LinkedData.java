package io.github.otsatlas.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.google.common.collect.Range;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.QuoteLocation;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A corpus as linked data: one JSON-LD document, its {@code @context} written inline so that
 * reading it needs no network, in the vocabularies the field links data with.
 *
 * <ul>
 *   <li>Every membership is an {@code org:Membership} of the W3C Organization Ontology with
 *       {@code org:member} (a state or an organization), {@code org:organization}, {@code
 *       org:role} (an {@code org:Role}) and {@code org:memberDuring}, an OWL-Time {@code
 *       time:ProperInterval}. Its {@code time:hasBeginning} and, when the end is dated, {@code
 *       time:hasEnd} are {@code time:Instant}s that keep the precision of their partial dates:
 *       {@code time:inXSDgYear}, {@code time:inXSDgYearMonth} or {@code time:inXSDDate}, the same
 *       date as an EDTF literal ({@code atlas:edtf}, datatype {@value #EDTF}) and the earliest and
 *       latest day it may stand for ({@code atlas:earliestDay}, {@code atlas:latestDay}, {@code
 *       xsd:date}). The end is the first day the membership no longer held; an end that is not
 *       dated is {@code atlas:end "ongoing"} (no source reports one) or {@code "unknown"}.
 *   <li>The interval also carries the days its certainty is computed from, as {@code xsd:date}
 *       so that SPARQL can compare days: {@code atlas:earliestDay} and {@code atlas:latestDay},
 *       the first and last day on which the membership possibly held (absent where it is open),
 *       and {@code atlas:definiteFirstDay} and {@code atlas:definiteLastDay}, the first and last
 *       day on which it definitely held (absent when there is none). The membership held on day
 *       D DEFINITELY when D lies in the definite days, POSSIBLY when it lies in the possible days
 *       only, which is exactly {@code Period.contains(D)}. The attestations are {@code
 *       atlas:attestedOn} (EDTF).
 *   <li>States are {@code schema:Country}, organizations {@code org:FormalOrganization} with
 *       {@code org:classification} (their kind, a {@code skos:Concept}), {@code
 *       schema:foundingDate} and their dated names ({@code atlas:DatedName}); schema.org and
 *       SKOS give names, aliases and codes ({@code skos:notation}) where ORG has no term.
 *       Corridors are written with their names, so that their citations have a subject.
 *       Summits and meetings are {@code schema:Event}s, typed {@code atlas:Summit} or {@code
 *       atlas:Meeting}, with their attendees ({@code schema:attendee}), absent parties ({@code
 *       atlas:absent}) and delegates ({@code atlas:delegate}: a party, {@code schema:name},
 *       {@code schema:jobTitle}); recognitions are {@code atlas:Recognition}s ({@code
 *       atlas:recognizer}, {@code atlas:recognized}, an EDTF {@code schema:startDate}).
 *   <li>Every citation is a W3C Web Annotation ({@code oa:Annotation}, motivated by {@code
 *       oa:linking}) whose body is the fact it supports (or the part of it: a dated name, an
 *       outcome) and whose target is the quoted passage of its source: an {@code
 *       oa:SpecificResource} with an {@code oa:TextQuoteSelector} ({@code oa:exact}, the
 *       source's own text of the passage, and {@code oa:prefix}/{@code oa:suffix}, up to 32
 *       characters of the text around it) and an {@code oa:TextPositionSelector} ({@code
 *       oa:start}, {@code oa:end}, counted in Unicode code points). {@code atlas:supports} lists
 *       the claims it supports, as {@code Claim.toString()} writes them ({@code start=2019}),
 *       and {@code atlas:asOf} the day it attests (EDTF).
 *   <li>Sources are documents ({@code foaf:Document}, {@code schema:CreativeWork}) with their
 *       Dublin Core metadata, their URL and their full text ({@code schema:text}), against which
 *       the selectors can be checked.
 * </ul>
 *
 * <p>Resources are named under a base IRI ({@value #DEFAULT_BASE} unless {@link #withBase}
 * says otherwise): {@code state/TUR}, {@code organization/OTS}, {@code
 * membership/uzb-ots-member}, {@code source/tni-coffey-2026}, {@code role/OBSERVER}, and a
 * fact's citations {@code membership/uzb-ots-member/citation/0}, ... Terms of no standard
 * vocabulary are in {@value #VOCABULARY}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("ots.jsonld"))) {
 *   LinkedData.of(Atlas.seeded()).write(out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkedData {
  /** The base IRI resources are named under unless {@link #withBase} changes it. */
  public static final String DEFAULT_BASE = "https://otsatlas.github.io/id/";

  /** The namespace of the terms that no standard vocabulary has, prefix {@code atlas:}. */
  public static final String VOCABULARY = "https://otsatlas.github.io/ns#";

  /** The datatype of EDTF literals, as the Library of Congress names it. */
  public static final String EDTF = "http://id.loc.gov/datatypes/edtf/EDTF";

  /** The prefixes of the inline {@code @context}, in order. */
  static final Map<String, String> PREFIXES = orderedPrefixes();

  private static final int CONTEXT_CHARS = 32;

  private final Atlas atlas;
  private final String base;

  private LinkedData(Atlas atlas, String base) {
    this.atlas = atlas;
    this.base = base;
  }

  /**
   * Returns the linked data of an atlas's corpus, under {@link #DEFAULT_BASE}.
   *
   * @param atlas the atlas, not null
   */
  public static LinkedData of(Atlas atlas) {
    return new LinkedData(Objects.requireNonNull(atlas, "atlas"), DEFAULT_BASE);
  }

  /**
   * Returns a copy that names resources under another base IRI.
   *
   * @param base an absolute IRI ending in {@code /} or {@code #}, not null
   * @throws IllegalArgumentException if it is not one
   */
  public LinkedData withBase(String base) {
    Objects.requireNonNull(base, "base");
    try {
      URI uri = new URI(base);
      if (!uri.isAbsolute() || !(base.endsWith("/") || base.endsWith("#"))) {
        throw new IllegalArgumentException("base '" + base + "' must be an absolute IRI ending in / or #");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base '" + base + "' is not an IRI: " + e.getMessage(), e);
    }
    return new LinkedData(atlas, base);
  }

  /** Returns the base IRI. */
  public String base() {
    return base;
  }

  /** Returns the IRI of a fact (or, for a {@code source:} reference, of a source). */
  public String iri(FactRef ref) {
    return base + ref.kind().label() + "/" + ref.id();
  }

  /** Returns the IRI of a party: the IRI of its state or organization. */
  public String iri(Party party) {
    return base + (party.isState() ? "state/" : "organization/") + party.code();
  }

  /** Returns the IRI of a source. */
  public String iri(SourceId source) {
    return base + "source/" + source.value();
  }

  /** Returns the IRI of a role, an {@code org:Role}. */
  public String iri(Role role) {
    return base + "role/" + role.name();
  }

  /**
   * Writes the document. Does not close {@code out}.
   *
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    JsonFactory factory = JsonFactory.builder().build();
    try (JsonGenerator g = factory.createGenerator(Objects.requireNonNull(out, "out"))) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      new Run(g).document();
    }
  }

  private static Map<String, String> orderedPrefixes() {
    Map<String, String> p = new java.util.LinkedHashMap<>();
    p.put("org", "http://www.w3.org/ns/org#");
    p.put("time", "http://www.w3.org/2006/time#");
    p.put("oa", "http://www.w3.org/ns/oa#");
    p.put("schema", "https://schema.org/");
    p.put("dcterms", "http://purl.org/dc/terms/");
    p.put("foaf", "http://xmlns.com/foaf/0.1/");
    p.put("skos", "http://www.w3.org/2004/02/skos/core#");
    p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    p.put("edtf", "http://id.loc.gov/datatypes/edtf/");
    p.put("atlas", VOCABULARY);
    return java.util.Collections.unmodifiableMap(p);
  }

  /** One writing of the document. */
  private final class Run {
    private final JsonGenerator g;
    private final Corpus corpus;
    private final Map<SourceId, CodePointText> texts = new HashMap<>();

    Run(JsonGenerator g) {
      this.g = g;
      this.corpus = atlas.corpus();
    }

    void document() throws IOException {
      g.writeStartObject();
      g.writeObjectFieldStart("@context");
      for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("@graph");
      Set<Role> roles = EnumSet.noneOf(Role.class);
      corpus.memberships().forEach(m -> roles.add(m.role()));
      for (Role r : roles) {
        role(r);
      }
      for (State s : corpus.states()) {
        state(s);
      }
      for (Organization o : corpus.organizations()) {
        organization(o);
      }
      for (Membership m : corpus.memberships()) {
        membership(m);
      }
      for (Corridor c : corpus.corridors()) {
        corridor(c);
      }
      for (Gathering s : corpus.gatherings()) {
        gathering(s);
      }
      for (RecognitionAct r : corpus.recognitions()) {
        recognition(r);
      }
      for (Fact f : corpus.facts()) {
        annotations(f);
      }
      for (Source s : corpus.sources()) {
        source(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void role(Role r) throws IOException {
      g.writeStartObject();
      g.writeStringField("@id", iri(r));
      g.writeStringField("@type", "org:Role");
      g.writeStringField("skos:prefLabel", r.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      g.writeStringField("skos:notation", r.name());
      g.writeEndObject();
    }

    private void state(State s) throws IOException {
      start(s, "schema:Country", "foaf:Agent");
      g.writeStringField("skos:prefLabel", s.name());
      g.writeStringField("skos:notation", s.id().code());
      strings("skos:altLabel", s.aliases());
      g.writeStringField("atlas:recognition", s.recognition().name());
      ids("atlas:recognizedBy", s.recognizedBy().stream().map(LinkedData.this::iri).toList());
      end(s);
    }

    private void organization(Organization o) throws IOException {
      start(o, "org:FormalOrganization");
      g.writeStringField("skos:prefLabel", o.name());
      g.writeStringField("org:identifier", o.id().code());
      g.writeStringField("skos:notation", o.id().code());
      strings("skos:altLabel", o.aliases());
      g.writeObjectFieldStart("org:classification");
      g.writeStringField("@id", base + "organization-kind/" + o.kind().name());
      g.writeStringField("@type", "skos:Concept");
      g.writeStringField("skos:notation", o.kind().name());
      g.writeEndObject();
      if (o.founded().isPresent()) {
        edtf("schema:foundingDate", o.founded().get());
      }
      if (o.headquarters().isPresent()) {
        g.writeStringField("schema:location", o.headquarters().get());
      }
      if (o.successorOf().isPresent()) {
        id("atlas:successorOf", iri(o.successorOf().get()));
      }
      List<OrganizationName> names = o.names();
      g.writeArrayFieldStart("atlas:name");
      for (int i = 0; i < names.size(); i++) {
        OrganizationName n = names.get(i);
        g.writeStartObject();
        g.writeStringField("@id", partIri(o, i));
        g.writeStringField("@type", "atlas:DatedName");
        id("dcterms:isPartOf", iri(o.ref()));
        g.writeStringField("skos:prefLabel", n.name());
        if (n.from().isPresent()) {
          edtf("atlas:from", n.from().get());
        }
        if (n.renamedAt().isPresent()) {
          id("atlas:renamedAt", summitIri(n.renamedAt().get()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      end(o);
    }

    private void membership(Membership m) throws IOException {
      start(m, "org:Membership");
      id("org:member", iri(m.party()));
      id("org:organization", iri(m.organization()));
      id("org:role", iri(m.role()));
      g.writeObjectFieldStart("org:memberDuring");
      period(m.period());
      g.writeEndObject();
      if (m.endReason().isPresent()) {
        g.writeStringField("atlas:endReason", m.endReason().get().name());
      }
      if (m.grantedAt().isPresent()) {
        id("atlas:grantedAt", summitIri(m.grantedAt().get()));
      }
      end(m);
    }

    private void period(Period p) throws IOException {
      g.writeStringField("@type", "time:ProperInterval");
      if (p.start().isPresent()) {
        instant("time:hasBeginning", p.start().get());
      }
      if (p.end().kind() == PeriodEnd.Kind.DATE) {
        instant("time:hasEnd", p.end().date().orElseThrow());
      } else {
        g.writeStringField("atlas:end", p.end().toString());
      }
      if (!p.attestations().isEmpty()) {
        g.writeArrayFieldStart("atlas:attestedOn");
        for (PartialDate d : p.attestations()) {
          typed(d.toString(), "edtf:EDTF");
        }
        g.writeEndArray();
      }
      Range<LocalDate> possible = p.possibleDays();
      if (possible.hasLowerBound()) {
        date("atlas:earliestDay", possible.lowerEndpoint());
      }
      if (possible.hasUpperBound()) {
        date("atlas:latestDay", possible.upperEndpoint().minusDays(1));
      }
      Range<LocalDate> definite = p.definiteDays();
      if (!definite.isEmpty()) {
        // a non-empty definite range is bounded on both sides (Period.definiteDays)
        date("atlas:definiteFirstDay", definite.lowerEndpoint());
        date("atlas:definiteLastDay", definite.upperEndpoint().minusDays(1));
      }
    }

    private void instant(String field, PartialDate d) throws IOException {
      g.writeObjectFieldStart(field);
      g.writeStringField("@type", "time:Instant");
      switch (d.precision()) {
        case DECADE:
          // XSD has no decade type: the EDTF value below ("199X") carries it alone
          break;
        case YEAR:
          typedField("time:inXSDgYear", d.toString(), "xsd:gYear");
          break;
        case MONTH:
          typedField("time:inXSDgYearMonth", d.toString(), "xsd:gYearMonth");
          break;
        default:
          typedField("time:inXSDDate", d.toString(), "xsd:date");
          break;
      }
      edtf("atlas:edtf", d);
      date("atlas:earliestDay", d.earliest());
      date("atlas:latestDay", d.latest());
      g.writeEndObject();
    }

    private void corridor(Corridor c) throws IOException {
      start(c, "atlas:Corridor");
      g.writeStringField("skos:prefLabel", c.name());
      strings("skos:altLabel", c.aliases());
      g.writeStringField("atlas:kind", c.kind().name());
      g.writeStringField("atlas:status", c.status().name());
      end(c);
    }

    private void gathering(Gathering s) throws IOException {
      start(s, "schema:Event", s instanceof Summit ? "atlas:Summit" : "atlas:Meeting");
      if (s instanceof Meeting m) {
        g.writeStringField("atlas:meetingKind", m.kind().name());
      }
      if (s instanceof Summit summit && summit.collective()) {
        g.writeBooleanField("atlas:collective", true);
      }
      g.writeStringField("schema:name", s.name());
      if (s.organization().isPresent()) {
        id("schema:organizer", iri(s.organization().get()));
      }
      if (s.date().isPresent()) {
        edtf("schema:startDate", s.date().get());
      }
      if (s.hostCity().isPresent()) {
        g.writeStringField("schema:location", s.hostCity().get());
      }
      if (s.hostState().isPresent()) {
        id("atlas:hostState", iri(s.hostState().get()));
      }
      List<Outcome> outcomes = s.outcomes();
      g.writeArrayFieldStart("atlas:outcome");
      for (int i = 0; i < outcomes.size(); i++) {
        Outcome o = outcomes.get(i);
        g.writeStartObject();
        g.writeStringField("@id", partIri(s, i));
        g.writeStringField("@type", "atlas:Outcome");
        id("dcterms:isPartOf", iri(s.ref()));
        g.writeStringField("atlas:kind", o.kind().name());
        g.writeStringField("schema:description", o.text());
        ids("atlas:party", o.parties().stream().map(LinkedData.this::iri).toList());
        g.writeEndObject();
      }
      g.writeEndArray();
      ids("schema:attendee", s.attendance().stream().map(LinkedData.this::iri).toList());
      ids("atlas:absent", s.absence().stream().map(LinkedData.this::iri).toList());
      if (!s.delegates().isEmpty()) {
        g.writeArrayFieldStart("atlas:delegate");
        for (Delegate d : s.delegates()) {
          g.writeStartObject();
          id("atlas:party", iri(d.party()));
          if (d.person().isPresent()) {
            g.writeStringField("schema:name", d.person().get());
          }
          if (d.title().isPresent()) {
            g.writeStringField("schema:jobTitle", d.title().get());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      end(s);
    }

    private void recognition(RecognitionAct r) throws IOException {
      start(r, "atlas:Recognition");
      id("atlas:recognizer", iri(r.recognizer()));
      ids("atlas:recognized", r.recognized().stream().map(LinkedData.this::iri).toList());
      if (r.recognizedAs().isPresent()) {
        g.writeStringField("schema:description", r.recognizedAs().get());
      }
      if (r.date().isPresent()) {
        edtf("schema:startDate", r.date().get());
      }
      if (r.first()) {
        g.writeBooleanField("atlas:first", true);
      }
      end(r);
    }

    /** Writes one annotation per citation of the fact and of its parts, in allCitations() order. */
    private void annotations(Fact f) throws IOException {
      List<? extends Cited> parts = f.parts();
      int index = 0;
      java.util.Set<Citation> done = new java.util.HashSet<>();
      for (int p = -1; p < parts.size(); p++) {
        Cited cited = p < 0 ? f : parts.get(p);
        String body = p < 0 ? iri(f.ref()) : partIri(f, p);
        for (Citation c : cited.citations()) {
          if (done.add(c)) {
            annotation(iri(f.ref()) + "/citation/" + index++, body, c);
          }
        }
      }
    }

    private void annotation(String id, String body, Citation c) throws IOException {
      QuoteLocation at = corpus.locate(c);
      CodePointText text = texts.computeIfAbsent(c.source(),
          s -> new CodePointText(corpus.source(s).orElseThrow().text()));
      g.writeStartObject();
      g.writeStringField("@id", id);
      g.writeStringField("@type", "oa:Annotation");
      id("oa:motivatedBy", "oa:linking");
      id("oa:hasBody", body);
      g.writeArrayFieldStart("atlas:supports");
      for (Claim claim : c.supports()) {
        g.writeString(claim.toString());
      }
      g.writeEndArray();
      if (c.asOf().isPresent()) {
        edtf("atlas:asOf", c.asOf().get());
      }
      g.writeObjectFieldStart("oa:hasTarget");
      g.writeStringField("@type", "oa:SpecificResource");
      id("oa:hasSource", iri(c.source()));
      g.writeArrayFieldStart("oa:hasSelector");
      g.writeStartObject();
      g.writeStringField("@type", "oa:TextQuoteSelector");
      g.writeStringField("oa:exact", at.exact());
      g.writeStringField("oa:prefix", text.substring(at.start() - CONTEXT_CHARS, at.start()));
      g.writeStringField("oa:suffix", text.substring(at.end(), at.end() + CONTEXT_CHARS));
      g.writeEndObject();
      g.writeStartObject();
      g.writeStringField("@type", "oa:TextPositionSelector");
      typedField("oa:start", Integer.toString(at.start()), "xsd:nonNegativeInteger");
      typedField("oa:end", Integer.toString(at.end()), "xsd:nonNegativeInteger");
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }

    private void source(Source s) throws IOException {
      g.writeStartObject();
      g.writeStringField("@id", iri(s.id()));
      g.writeArrayFieldStart("@type");
      g.writeString("foaf:Document");
      g.writeString("schema:CreativeWork");
      g.writeEndArray();
      g.writeStringField("dcterms:identifier", s.id().value());
      if (s.title().isPresent()) {
        g.writeStringField("dcterms:title", s.title().get());
      }
      if (!s.authors().isEmpty()) {
        g.writeObjectFieldStart("schema:author");
        g.writeArrayFieldStart("@list");
        for (String a : s.authors()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      if (s.outlet().isPresent()) {
        g.writeStringField("dcterms:publisher", s.outlet().get());
      }
      if (s.published().isPresent()) {
        edtf("dcterms:issued", s.published().get());
      }
      if (s.url().isPresent()) {
        id("schema:url", s.url().get());
      }
      g.writeStringField("dcterms:language", s.language());
      if (s.republicationOf().isPresent()) {
        id("schema:isBasedOn", iri(s.republicationOf().get()));
      }
      g.writeStringField("atlas:file", s.file());
      if (s.note().isPresent()) {
        g.writeStringField("skos:note", s.note().get());
      }
      g.writeStringField("schema:text", s.text());
      g.writeEndObject();
    }

    private void start(Fact f, String... types) throws IOException {
      g.writeStartObject();
      g.writeStringField("@id", iri(f.ref()));
      if (types.length == 1) {
        g.writeStringField("@type", types[0]);
      } else {
        g.writeArrayFieldStart("@type");
        for (String t : types) {
          g.writeString(t);
        }
        g.writeEndArray();
      }
    }

    private void end(Fact f) throws IOException {
      if (!f.classified().isEmpty()) {
        strings("atlas:classified", f.classified().stream().map(a -> a.fieldName()).sorted().toList());
      }
      if (f.note().isPresent()) {
        g.writeStringField("skos:note", f.note().get());
      }
      g.writeEndObject();
    }

    private String partIri(Fact f, int index) {
      return iri(f.ref()) + (f instanceof Organization ? "/name/" : "/outcome/") + index;
    }

    private String summitIri(SummitId id) {
      return iri(new FactRef(FactRef.Kind.SUMMIT, id.value()));
    }

    private void id(String field, String iri) throws IOException {
      g.writeObjectFieldStart(field);
      g.writeStringField("@id", iri);
      g.writeEndObject();
    }

    private void ids(String field, Collection<String> iris) throws IOException {
      if (iris.isEmpty()) {
        return;
      }
      g.writeArrayFieldStart(field);
      for (String iri : iris) {
        g.writeStartObject();
        g.writeStringField("@id", iri);
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void strings(String field, Collection<String> values) throws IOException {
      if (values.isEmpty()) {
        return;
      }
      g.writeArrayFieldStart(field);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }

    private void edtf(String field, PartialDate d) throws IOException {
      typedField(field, d.toString(), "edtf:EDTF");
    }

    private void date(String field, LocalDate d) throws IOException {
      typedField(field, d.toString(), "xsd:date");
    }

    private void typedField(String field, String value, String type) throws IOException {
      g.writeFieldName(field);
      typed(value, type);
    }

    private void typed(String value, String type) throws IOException {
      g.writeStartObject();
      g.writeStringField("@value", value);
      g.writeStringField("@type", type);
      g.writeEndObject();
    }
  }

  /** Returns {@code LinkedData{base, corpus}}. */
  @Override
  public String toString() {
    return "LinkedData{" + base + ", " + atlas.corpus() + "}";
  }
}
