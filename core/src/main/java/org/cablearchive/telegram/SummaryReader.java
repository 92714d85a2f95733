package org.cablearchive.telegram;

import java.util.List;
import java.util.Locale;
import org.cablearchive.model.Paragraph;

/**
 * The summary: the text between "Summary" and "End Summary" (any case, with {@code .}, {@code :} or
 * dashes), or else a paragraph that starts with "Summary:".
 */
final class SummaryReader {
  private SummaryReader() {}

  static String read(String body, List<Paragraph> paragraphs) {
    String lower = body.toLowerCase(Locale.ROOT);
    int end = lower.indexOf("end summary");
    if (end < 0) {
      end = lower.indexOf("end of summary");
    }
    if (end > 0) {
      int start = startBefore(lower, end);
      if (start >= 0) {
        String text = cleaned(body.substring(start + "summary".length(), end));
        return text.isEmpty() ? null : text;
      }
    }
    for (Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      if (text.regionMatches(true, 0, "summary", 0, 7) && text.length() > 8 && !Character.isLetter(text.charAt(7))) {
        String summary = cleaned(text.substring(7));
        return summary.isEmpty() ? null : summary;
      }
    }
    return null;
  }

  /** The "summary" that opens the summary closed at {@code end}: the last one before it, as a word. */
  private static int startBefore(String lower, int end) {
    int at = lower.lastIndexOf("summary", end - 1);
    while (at >= 0) {
      boolean word = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
          && (at + 7 >= lower.length() || !Character.isLetter(lower.charAt(at + 7)));
      if (word && !lower.startsWith("end ", Math.max(0, at - 4))) {
        return at;
      }
      at = at == 0 ? -1 : lower.lastIndexOf("summary", at - 1);
    }
    return -1;
  }

  /** Drops the punctuation and paragraph mark around the summary's text and joins its lines. */
  private static String cleaned(String text) {
    String t = TelegramLines.collapse(text);
    int i = 0;
    while (i < t.length() && ".:-–— ".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    t = t.substring(i);
    if (t.regionMatches(true, 0, "and comment", 0, 11)) {
      t = t.substring(11).replaceFirst("^[.:\\- ]+", "");
    }
    t = withoutParagraphMark(t);
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '(' || t.charAt(end - 1) == '-')) {
      end--;
    }
    return t.substring(0, end);
  }

  /** {@code ¶1. (C) text} → {@code text}. */
  private static String withoutParagraphMark(String t) {
    int i = 0;
    if (i < t.length() && t.charAt(i) == '¶') {
      i++;
    }
    int digits = i;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i == digits || i >= t.length() || t.charAt(i) != '.') {
      return t;
    }
    String rest = t.substring(i + 1).trim();
    if (rest.startsWith("(") && rest.indexOf(')') > 0 && rest.indexOf(')') < 16) {
      rest = rest.substring(rest.indexOf(')') + 1).trim();
    }
    return rest;
  }
}
