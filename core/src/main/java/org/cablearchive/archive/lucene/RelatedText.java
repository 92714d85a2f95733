package org.cablearchive.archive.lucene;

import org.cablearchive.model.Cable;

/**
 * The text "more like this" draws its words from, the same for every backend so that they agree: the
 * subject and the opening (the summary when there is one, else the start of the body). Looking up every
 * distinct word of a whole body costs milliseconds per cable page; the opening says what a cable is about.
 */
public final class RelatedText {
  /** The most words read from the text. */
  public static final int MAX_TOKENS = 300;
  /**
   * Words found in more than this share of all cables (per cent) are not used: "embassy" or "the" say
   * nothing about what a cable is about, and their long lists of cables made the query slow.
   */
  public static final int MAX_DOC_FREQ_PERCENT = 10;
  /** In a small archive every word is rare enough: one found in this many cables or fewer is always used. */
  private static final int ALWAYS_RARE = 100;
  private static final int OPENING_CHARS = 2_000;

  private RelatedText() {}

  /** The most cables a word may occur in to be used, out of {@code cables}. */
  public static int maxDocFreq(long cables) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(ALWAYS_RARE, cables * MAX_DOC_FREQ_PERCENT / 100));
  }

  public static String of(Cable cable) {
    String subject = cable.subject() == null ? "" : cable.subject();
    return subject + "\n" + opening(cable);
  }

  private static String opening(Cable cable) {
    if (cable.summary() != null && !cable.summary().isBlank()) {
      return cable.summary();
    }
    String body = cable.body();
    return body.length() <= OPENING_CHARS ? body : body.substring(0, OPENING_CHARS);
  }
}
