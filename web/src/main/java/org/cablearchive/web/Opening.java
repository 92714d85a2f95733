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
    return cut(text.replaceAll("\\s+", " ").strip(), maxLength);
  }

  static String cut(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int end = text.lastIndexOf(' ', maxLength - 1);
    return text.substring(0, end > maxLength / 2 ? end : maxLength - 1).stripTrailing() + "…";
  }
}
