/**
 * OTS Atlas in the formats of the field: state-year tables (CSV, JSON) and linked data
 * (JSON-LD).
 *
 * <p>Requires the query module transitively (every export starts from an {@code Atlas});
 * Jackson, which writes the files, stays an implementation detail.
 */
module io.github.otsatlas.export {
  requires transitive io.github.otsatlas.query;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.otsatlas.export;
}
