/**
 * The corpus file format (see {@code seeds/README.md}): {@link
 * io.github.otsatlas.corpus.CorpusLoader} reads a corpus directory strictly and all or
 * nothing, {@link io.github.otsatlas.corpus.CorpusWriter} writes one back, and {@link
 * io.github.otsatlas.corpus.SeedCorpus} loads the embedded seed corpus from the class path.
 */
package io.github.otsatlas.corpus;
