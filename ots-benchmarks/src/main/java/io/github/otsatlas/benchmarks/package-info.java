/**
 * JMH benchmarks of OTS Atlas queries, loading and memory, side by side with the tools a
 * user would pick instead. Not part of the published API; see {@code docs/benchmarks.md}.
 */
package io.github.otsatlas.benchmarks;
