/**
 * The OTS Atlas domain: typed identifiers, partial dates, periods with three-valued
 * certainty, the fact types, their sources and citations, and the membership rules.
 *
 * <p>Guava is required transitively because {@code Period.possibleDays()} and {@code
 * definiteDays()} return Guava ranges. Immutables' annotations are needed only to compile:
 * {@code requires static}, so they are never resolved at run time.
 */
module io.github.otsatlas.model {
  requires transitive com.google.common;
  // Immutables ships its annotations as an automatic module (no module-info of its own); the
  // compiler's requires-automatic lint is switched off for this module in its pom.
  requires static org.immutables.value.annotations;

  exports io.github.otsatlas.model;
}
