package org.cablearchive.archive;

import org.cablearchive.model.Cable;

/**
 * A sentence-embedding model: what a cable and a query mean, as unit vectors that lie close when the
 * texts mean nearly the same, whatever words they use. The archive stores cables' vectors and searches
 * them; the model runs in the process that stores and searches (never inside SolrCloud).
 */
public interface MeaningModel {
  /**
   * Names the model and how it reads a cable: vectors stored under another name are computed again by
   * {@code cables embed}.
   */
  String name();

  /** Numbers per vector. */
  int dimensions();

  /** What a cable means: its vector, and the vectors of the passages it was read from. */
  CableMeaning meaningOf(Cable cable);

  /** What a query's words mean. */
  float[] meaningOf(String text);
}
