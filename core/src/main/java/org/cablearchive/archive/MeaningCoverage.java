package org.cablearchive.archive;

/**
 * How much of the archive can be searched by meaning.
 *
 * @param model the meaning model the archive was opened with, or null when it has none
 * @param cables cables held
 * @param withMeaning cables whose current text has a vector from that model
 */
public record MeaningCoverage(String model, long cables, long withMeaning) {
  /** Whether every cable can be found by meaning. */
  public boolean complete() {
    return model != null && withMeaning == cables;
  }

  /** Cables still to embed ({@code cables embed}). */
  public long missing() {
    return cables - withMeaning;
  }
}
