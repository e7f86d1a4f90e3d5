package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.query.Atlas;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the seed corpus: the state-year tables read back with Commons CSV agree cell by
 * cell with the Atlas answers, and a few entries a reader of the sources can check by hand.
 */
final class StateYearCsvSeedTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final StateYearTable TABLE = StateYearTable.of(ATLAS);
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final OrganizationId CSTO = OrganizationId.of("CSTO");

  @Test
  void longForm_readBack_everyRowIsAnAtlasAnswer() {
    assertTrue(CsvReadBack.checkLong(ATLAS, TABLE) > 200);
  }

  @Test
  void wideForm_readBack_everyCellIsTheAtlasAnswer() {
    assertTrue(CsvReadBack.checkWide(ATLAS, TABLE) > 200);
  }

  @Test
  void wideHeader_organizationIdsUnquoted_evenLongOnes() {
    String header = CsvReadBack.write(TABLE, false).lines().findFirst().orElseThrow();
    assertTrue(header.contains(",ALLIANCE-LOGISTICS-CENTRES,") && !header.contains("\""), header);
  }

  @Test
  void years_spanWhatTheCorpusDates_toTheNewestSource() {
    assertEquals(2026, TABLE.lastYear());
    assertTrue(TABLE.firstYear() <= 2009, "the OTS founding year is inside: " + TABLE.firstYear());
  }

  @Test
  void turkmenistan_observerFrom2021_definiteDuring2021_absentIn2020() {
    // "in 2021": whatever the day, it held by 31 December 2021
    StateId tkm = StateId.of("TKM");
    assertEquals(List.of(), TABLE.cell(tkm, OTS, 2020));
    assertEquals(List.of("OBSERVER:DEFINITELY"), texts(TABLE.cell(tkm, OTS, 2021)));
  }

  @Test
  void kazakhstanInTheCsto_unknownStart_possibleBeforeTheFirstAttestation_definiteUpToTheHorizon() {
    StateId kaz = StateId.of("KAZ");
    assertEquals(List.of("MEMBER:POSSIBLY"), texts(TABLE.cell(kaz, CSTO, 2019)));
    assertEquals(List.of("MEMBER:DEFINITELY"), texts(TABLE.cell(kaz, CSTO, 2021)));
    // the latest sentence saying so attests 13 January 2026: definite during 2026, and past that
    // knowledge horizon only possible
    assertEquals(List.of("MEMBER:DEFINITELY"), texts(TABLE.cell(kaz, CSTO, 2026)));
    assertEquals(List.of("MEMBER:POSSIBLY"), texts(StateYearTable.of(ATLAS, 2026, 2027).cell(kaz, CSTO, 2027)));
  }

  @Test
  void organizationsThatAreMembers_haveRows_northernCyprusByItsOwnCode() {
    assertTrue(TABLE.parties().contains(OrganizationId.of("ECO")));
    assertEquals(Role.OBSERVER, TABLE.cell(OrganizationId.of("ECO"), OTS, 2024).get(0).role());
    assertEquals(Certainty.DEFINITELY, TABLE.cell(StateId.of("XNC"), OTS, 2023).get(0).certainty());
  }

  private static List<String> texts(List<StateYearRow> rows) {
    return rows.stream().map(StateYearRow::cellText).toList();
  }
}
