/**
 * OTS Atlas in the formats of the field: the memberships as a {@linkplain
 * io.github.otsatlas.export.StateYearTable state-year table} in the shape of the Correlates of
 * War IGO data (CSV in long and wide form, and JSON), and the whole corpus as {@linkplain
 * io.github.otsatlas.export.LinkedData linked data} (JSON-LD with the W3C Organization Ontology,
 * OWL-Time and a W3C Web Annotation for every citation).
 *
 * <p>Every public type here is immutable and thread-safe, and no method accepts or returns
 * {@code null}.
 */
package io.github.otsatlas.export;
