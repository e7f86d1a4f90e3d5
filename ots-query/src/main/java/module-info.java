/**
 * The fluent, indexed, thread-safe query API of OTS Atlas.
 *
 * <p>A program needs only {@code requires io.github.otsatlas.query;}: the model (the types of
 * every answer) and the corpus module (the loader, for {@code Atlas.of(CorpusLoader...)}) are
 * required transitively.
 */
module io.github.otsatlas.query {
  requires transitive io.github.otsatlas.model;
  requires transitive io.github.otsatlas.corpus;

  exports io.github.otsatlas.query;
}
