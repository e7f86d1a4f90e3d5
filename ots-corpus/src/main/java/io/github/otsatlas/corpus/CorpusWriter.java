package io.github.otsatlas.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.otsatlas.model.Citation;
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
      if (!CorpusFiles.isPlainName(s.file()) || s.file().equals(CorpusLoader.SOURCES)
          || CorpusLoader.KINDS.stream().anyMatch(k -> s.file().equals(k + ".json"))) {
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
      json(dir.resolve(CorpusLoader.SOURCES), "sources", corpus.sources(), CorpusWriter::source);
      json(dir.resolve("states.json"), "states", corpus.states(), CorpusWriter::state);
      json(dir.resolve("organizations.json"), "organizations", corpus.organizations(), CorpusWriter::organization);
      json(dir.resolve("memberships.json"), "memberships", corpus.memberships(), CorpusWriter::membership);
      json(dir.resolve("corridors.json"), "corridors", corpus.corridors(), CorpusWriter::corridor);
      json(dir.resolve("summits.json"), "summits", corpus.summits(), CorpusWriter::summit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write corpus to " + dir, e);
    }
  }

  /** Writes one record's fields. */
  private interface RecordWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void json(Path file, String array, Collection<T> items, RecordWriter<T> w)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeArrayFieldStart(array);
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
    g.writeStringField("id", s.id().value());
    g.writeStringField("file", s.file());
    opt(g, "title", s.title());
    strings(g, "authors", s.authors());
    opt(g, "outlet", s.outlet());
    g.writeStringField("published", date(s.published()));
    opt(g, "url", s.url());
    g.writeStringField("language", s.language());
    opt(g, "republicationOf", s.republicationOf());
    opt(g, "note", s.note());
  }

  private static void state(JsonGenerator g, State s) throws IOException {
    g.writeStringField("id", s.id().code());
    g.writeStringField("name", s.name());
    strings(g, "aliases", s.aliases());
    g.writeStringField("recognition", s.recognition().name());
    strings(g, "recognizedBy", s.recognizedBy());
    tail(g, s);
  }

  private static void organization(JsonGenerator g, Organization o) throws IOException {
    g.writeStringField("id", o.id().code());
    g.writeStringField("kind", o.kind().name());
    g.writeArrayFieldStart("names");
    for (OrganizationName n : o.names()) {
      g.writeStartObject();
      g.writeStringField("name", n.name());
      g.writeStringField("from", date(n.from()));
      opt(g, "renamedAt", n.renamedAt());
      citations(g, n.citations());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "aliases", o.aliases());
    g.writeStringField("founded", date(o.founded()));
    opt(g, "headquarters", o.headquarters());
    opt(g, "successorOf", o.successorOf());
    tail(g, o);
  }

  private static void membership(JsonGenerator g, Membership m) throws IOException {
    g.writeStringField("id", m.id().value());
    g.writeStringField("party", m.party().key());
    g.writeStringField("organization", m.organization().code());
    g.writeStringField("role", m.role().name());
    g.writeStringField("start", date(m.period().start()));
    g.writeStringField("end", m.period().end().toString());
    opt(g, "heldOn", m.period().heldOn());
    opt(g, "endReason", m.endReason());
    opt(g, "grantedAt", m.grantedAt());
    tail(g, m);
  }

  private static void corridor(JsonGenerator g, Corridor c) throws IOException {
    g.writeStringField("id", c.id().value());
    g.writeStringField("name", c.name());
    strings(g, "aliases", c.aliases());
    g.writeStringField("kind", c.kind().name());
    strings(g, "modes", c.modes());
    strings(g, "route", c.route());
    strings(g, "crosses", c.crosses());
    g.writeStringField("status", c.status().name());
    parties(g, "promoters", c.promoters());
    parties(g, "initiators", c.initiators());
    strings(g, "bypasses", c.bypasses());
    strings(g, "connectsTo", c.connectsTo());
    tail(g, c);
  }

  private static void summit(JsonGenerator g, Summit s) throws IOException {
    g.writeStringField("id", s.id().value());
    opt(g, "organization", s.organization());
    g.writeStringField("name", s.name());
    if (s.ordinal().isPresent()) {
      g.writeNumberField("ordinal", s.ordinal().get());
    }
    g.writeStringField("format", s.format().name());
    g.writeStringField("date", date(s.date()));
    opt(g, "hostCity", s.hostCity());
    opt(g, "hostState", s.hostState());
    g.writeStringField("status", s.status().name());
    g.writeArrayFieldStart("outcomes");
    for (Outcome o : s.outcomes()) {
      g.writeStartObject();
      g.writeStringField("kind", o.kind().name());
      g.writeStringField("text", o.text());
      parties(g, "parties", o.parties());
      citations(g, o.citations());
      g.writeEndObject();
    }
    g.writeEndArray();
    parties(g, "attendance", s.attendance());
    tail(g, s);
  }

  private static void tail(JsonGenerator g, Fact f) throws IOException {
    opt(g, "note", f.note());
    citations(g, f.citations());
  }

  private static void citations(JsonGenerator g, List<Citation> citations) throws IOException {
    g.writeArrayFieldStart("citations");
    for (Citation c : citations) {
      g.writeStartObject();
      g.writeStringField("source", c.source().value());
      g.writeStringField("quote", c.quote());
      opt(g, "prefix", c.prefix());
      opt(g, "suffix", c.suffix());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void parties(JsonGenerator g, String name, List<? extends io.github.otsatlas.model.Party> parties)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (var p : parties) {
      g.writeString(p.key());
    }
    g.writeEndArray();
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

  private static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse("unknown");
  }
}
