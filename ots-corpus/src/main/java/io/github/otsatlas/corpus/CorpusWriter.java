package io.github.otsatlas.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.PublicationBound;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.Summit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a corpus to a directory in the format {@link CorpusLoader} reads: loading what was
 * written gives an equal corpus. Fields are written in the documented order, optional
 * fields only when present, and source texts byte for byte.
 *
 * <pre>{@code
 * CorpusWriter.write(corpus, Path.of("exported"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private CorpusWriter() {}

  /**
   * Writes every file of the corpus into {@code dir}, creating it if needed and replacing
   * files of the same names.
   *
   * @param corpus the corpus, not null
   * @param dir the directory, not null
   * @throws IllegalArgumentException if a source's file is not a plain file name, is the name
   *     of a JSON file of the format, or is shared by sources of different texts (the corpus
   *     could not be written faithfully); nothing is written then
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Corpus corpus, Path dir) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(dir, "dir");
    // A Corpus built in code may name any file: refuse, before writing anything, names that
    // would lead out of dir, overwrite a JSON file, or let one text overwrite another.
    Map<String, String> texts = new HashMap<>();
    for (Source s : corpus.sources()) {
      if (!CorpusFiles.isPlainName(s.file()) || Format.isFormatFile(s.file())) {
        throw new IllegalArgumentException("source " + s.id() + ": '" + s.file()
            + "' is not a plain file name for a source text in the corpus directory");
      }
      String other = texts.putIfAbsent(s.file(), s.text());
      if (other != null && !other.equals(s.text())) {
        throw new IllegalArgumentException("sources of different texts share the file '" + s.file() + "'");
      }
    }
    try {
      Files.createDirectories(dir);
      for (Source s : corpus.sources()) {
        Files.writeString(dir.resolve(s.file()), s.text(), StandardCharsets.UTF_8);
      }
      json(dir, Format.File.SOURCES, corpus.sources(), CorpusWriter::source);
      json(dir, Format.File.STATES, corpus.states(), CorpusWriter::state);
      json(dir, Format.File.ORGANIZATIONS, corpus.organizations(), CorpusWriter::organization);
      json(dir, Format.File.MEMBERSHIPS, corpus.memberships(), CorpusWriter::membership);
      json(dir, Format.File.CORRIDORS, corpus.corridors(), CorpusWriter::corridor);
      json(dir, Format.File.SUMMITS, corpus.summits(), CorpusWriter::summit);
      json(dir, Format.File.MEETINGS, corpus.meetings(), CorpusWriter::meeting);
      json(dir, Format.File.AGREEMENTS, corpus.agreements(), CorpusWriter::agreement);
      json(dir, Format.File.EXERCISES, corpus.exercises(), CorpusWriter::exercise);
      json(dir, Format.File.RECOGNITIONS, corpus.recognitions(), CorpusWriter::recognition);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write corpus to " + dir, e);
    }
  }

  /** Writes one record's fields. */
  private interface RecordWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void json(Path dir, Format.File file, Collection<T> items, RecordWriter<T> w)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(file.fileName()));
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      if (file == Format.File.SOURCES) {
        g.writeNumberField(Format.FORMAT_VERSION, Format.VERSION);
      }
      g.writeArrayFieldStart(file.array);
      for (T item : items) {
        g.writeStartObject();
        w.write(g, item);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStringField(Format.ID, s.id().value());
    g.writeStringField(Format.FILE, s.file());
    opt(g, Format.TITLE, s.title());
    strings(g, Format.AUTHORS, s.authors());
    opt(g, Format.OUTLET, s.outlet());
    g.writeStringField(Format.PUBLISHED, date(s.published()));
    if (!s.publicationBounds().isEmpty()) {
      g.writeArrayFieldStart(Format.PUBLICATION_BOUNDS);
      for (PublicationBound b : s.publicationBounds()) {
        g.writeStartObject();
        g.writeStringField(b.relation() == PublicationBound.Relation.NOT_BEFORE ? Format.NOT_BEFORE
            : Format.WITHIN, b.date().toString());
        g.writeStringField(Format.QUOTE, b.quote());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    opt(g, Format.URL, s.url());
    g.writeStringField(Format.LANGUAGE, s.language());
    opt(g, Format.REPUBLICATION_OF, s.republicationOf());
    opt(g, Format.NOTE, s.note());
  }

  private static void state(JsonGenerator g, State s) throws IOException {
    g.writeStringField(Format.ID, s.id().code());
    g.writeStringField(Attribute.NAME.fieldName(), s.name());
    strings(g, Attribute.ALIASES, s.aliases());
    g.writeStringField(Attribute.RECOGNITION.fieldName(), s.recognition().name());
    strings(g, Attribute.RECOGNIZED_BY, s.recognizedBy());
    tail(g, s);
  }

  private static void organization(JsonGenerator g, Organization o) throws IOException {
    g.writeStringField(Format.ID, o.id().code());
    g.writeStringField(Attribute.KIND.fieldName(), o.kind().name());
    g.writeArrayFieldStart(Format.NAMES);
    for (OrganizationName n : o.names()) {
      g.writeStartObject();
      g.writeStringField(Attribute.NAME.fieldName(), n.name());
      g.writeStringField(Attribute.FROM.fieldName(), date(n.from()));
      opt(g, Attribute.RENAMED_AT.fieldName(), n.renamedAt());
      citations(g, n.citations(), n);
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, Attribute.ALIASES, o.aliases());
    g.writeStringField(Attribute.FOUNDED.fieldName(), date(o.founded()));
    opt(g, Attribute.HEADQUARTERS.fieldName(), o.headquarters());
    opt(g, Attribute.SUCCESSOR_OF.fieldName(), o.successorOf());
    if (!o.ledBy().isEmpty()) {
      strings(g, Attribute.LED_BY, o.ledBy());
    }
    if (!o.founders().isEmpty()) {
      parties(g, Attribute.FOUNDERS, o.founders());
    }
    if (!o.founderBodies().isEmpty()) {
      strings(g, Attribute.FOUNDER_BODIES, o.founderBodies());
    }
    opt(g, Attribute.HOST_STATE.fieldName(), o.hostState());
    opt(g, Attribute.FRAMEWORK.fieldName(), o.framework());
    tail(g, o);
  }

  private static void membership(JsonGenerator g, Membership m) throws IOException {
    g.writeStringField(Format.ID, m.id().value());
    g.writeStringField(Attribute.PARTY.fieldName(), m.party().key());
    g.writeStringField(Attribute.ORGANIZATION.fieldName(), m.organization().code());
    values(g, Attribute.ROLE, m.roles(), false);
    values(g, Attribute.START, m.starts(), true);
    g.writeStringField(Attribute.END.fieldName(), m.end().toString());
    opt(g, Attribute.END_REASON.fieldName(), m.endReason());
    opt(g, Attribute.GRANTED_AT.fieldName(), m.grantedAt());
    tail(g, m);
  }

  private static void corridor(JsonGenerator g, Corridor c) throws IOException {
    g.writeStringField(Format.ID, c.id().value());
    g.writeStringField(Attribute.NAME.fieldName(), c.name());
    strings(g, Attribute.ALIASES, c.aliases());
    g.writeStringField(Attribute.KIND.fieldName(), c.kind().name());
    strings(g, Attribute.MODES, c.modes());
    strings(g, Attribute.ROUTE, c.route());
    strings(g, Attribute.CROSSES, c.crosses());
    g.writeStringField(Attribute.STATUS.fieldName(), c.status().name());
    parties(g, Attribute.PROMOTERS, c.promoters());
    parties(g, Attribute.INITIATORS, c.initiators());
    strings(g, Attribute.BYPASSES, c.bypasses());
    strings(g, Attribute.CONNECTS_TO, c.connectsTo());
    if (!c.stakeholders().isEmpty()) {
      parties(g, Attribute.STAKEHOLDERS, c.stakeholders());
    }
    if (!c.canConnectTo().isEmpty()) {
      strings(g, Attribute.CAN_CONNECT_TO, c.canConnectTo());
    }
    tail(g, c);
  }

  private static void summit(JsonGenerator g, Summit s) throws IOException {
    g.writeStringField(Format.ID, s.id().value());
    opt(g, Attribute.ORGANIZATION.fieldName(), s.organization());
    g.writeStringField(Format.SUMMIT_NAME, s.name());
    if (s.ordinal().isPresent()) {
      g.writeNumberField(Attribute.ORDINAL.fieldName(), s.ordinal().get());
    }
    g.writeStringField(Attribute.FORMAT.fieldName(), s.format().name());
    if (s.collective()) {
      g.writeBooleanField(Attribute.COLLECTIVE.fieldName(), true);
    }
    shared(g, s);
  }

  private static void meeting(JsonGenerator g, Meeting m) throws IOException {
    g.writeStringField(Format.ID, m.id().value());
    opt(g, Attribute.ORGANIZATION.fieldName(), m.organization());
    g.writeStringField(Format.SUMMIT_NAME, m.name());
    g.writeStringField(Attribute.KIND.fieldName(), m.kind().name());
    if (m.ordinal().isPresent()) {
      g.writeNumberField(Attribute.ORDINAL.fieldName(), m.ordinal().get());
    }
    shared(g, m);
  }

  /** Writes what a summit and a meeting share, from the dates on, then the record's tail. */
  private static void shared(JsonGenerator g, Gathering s) throws IOException {
    values(g, Attribute.DATE, s.dates(), true);
    values(g, Attribute.HOST_CITY, s.hostCities(), false);
    values(g, Attribute.HOST_STATE, s.hostStates(), false);
    if (s.statuses().isEmpty()) {
      g.writeStringField(Attribute.STATUS.fieldName(), SummitStatus.UNKNOWN.name());
    } else {
      values(g, Attribute.STATUS, s.statuses(), false);
    }
    g.writeArrayFieldStart(Format.OUTCOMES);
    for (Outcome o : s.outcomes()) {
      g.writeStartObject();
      g.writeStringField(Attribute.KIND.fieldName(), o.kind().name());
      g.writeStringField(Format.TEXT, o.text());
      parties(g, Attribute.PARTIES, o.parties());
      citations(g, o.citations(), o);
      g.writeEndObject();
    }
    g.writeEndArray();
    parties(g, Attribute.ATTENDANCE, s.attendance());
    if (!s.absence().isEmpty()) {
      parties(g, Attribute.ABSENCE, s.absence());
    }
    if (!s.invited().isEmpty()) {
      parties(g, Attribute.INVITED, s.invited());
    }
    if (!s.delegates().isEmpty()) {
      g.writeArrayFieldStart(Attribute.DELEGATES.fieldName());
      for (Delegate d : s.delegates()) {
        g.writeStartObject();
        g.writeStringField(Format.DELEGATE_PARTY, d.party().key());
        opt(g, Format.DELEGATE_PERSON, d.person());
        opt(g, Format.DELEGATE_TITLE, d.title());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    tail(g, s);
  }

  private static void recognition(JsonGenerator g, RecognitionAct r) throws IOException {
    g.writeStringField(Format.ID, r.id().value());
    g.writeStringField(Attribute.RECOGNIZER.fieldName(), r.recognizer().code());
    strings(g, Attribute.RECOGNIZED, r.recognized());
    opt(g, Attribute.RECOGNIZED_AS.fieldName(), r.recognizedAs());
    values(g, Attribute.DATE, r.dates(), true);
    if (r.first()) {
      g.writeBooleanField(Attribute.FIRST.fieldName(), true);
    }
    tail(g, r);
  }

  private static void agreement(JsonGenerator g, Agreement a) throws IOException {
    g.writeStringField(Format.ID, a.id().value());
    g.writeStringField(Format.AGREEMENT_NAME, a.name());
    g.writeStringField(Attribute.KIND.fieldName(), a.kind().name());
    parties(g, Attribute.PARTIES, a.parties());
    strings(g, Attribute.SIGNATORIES, a.signatories());
    values(g, Attribute.DATE, a.dates(), true);
    values(g, Attribute.HOST_CITY, a.hostCities(), false);
    values(g, Attribute.HOST_STATE, a.hostStates(), false);
    opt(g, Attribute.ADOPTED_AT.fieldName(), a.adoptedAt());
    opt(g, Attribute.SUBJECT.fieldName(), a.subject());
    tail(g, a);
  }

  private static void exercise(JsonGenerator g, Exercise e) throws IOException {
    g.writeStringField(Format.ID, e.id().value());
    g.writeStringField(Format.LABEL, e.label());
    opt(g, Attribute.NAME.fieldName(), e.name());
    g.writeStringField(Attribute.STATUS.fieldName(), e.status().name());
    values(g, Attribute.DATE, e.dates(), true);
    values(g, Attribute.HOST_STATE, e.hostStates(), false);
    parties(g, Attribute.ORGANIZERS, e.organizers());
    parties(g, Attribute.PARTICIPANTS, e.participants());
    opt(g, Attribute.FRAMEWORK.fieldName(), e.framework());
    tail(g, e);
  }

  private static void tail(JsonGenerator g, Fact f) throws IOException {
    if (!f.classified().isEmpty()) {
      g.writeArrayFieldStart(Format.CLASSIFIED);
      for (Attribute a : f.classified()) {
        g.writeString(a.fieldName());
      }
      g.writeEndArray();
    }
    opt(g, Format.NOTE, f.note());
    citations(g, f.citations(), f);
  }

  private static void citations(JsonGenerator g, List<Citation> citations, Cited part) throws IOException {
    java.util.Map<Attribute, Integer> counts = new java.util.EnumMap<>(Attribute.class);
    for (Claim claim : part.claims()) {
      counts.merge(claim.attribute(), 1, Integer::sum);
    }
    g.writeArrayFieldStart(Format.CITATIONS);
    for (Citation c : citations) {
      g.writeStartObject();
      g.writeStringField(Format.SOURCE, c.source().value());
      g.writeStringField(Format.QUOTE, c.quote());
      opt(g, Format.PREFIX, c.prefix());
      opt(g, Format.SUFFIX, c.suffix());
      g.writeArrayFieldStart(Format.SUPPORTS);
      for (Claim claim : c.supports()) {
        g.writeString(Format.supportsEntry(claim, counts.getOrDefault(claim.attribute(), 0) > 1));
      }
      g.writeEndArray();
      opt(g, Format.AS_OF, c.asOf());
      opt(g, Format.COMPLETE_LIST_OF, c.completeListOf());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void parties(JsonGenerator g, Attribute attribute, List<? extends io.github.otsatlas.model.Party> parties)
      throws IOException {
    g.writeArrayFieldStart(attribute.fieldName());
    for (var p : parties) {
      g.writeString(p.key());
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, Attribute attribute, Collection<?> values) throws IOException {
    strings(g, attribute.fieldName(), values);
  }

  private static void strings(JsonGenerator g, String name, Collection<?> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (Object v : values) {
      g.writeString(v instanceof Enum ? ((Enum<?>) v).name() : v.toString());
    }
    g.writeEndArray();
  }

  private static void opt(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  /**
   * Writes a single-valued field that sources may dispute: one value as a string, several as an
   * array, none as {@code "unknown"} when {@code unknownIfNone} (and not at all otherwise).
   */
  private static void values(JsonGenerator g, Attribute attribute, List<?> values, boolean unknownIfNone)
      throws IOException {
    if (values.isEmpty()) {
      if (unknownIfNone) {
        g.writeStringField(attribute.fieldName(), Format.UNKNOWN);
      }
    } else if (values.size() == 1) {
      Object v = values.get(0);
      g.writeStringField(attribute.fieldName(), v instanceof Enum ? ((Enum<?>) v).name() : v.toString());
    } else {
      strings(g, attribute, values);
    }
  }

  private static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse(Format.UNKNOWN);
  }
}
