package org.cablearchive.archive;

import java.util.List;

/**
 * A passage of a hit that matched, as plain text with the matched spans marked by offsets
 * (so that callers escape the text themselves).
 *
 * @param paragraph the paragraph number it comes from, or 0 for the subject or unnumbered text
 * @param text the passage
 * @param highlights matched spans within {@code text}: the query's words
 * @param byMeaning whether this is the passage nearest the query in meaning (its words may differ)
 *     rather than one holding the query's words
 */
public record Snippet(int paragraph, String text, List<Highlight> highlights, boolean byMeaning) {
  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** A passage holding the query's words. */
  public Snippet(int paragraph, String text, List<Highlight> highlights) {
    this(paragraph, text, highlights, false);
  }
}
