/**
 * The OTS Atlas corpus file format: the strict loader, the writer and the embedded seed
 * corpus.
 *
 * <p>Jackson is an implementation detail (no Jackson type appears in the API), so it is
 * required but not re-exported. The seed files are resources of this module, read through
 * {@code Class.getResourceAsStream}, so no package needs to be opened.
 */
module io.github.otsatlas.corpus {
  requires transitive io.github.otsatlas.model;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.otsatlas.corpus;
}
