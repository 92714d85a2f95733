package org.cablearchive.generate;

/** How far {@link CorpusGenerator} has got, told every thousand cables and at the end. */
@FunctionalInterface
public interface GenerationProgress {
  /**
   * @param cables rows written so far
   * @param bytes what those rows take in the UTF-8 file
   */
  void written(long cables, long bytes);
}
