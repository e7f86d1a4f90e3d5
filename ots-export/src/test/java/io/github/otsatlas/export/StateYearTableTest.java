package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.State;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.testing.CorpusGenerator;
import io.github.otsatlas.testing.CorpusShape;
import io.github.otsatlas.testing.FactSet;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The state-year table on a corpus of one membership built in the test: how partial dates, the
 * knowledge horizon and CSV quoting show.
 */
final class StateYearTableTest {
  private static final FactSet GENERATED = CorpusGenerator.generate(7, CorpusShape.small());
  private static final Organization ORG = GENERATED.organizations().stream()
      .filter(o -> o.founded().isPresent() && o.founded().get().latest().getYear() < 2000).findFirst().orElseThrow();
  private static final int START = ORG.founded().get().latest().getYear() + 1;

  /**
   * One observer membership of the first state: start known to the year, no end reported, one
   * sentence attesting it on 1 May, two years after the start. The state's name needs quoting.
   */
  private static Atlas oneMembership(PeriodEnd end) {
    Membership template = GENERATED.memberships().stream()
        .filter(m -> m.endReason().isEmpty() && m.grantedAt().isEmpty()).findFirst().orElseThrow();
    State state = GENERATED.states().get(0);
    Membership m = template.withParty(state.id()).withOrganization(ORG.id()).withRole(Role.OBSERVER)
        .withStart(Optional.of(PartialDate.ofYear(START))).withEnd(end);
    Citation c = template.citations().get(0);
    m = m.withCitations(List.of(c.withSupports(m.claims())
        .withAsOf(Optional.of(PartialDate.ofDay(START + 2, 5, 1)))));
    String name = "Republic of \"North\", the";
    State renamed = State.builder().id(state.id()).name(name).addAllAliases(state.aliases())
        .recognition(state.recognition()).addAllRecognizedBy(state.recognizedBy())
        .addAllClassified(state.classified()).addAllCitations(state.citations()).build();
    renamed = renamed.withCitations(state.citations().stream().map(x -> x.withSupports(x.supports().stream()
        .map(cl -> cl.attribute() == Attribute.NAME ? Claim.of(Attribute.NAME, name) : cl).toList())).toList());
    List<State> states = new ArrayList<>(GENERATED.states());
    states.set(0, renamed);
    return Atlas.of(GENERATED.withMemberships(List.of(m)).withStates(states).toCorpus());
  }

  @Test
  void cells_startYearDefinite_horizonYearDefinite_laterYearsPossible_earlierNone() {
    Atlas atlas = oneMembership(PeriodEnd.ongoing());
    StateYearTable t = StateYearTable.of(atlas, START - 1, START + 4);
    State s = atlas.corpus().states().get(0);
    assertEquals(List.of(), texts(t, s, START - 1));
    // "since START": by 31 December of that year it had begun, whatever the day
    assertEquals(List.of("OBSERVER:DEFINITELY"), texts(t, s, START));
    assertEquals(List.of("OBSERVER:DEFINITELY"), texts(t, s, START + 2));
    // past the attestation of START+2-05-01 no source says it still held
    assertEquals(List.of("OBSERVER:POSSIBLY"), texts(t, s, START + 3));
    assertEquals(List.of("OBSERVER:POSSIBLY"), texts(t, s, START + 4));
    assertEquals(Optional.of(PartialDate.ofDay(START + 2, 5, 1)), t.cell(s.id(), ORG.id(), START + 4).get(0).horizon());
    assertEquals(5, t.rows().size());
  }

  @Test
  void cells_datedEnd_noneAfterTheEnd() {
    Atlas atlas = oneMembership(PeriodEnd.on(PartialDate.ofYear(START + 3)));
    StateYearTable t = StateYearTable.of(atlas, START - 1, START + 4);
    State s = atlas.corpus().states().get(0);
    // the end is the first day it no longer held, some day of START+3
    assertEquals(List.of("OBSERVER:POSSIBLY"), texts(t, s, START + 3));
    assertEquals(List.of(), texts(t, s, START + 4));
  }

  @Test
  void csv_nameWithQuoteAndComma_isQuoted_andReadsBack() throws IOException {
    Atlas atlas = oneMembership(PeriodEnd.ongoing());
    StateYearTable t = StateYearTable.of(atlas, START, START + 1);
    StringWriter out = new StringWriter();
    t.writeLongCsv(out);
    assertTrue(out.toString().contains(",\"Republic of \"\"North\"\", the\","), out::toString);
    // a field that needs no quotes gets none, however long
    assertTrue(out.toString().startsWith(String.join(",", StateYearTable.LONG_COLUMNS) + "\n"), out::toString);
    assertTrue(!out.toString().contains("\"" + ORG.id().code() + "\""), out::toString);
    assertEquals(2, CsvReadBack.checkLong(atlas, t));
    assertEquals(2, CsvReadBack.checkWide(atlas, t));
  }

  @Test
  void json_longRows_withNumbersAndNulls() throws IOException {
    Atlas atlas = oneMembership(PeriodEnd.ongoing());
    StringWriter out = new StringWriter();
    StateYearTable.of(atlas, START, START).writeJson(out);
    com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertEquals(1, rows.size());
    assertEquals(START, rows.get(0).get("year").intValue());
    assertEquals("OBSERVER", rows.get(0).get("role").textValue());
    assertEquals((START + 2) + "-05-01", rows.get(0).get("horizon").textValue());
    assertEquals(StateYearTable.LONG_COLUMNS, iterate(rows.get(0).fieldNames()));
  }

  @Test
  void of_reversedOrOutOfRangeYears_isRejected() {
    Atlas atlas = oneMembership(PeriodEnd.ongoing());
    assertThrows(IllegalArgumentException.class, () -> StateYearTable.of(atlas, 2020, 2019));
    assertThrows(IllegalArgumentException.class, () -> StateYearTable.of(atlas, 0, 2019));
    assertThrows(IllegalArgumentException.class, () -> StateYearTable.of(atlas, 2020, 10000));
  }

  private static List<String> texts(StateYearTable t, State s, int year) {
    return t.cell(s.id(), ORG.id(), year).stream().map(StateYearRow::cellText).toList();
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
