package org.cablearchive.web;

import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;

/**
 * What a cable says first, for a feed entry, a page description or a shared link's preview: its
 * summary when the parser found one, else its first numbered paragraph, else the start of its body;
 * white space collapsed and cut at a word within the length asked for.
 */
public final class Opening {
  private Opening() {}

  public static String of(Cable cable, int maxLength) {
    String text = cable.summary();
    if (text == null || text.isBlank()) {
      text = cable.paragraphs().stream().map(Paragraph::text).filter(t -> t != null && !t.isBlank()).findFirst()
          .orElse(cable.body());
    }
    return cut(collapsed(text, maxLength + 1), maxLength);
  }

  /**
   * {@code text.replaceAll("\\s+", " ").strip()}, stopped once it is {@code limit} characters long: a cut
   * needs no more, and a body can be long (the whole-text {@code replaceAll} was a thirtieth of a cable
   * page's first view, docs/benchmarks.md).
   */
  static String collapsed(String text, int limit) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
    boolean pendingSpace = false;
    int i = 0;
    for (; i < text.length() && out.length() < limit; i++) {
      char c = text.charAt(i);
      if (isSpace(c) || out.length() == 0 && Character.isWhitespace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
          if (out.length() == limit) {
            break;
          }
        }
        out.append(c);
      }
    }
    // what is left only matters when it is white space to the end, which strip() would take with any before it
    return blankFrom(text, i) ? out.toString().strip() : out.toString();
  }

  private static boolean blankFrom(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The characters of the pattern {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static String cut(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int end = text.lastIndexOf(' ', maxLength - 1);
    return text.substring(0, end > maxLength / 2 ? end : maxLength - 1).stripTrailing() + "…";
  }
}
