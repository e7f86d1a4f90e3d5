package io.github.otsatlas.export;

import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The JSON-LD export as a consumer sees it: parsed by Apache Jena (JSON-LD 1.1 through Titanium;
 * the context is inline, so nothing is fetched) into an RDF model, and asked in SPARQL. The
 * queries use only what the document states (terms of ORG, OWL-Time, Web Annotation and the
 * atlas vocabulary), never the library's own classes.
 */
final class Sparql {
  private final Model model;
  private final LinkedData ld;
  private final String prefixes;

  private Sparql(Model model, LinkedData ld) {
    this.model = model;
    this.ld = ld;
    StringBuilder b = new StringBuilder();
    Map.of("org", "http://www.w3.org/ns/org#", "oa", "http://www.w3.org/ns/oa#",
        "xsd", "http://www.w3.org/2001/XMLSchema#", "dcterms", "http://purl.org/dc/terms/",
        "schema", "https://schema.org/", "atlas", LinkedData.VOCABULARY,
        "skos", "http://www.w3.org/2004/02/skos/core#")
        .forEach((p, iri) -> b.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
    this.prefixes = b.toString();
  }

  /** Exports the atlas as JSON-LD and parses it with Jena. */
  static Sparql of(Atlas atlas) {
    LinkedData ld = LinkedData.of(atlas);
    StringWriter out = new StringWriter();
    try {
      ld.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(out.toString(), Lang.JSONLD).parse(model);
    return new Sparql(model, ld);
  }

  Model model() {
    return model;
  }

  /**
   * Members of an organization on a day, as {@code membership-id CERTAINTY}, sorted: possible
   * when the day lies in the interval's possible days (an absent bound is open), definite when
   * also in its definite days.
   */
  List<String> membersOn(OrganizationId org, LocalDate day, boolean includingPossible) {
    String d = "\"" + day + "\"^^xsd:date";
    String q = prefixes + "SELECT ?m ?certainty WHERE {\n"
        + "  ?m a org:Membership ; org:organization <" + ld.iri(org) + "> ; org:memberDuring ?i .\n"
        + "  OPTIONAL { ?i atlas:earliestDay ?from } OPTIONAL { ?i atlas:latestDay ?to }\n"
        + "  OPTIONAL { ?i atlas:definiteFirstDay ?df ; atlas:definiteLastDay ?dl }\n"
        + "  FILTER ((!BOUND(?from) || ?from <= " + d + ") && (!BOUND(?to) || " + d + " <= ?to))\n"
        + "  BIND (IF(BOUND(?df) && ?df <= " + d + " && " + d + " <= ?dl, \"DEFINITELY\", \"POSSIBLY\") AS ?certainty)\n"
        + (includingPossible ? "" : "  FILTER (?certainty = \"DEFINITELY\")\n")
        + "}";
    List<String> out = new ArrayList<>();
    for (QuerySolution s : select(q)) {
      out.add(local(s.getResource("m").getURI(), "membership/") + " " + s.getLiteral("certainty").getString());
    }
    out.sort(null);
    return out;
  }

  /**
   * The quotations of one claim of a fact, as {@code source start..end exact}, sorted: the
   * annotations whose body is the fact or a part of it and that support the claim.
   */
  List<String> quotesOf(FactRef fact, String claim) {
    String f = "<" + ld.iri(fact) + ">";
    String q = prefixes + "SELECT ?source ?start ?end ?exact WHERE {\n"
        + "  ?a a oa:Annotation ; oa:hasBody ?body ; atlas:supports " + literal(claim) + " ; oa:hasTarget ?t .\n"
        + "  FILTER (?body = " + f + " || EXISTS { ?body dcterms:isPartOf " + f + " })\n"
        + "  ?t oa:hasSource ?source ; oa:hasSelector ?quote, ?position .\n"
        + "  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .\n"
        + "  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .\n"
        + "}";
    List<String> out = new ArrayList<>();
    for (QuerySolution s : select(q)) {
      out.add(local(s.getResource("source").getURI(), "source/") + " " + s.getLiteral("start").getInt()
          + ".." + s.getLiteral("end").getInt() + " " + s.getLiteral("exact").getString());
    }
    out.sort(null);
    return out;
  }

  /**
   * The quotations of every claim at once, keyed by {@code fact-IRI claim}, each list as {@link
   * #quotesOf} gives it: one query where a property over many corpora would ask hundreds.
   */
  Map<String, List<String>> allQuotes() {
    String q = prefixes + "SELECT ?fact ?claim ?source ?start ?end ?exact WHERE {\n"
        + "  ?a a oa:Annotation ; oa:hasBody ?body ; atlas:supports ?claim ; oa:hasTarget ?t .\n"
        + "  OPTIONAL { ?body dcterms:isPartOf ?whole }\n"
        + "  BIND (COALESCE(?whole, ?body) AS ?fact)\n"
        + "  ?t oa:hasSource ?source ; oa:hasSelector ?quote, ?position .\n"
        + "  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .\n"
        + "  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .\n"
        + "}";
    Map<String, List<String>> out = new java.util.TreeMap<>();
    for (QuerySolution s : select(q)) {
      out.computeIfAbsent(s.getResource("fact").getURI() + " " + s.getLiteral("claim").getString(),
          k -> new ArrayList<>()).add(local(s.getResource("source").getURI(), "source/") + " "
          + s.getLiteral("start").getInt() + ".." + s.getLiteral("end").getInt() + " "
          + s.getLiteral("exact").getString());
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  /** Every annotation's quote selector and position selector with its source's text: exact, prefix, suffix, start, end, text. */
  List<QuerySolution> selectors() {
    return select(prefixes + "SELECT ?exact ?prefix ?suffix ?start ?end ?text WHERE {\n"
        + "  ?a a oa:Annotation ; oa:hasTarget ?t . ?t oa:hasSource ?s ; oa:hasSelector ?q, ?p .\n"
        + "  ?q a oa:TextQuoteSelector ; oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .\n"
        + "  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .\n"
        + "  ?s schema:text ?text .\n"
        + "}");
  }

  /** Runs an ASK query (the prefixes are added). */
  boolean ask(String sparql) {
    try (QueryExecution exec = QueryExecution.create(QueryFactory.create(prefixes + sparql), model)) {
      return exec.execAsk();
    }
  }

  /** Runs a SELECT query written with the export's prefixes (atlas:, schema:, skos:, ...). */
  List<QuerySolution> selectPrefixed(String sparql) {
    return select(prefixes + sparql);
  }

  /** Runs a SELECT query and returns every solution. */
  List<QuerySolution> select(String sparql) {
    Query query = QueryFactory.create(sparql);
    try (QueryExecution exec = QueryExecution.create(query, model)) {
      ResultSet rs = exec.execSelect();
      List<QuerySolution> out = new ArrayList<>();
      rs.forEachRemaining(out::add);
      return out;
    }
  }

  private String local(String iri, String kind) {
    String prefix = ld.base() + kind;
    if (!iri.startsWith(prefix)) {
      throw new AssertionError(iri + " is not under " + prefix);
    }
    return iri.substring(prefix.length());
  }

  private static String literal(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
