/**
 * The OTS Atlas domain: typed identifiers, partial dates, periods with three-valued
 * certainty, the fact types (states, organizations, memberships, corridors, summits),
 * their sources and citations, and the membership rules.
 *
 * <p>Every public type here is immutable and thread-safe, and no method accepts or returns
 * {@code null}: an absent value is an {@link java.util.Optional}.
 */
@AtlasStyle
package io.github.otsatlas.model;
