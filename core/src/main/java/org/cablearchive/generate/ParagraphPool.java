package org.cablearchive.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Real paragraph texts (what follows the {@code 1. (C)} mark), in the two layouts of the release:
 * wrapped at about 65 columns with a trailing space per line (older pages), or one long line.
 */
final class ParagraphPool {
  private final List<String> wrapped = new ArrayList<>();
  private final List<String> longLines = new ArrayList<>();

  void add(String tsvLine) {
    String text = ReleaseProfile.unescape(tsvLine.substring(2));
    (tsvLine.charAt(0) == 'W' ? wrapped : longLines).add(text);
  }

  String pick(boolean wrappedLayout, SplittableRandom random) {
    List<String> from = wrappedLayout ? wrapped : longLines;
    return from.get(random.nextInt(from.size()));
  }

  /** The share of wrapped paragraphs, so that layouts are drawn as often as the sample has them. */
  double wrappedShare() {
    return wrapped.size() / (double) (wrapped.size() + longLines.size());
  }
}
