package io.github.otsatlas.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The memberships of a corpus as a state-year table, in the shape of the Correlates of War
 * (COW) intergovernmental organizations data that researchers merge on a state and a year: one
 * entry per party, organization and year, saying in which role and how certainly the party
 * belonged to the organization during that year.
 *
 * <p>An entry is exactly what {@code atlas.members(org).during(January 1, December 31)
 * .includingPossible()} answers for the party: each membership of the party that held on at
 * least one day of the year, with its role and its certainty ({@code DEFINITELY} when it held
 * on some day of the year in every completion of its partial dates and attestations, {@code
 * POSSIBLY} when only in some). A year in which no membership even possibly held has no entry.
 * Dates are never rounded: Turkmenistan's observer status "since 2021" is DEFINITELY held during
 * 2021 (by December 31 it had begun, whatever the day), and a membership whose start is unknown is
 * POSSIBLY held in every year before its earliest attestation. The knowledge horizon shows as
 * POSSIBLY: with no dated end, a membership is DEFINITELY held only up to the day of its latest
 * attestation ({@link StateYearRow#horizon()}), so the years after it are POSSIBLY, however long
 * ago the membership began.
 *
 * <p>Parties are written by their codes: states by ISO 3166-1 alpha-3 ({@code TUR}), a state
 * without one by the corpus's code from the user-assigned range {@code X..} ({@code XNC}), and an
 * organization that is itself a member by its id ({@code ECO}); the {@code party_type} column
 * tells them apart.
 *
 * <p>Three forms: {@link #writeLongCsv} (one row per entry, the columns of {@link #LONG_COLUMNS}),
 * {@link #writeWideCsv} (one row per party and year, every state of the corpus and every
 * organization that is a member of another, with one column per organization, as COW publishes
 * its state-year file; a cell holds the party's entries as {@code ROLE:CERTAINTY}, several
 * separated by {@code ;}, and is empty when there are none) and {@link #writeJson} (the long
 * rows as an array of JSON objects). CSV is written with Jackson's CSV data format: a header
 * line, {@code \n} line ends, fields quoted where they need it, UTF-8 when the writer is.
 *
 * <p>Immutable and thread-safe.
 */
public final class StateYearTable {
  /** The columns of the long form and of the JSON objects, in order. */
  public static final List<String> LONG_COLUMNS = List.of("party", "party_type", "party_name",
      "year", "organization", "role", "certainty", "membership", "horizon");

  /** The first columns of the wide form; one column per organization follows, by id. */
  public static final List<String> WIDE_KEY_COLUMNS = List.of("party", "party_type", "party_name", "year");

  private final Atlas atlas;
  private final int firstYear;
  private final int lastYear;
  private final List<Party> parties;
  private final List<OrganizationId> organizations;
  private final List<StateYearRow> rows;
  private final Map<Key, List<StateYearRow>> cells;

  private StateYearTable(Atlas atlas, int firstYear, int lastYear) {
    this.atlas = atlas;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    Corpus corpus = atlas.corpus();
    this.organizations = corpus.organizations().stream().map(Organization::id).toList();
    List<Party> ps = new ArrayList<>();
    corpus.states().forEach(s -> ps.add(s.id()));
    corpus.memberships().stream().map(Membership::party).filter(p -> !p.isState())
        .collect(Collectors.toCollection(TreeSet::new)).forEach(ps::add);
    this.parties = List.copyOf(ps);

    List<StateYearRow> all = new ArrayList<>();
    for (OrganizationId org : organizations) {
      for (int year = firstYear; year <= lastYear; year++) {
        for (Answer<Membership> a : atlas.members(org)
            .during(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).includingPossible().list()) {
          Membership m = a.subject();
          all.add(new StateYearRow(m.party(), org, year, m.role(), a.certainty(), m.id(),
              m.period().horizon()));
        }
      }
    }
    // Party, year, organization; within one cell the query's own order (start, then id).
    Map<Party, Integer> partyOrder = new HashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      partyOrder.put(parties.get(i), i);
    }
    List<StateYearRow> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing((StateYearRow r) -> partyOrder.get(r.party()))
        .thenComparingInt(StateYearRow::year)
        .thenComparing(r -> r.organization().code()));
    this.rows = List.copyOf(sorted);
    Map<Key, List<StateYearRow>> byCell = new LinkedHashMap<>();
    for (StateYearRow r : rows) {
      byCell.computeIfAbsent(new Key(r.party(), r.organization(), r.year()), k -> new ArrayList<>()).add(r);
    }
    Map<Key, List<StateYearRow>> frozen = new HashMap<>();
    byCell.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.cells = Map.copyOf(frozen);
  }

  private record Key(Party party, OrganizationId organization, int year) {}

  /**
   * Returns the table of every year from the earliest to the latest year that the corpus dates
   * anything in: a membership's start, end or attestation, an organization's founding or a
   * source's publication.
   *
   * @param atlas the atlas, not null
   * @throws IllegalArgumentException if the corpus dates nothing (then give the years)
   */
  public static StateYearTable of(Atlas atlas) {
    Objects.requireNonNull(atlas, "atlas");
    List<Integer> years = datedYears(atlas.corpus());
    if (years.isEmpty()) {
      throw new IllegalArgumentException("the corpus dates nothing: give the first and last year");
    }
    return new StateYearTable(atlas, years.get(0), years.get(years.size() - 1));
  }

  /**
   * Returns the table of the years from {@code firstYear} to {@code lastYear}, both inclusive.
   *
   * @param atlas the atlas, not null
   * @param firstYear the first year, from 1
   * @param lastYear the last year, not before {@code firstYear}, up to 9999
   * @throws IllegalArgumentException if the years are out of range or reversed
   */
  public static StateYearTable of(Atlas atlas, int firstYear, int lastYear) {
    Objects.requireNonNull(atlas, "atlas");
    if (firstYear < 1 || lastYear > 9999 || lastYear < firstYear) {
      throw new IllegalArgumentException("invalid years " + firstYear + " to " + lastYear
          + ": expected 1 <= first <= last <= 9999");
    }
    return new StateYearTable(atlas, firstYear, lastYear);
  }

  private static List<Integer> datedYears(Corpus corpus) {
    Stream<PartialDate> dates = Stream.of(
        corpus.memberships().stream().flatMap(m -> Stream.concat(
            Stream.concat(m.start().stream(), m.end().date().stream()), m.period().attestations().stream())),
        corpus.organizations().stream().flatMap(o -> o.founded().stream()),
        corpus.sources().stream().flatMap(s -> s.published().stream())).flatMap(s -> s);
    return dates.map(PartialDate::year).sorted().distinct().toList();
  }

  /** Returns the first year of the table. */
  public int firstYear() {
    return firstYear;
  }

  /** Returns the last year of the table. */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns the parties of the wide form, one row per year each: every state of the corpus by
   * code, then every organization that is a member of another, by code.
   */
  public List<Party> parties() {
    return parties;
  }

  /** Returns the organizations of the corpus by id: the columns of the wide form. */
  public List<OrganizationId> organizations() {
    return organizations;
  }

  /** Returns the rows of the long form: by party (as {@link #parties()}), year, organization. */
  public List<StateYearRow> rows() {
    return rows;
  }

  /**
   * Returns the entries of one cell: the party's memberships in the organization that held
   * during the year, possibly or definitely; empty when none did.
   */
  public List<StateYearRow> cell(Party party, OrganizationId organization, int year) {
    return cells.getOrDefault(new Key(party, organization, year), List.of());
  }

  /**
   * Writes the long form as CSV: a header of {@link #LONG_COLUMNS}, then one line per {@linkplain
   * #rows() row}; an empty {@code horizon} when no citation dates the membership. Does not close
   * {@code out}.
   *
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void writeLongCsv(Writer out) throws IOException {
    try (SequenceWriter w = csv(LONG_COLUMNS, out)) {
      for (StateYearRow r : rows) {
        w.write(longRow(r));
      }
    }
  }

  /**
   * Writes the wide form as CSV: a header of {@link #WIDE_KEY_COLUMNS} and one column per
   * organization (its id), then one line per party and year, in the order of {@link #parties()}
   * and then by year; each organization's cell holds the party's entries for that year, each
   * {@code ROLE:CERTAINTY}, separated by {@code ;}, or nothing. Does not close {@code out}.
   *
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void writeWideCsv(Writer out) throws IOException {
    List<String> columns = new ArrayList<>(WIDE_KEY_COLUMNS);
    organizations.forEach(o -> columns.add(o.code()));
    try (SequenceWriter w = csv(columns, out)) {
      for (Party p : parties) {
        for (int year = firstYear; year <= lastYear; year++) {
          Map<String, Object> row = partyColumns(p);
          row.put("year", year);
          for (OrganizationId o : organizations) {
            row.put(o.code(), cell(p, o, year).stream().map(StateYearRow::cellText)
                .collect(Collectors.joining(";")));
          }
          w.write(row);
        }
      }
    }
  }

  /**
   * Writes the long form as a JSON array of objects with the fields of {@link #LONG_COLUMNS}
   * ({@code year} a number, {@code horizon} {@code null} when absent), as {@code pandas.read_json}
   * and R's {@code jsonlite::fromJSON} read it. Does not close {@code out}.
   *
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeValue(out, rows.stream().map(this::longRow).toList());
  }

  private Map<String, Object> longRow(StateYearRow r) {
    Map<String, Object> row = partyColumns(r.party());
    row.put("year", r.year());
    row.put("organization", r.organization().code());
    row.put("role", r.role().name());
    row.put("certainty", r.certainty().name());
    row.put("membership", r.membership().value());
    row.put("horizon", r.horizon().map(PartialDate::toString).orElse(null));
    return row;
  }

  private Map<String, Object> partyColumns(Party p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("party", p.code());
    row.put("party_type", p.isState() ? "state" : "organization");
    row.put("party_name", atlas.nameOf(p));
    return row;
  }

  private static SequenceWriter csv(List<String> columns, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // quote a field only where it needs it (by default Jackson quotes every value longer than 24
    // characters without looking)
    mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    return mapper.writerFor(Map.class).with(schema.build()).writeValues(out);
  }

  /** Returns {@code StateYearTable{years, parties, organizations, rows}}. */
  @Override
  public String toString() {
    return "StateYearTable{" + firstYear + ".." + lastYear + ", " + parties.size() + " parties, "
        + organizations.size() + " organizations, " + rows.size() + " rows}";
  }
}
