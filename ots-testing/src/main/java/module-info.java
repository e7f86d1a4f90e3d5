/**
 * jqwik arbitraries and a deterministic generator of valid OTS Atlas model objects and
 * corpora, for property tests of code built on the model.
 */
module io.github.otsatlas.testing {
  requires transitive io.github.otsatlas.model;
  requires transitive net.jqwik.api;

  exports io.github.otsatlas.testing;
}
