package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.State;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV tables back with Apache Commons CSV (not the library that wrote them) and
 * compares every row and every cell with the answer of the Atlas query it stands for, computed
 * here from {@code members(org).during(year)} alone.
 */
final class CsvReadBack {
  private CsvReadBack() {}

  /** Checks the long form: the header, every row's every field, and the row order. */
  static int checkLong(Atlas atlas, StateYearTable table) {
    Parsed parsed = parse(write(table, true));
    assertEquals(StateYearTable.LONG_COLUMNS, parsed.header());
    List<CSVRecord> records = parsed.records();
    List<String> expected = new ArrayList<>();
    forEachAnswer(atlas, table, (org, year, a) -> {
      Membership m = a.subject();
      expected.add(String.join("|", m.party().code(), m.party().isState() ? "state" : "organization",
          atlas.nameOf(m.party()), Integer.toString(year), org.code(), m.role().name(), a.certainty().name(),
          m.id().value(), m.period().horizon().map(PartialDate::toString).orElse("")));
    });
    List<String> actual = new ArrayList<>();
    for (CSVRecord r : records) {
      assertEquals(StateYearTable.LONG_COLUMNS.size(), r.size(), "fields of line " + r.getRecordNumber());
      actual.add(String.join("|", r.values()));
    }
    assertEquals(new TreeSet<>(expected).size(), expected.size(), "no duplicate rows expected");
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    // rows by party (states, then organizations, each by code), year, organization
    List<String> keys = records.stream().map(r -> orderKey(r.get("party_type"), r.get("party"), r.get("year"),
        r.get("organization"))).toList();
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i - 1).compareTo(keys.get(i)) > 0) {
        throw new AssertionError("rows out of order at line " + (i + 2) + ": " + keys.get(i - 1) + " > " + keys.get(i));
      }
    }
    return records.size();
  }

  /** Checks the wide form: the header, one line per party and year, and every cell. */
  static int checkWide(Atlas atlas, StateYearTable table) {
    Parsed parsed = parse(write(table, false));
    assertEquals(wideHeader(atlas), parsed.header());
    List<CSVRecord> records = parsed.records();
    List<OrganizationId> orgs = atlas.corpus().organizations().stream().map(Organization::id).toList();
    // the cells, from the Atlas: party|year|org -> ROLE:CERTAINTY;...
    Map<String, List<String>> cells = new LinkedHashMap<>();
    forEachAnswer(atlas, table, (org, year, a) -> cells.computeIfAbsent(
        a.subject().party().code() + "|" + year + "|" + org.code(), k -> new ArrayList<>())
        .add(a.subject().role().name() + ":" + a.certainty().name()));
    List<Party> parties = new ArrayList<>();
    atlas.corpus().states().stream().map(State::id).forEach(parties::add);
    atlas.corpus().memberships().stream().map(Membership::party).filter(p -> !p.isState())
        .distinct().sorted().forEach(parties::add);
    List<String> expectedKeys = new ArrayList<>();
    for (Party p : parties) {
      for (int y = table.firstYear(); y <= table.lastYear(); y++) {
        expectedKeys.add(p.code() + "|" + y);
      }
    }
    assertEquals(expectedKeys, records.stream().map(r -> r.get("party") + "|" + r.get("year")).toList());
    int filled = 0;
    for (CSVRecord r : records) {
      Party p = parties.get(parties.stream().map(Party::code).toList().indexOf(r.get("party")));
      assertEquals(p.isState() ? "state" : "organization", r.get("party_type"));
      assertEquals(atlas.nameOf(p), r.get("party_name"));
      for (OrganizationId o : orgs) {
        String want = String.join(";", cells.getOrDefault(r.get("party") + "|" + r.get("year") + "|" + o.code(), List.of()));
        assertEquals(want, r.get(o.code()), "cell " + o + " of " + r.get("party") + " in " + r.get("year"));
        filled += want.isEmpty() ? 0 : 1;
      }
    }
    assertEquals(filled, cells.size());
    return filled;
  }

  /** The header of the wide form: the key columns, then one column per organization. */
  private static List<String> wideHeader(Atlas atlas) {
    List<String> h = new ArrayList<>(StateYearTable.WIDE_KEY_COLUMNS);
    atlas.corpus().organizations().forEach(o -> h.add(o.id().code()));
    return h;
  }

  private static String orderKey(String type, String party, String year, String org) {
    return (type.equals("state") ? "0" : "1") + "|" + party + "|" + String.format(java.util.Locale.ROOT, "%04d", Integer.parseInt(year))
        + "|" + org;
  }

  interface AnswerSink {
    void accept(OrganizationId org, int year, Answer<Membership> answer);
  }

  private static void forEachAnswer(Atlas atlas, StateYearTable table, AnswerSink sink) {
    for (Organization o : atlas.corpus().organizations()) {
      for (int y = table.firstYear(); y <= table.lastYear(); y++) {
        for (Answer<Membership> a : atlas.members(o.id()).during(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
            .includingPossible().list()) {
          sink.accept(o.id(), y, a);
        }
      }
    }
  }

  static String write(StateYearTable table, boolean longForm) {
    StringWriter out = new StringWriter();
    try {
      if (longForm) {
        table.writeLongCsv(out);
      } else {
        table.writeWideCsv(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private record Parsed(List<String> header, List<CSVRecord> records) {}

  private static Parsed parse(String csv) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(csv), format)) {
      List<CSVRecord> records = p.getRecords();
      return new Parsed(p.getHeaderNames(), records);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
