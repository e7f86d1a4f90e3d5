/**
 * The fluent query API of OTS Atlas. Start from {@link io.github.otsatlas.query.Atlas}:
 *
 * <pre>{@code
 * Atlas atlas = Atlas.seeded();
 * List<Party> observers = atlas.members(OrganizationId.of("OTS"))
 *     .asOf(LocalDate.of(2022, 12, 1)).withRole(Role.OBSERVER).parties();
 * }</pre>
 *
 * <p>Every query object is immutable and thread-safe; each step returns a new one. Terminal
 * methods return immutable lists in a documented, stable order. Every answer carries its
 * {@link io.github.otsatlas.model.Certainty} and the citations that support it.
 */
package io.github.otsatlas.query;
