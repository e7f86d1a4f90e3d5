/**
 * Generators of valid OTS Atlas model objects, for property-testing code built on the
 * model: jqwik {@link io.github.otsatlas.testing.AtlasArbitraries arbitraries} of partial
 * dates, periods and whole {@link io.github.otsatlas.testing.FactSet fact sets}, and the
 * deterministic {@link io.github.otsatlas.testing.CorpusGenerator} behind them.
 */
package io.github.otsatlas.testing;
