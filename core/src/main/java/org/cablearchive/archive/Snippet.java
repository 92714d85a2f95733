package org.cablearchive.archive;

import java.util.List;

/**
 * A passage of a hit that matched, as plain text with the matched spans marked by offsets
 * (so that callers escape the text themselves).
 *
 * @param paragraph the paragraph number it comes from, or 0 for the subject or unnumbered text
 * @param text the passage
 * @param highlights matched spans within {@code text}
 */
public record Snippet(int paragraph, String text, List<Highlight> highlights) {
  public Snippet {
    highlights = List.copyOf(highlights);
  }
}
