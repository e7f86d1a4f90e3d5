package io.github.otsatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.testing.AtlasArbitraries;
import io.github.otsatlas.testing.FactSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated corpora, both CSV forms read back with Commons CSV agree with the Atlas answers,
 * row by row and cell by cell, and the table's rows are its cells.
 */
final class StateYearCsvProperties {

  @Provide
  Arbitrary<FactSet> corpora() {
    return AtlasArbitraries.factSets();
  }

  @Property(tries = 20)
  void csvReadBack_equalsAtlasAnswers(@ForAll("corpora") FactSet facts) {
    Atlas atlas = Atlas.of(facts.toCorpus());
    StateYearTable table = StateYearTable.of(atlas);
    int rows = CsvReadBack.checkLong(atlas, table);
    int cells = CsvReadBack.checkWide(atlas, table);
    assertEquals(table.rows().size(), rows);
    assertEquals(cells, table.rows().stream().map(r -> r.party() + " " + r.organization() + " " + r.year())
        .distinct().count());
  }
}
