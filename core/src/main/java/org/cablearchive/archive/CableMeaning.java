package org.cablearchive.archive;

import java.util.List;

/**
 * What a cable means to a {@link MeaningModel}.
 *
 * @param vector the cable's unit vector, made from its subject, summary and opening paragraphs
 * @param passages the unit vectors of those passages, in the cable's order: a search by meaning shows
 *     the passage nearest the query
 */
public record CableMeaning(float[] vector, List<Passage> passages) {
  public CableMeaning {
    passages = List.copyOf(passages);
  }

  /**
   * One passage's meaning.
   *
   * @param paragraph the paragraph it stands in, or 0 for a cable without numbered paragraphs
   */
  public record Passage(int paragraph, float[] vector) {}
}
