package org.cablearchive.telegram;

import java.util.List;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;

/**
 * The summary: the text between the first "Summary" and the "End Summary" after it (any case, with
 * {@code .}, {@code :} or dashes; a "Summary continued" inside stays in the text); else, when "End
 * Summary" has no opening, the paragraph it closes; else a paragraph that starts with "Summary:".
 */
final class SummaryReader {
  private SummaryReader() {}

  static String read(String body, Paragraphs paragraphs) {
    int open = -1;
    for (int at = TelegramLines.indexOfIgnoreCase(body, "summary", 0); at >= 0;
        at = TelegramLines.indexOfIgnoreCase(body, "summary", at + 7)) {
      if (!isWord(body, at)) {
        continue;
      }
      int closing = closingStart(body, at);
      if (closing < 0) {
        open = open < 0 ? at : open;
      } else if (open >= 0) {
        String text = cleaned(body.substring(open + "summary".length(), closing));
        return text.isEmpty() ? null : text;
      } else {
        return paragraphClosedBySummary(paragraphs);
      }
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!mayOpenWithSummary(body, paragraphs, i)) {
        continue;
      }
      String text = paragraphs.get(i).text();
      if (text.regionMatches(true, 0, "summary", 0, 7) && text.length() > 8 && !Character.isLetter(text.charAt(7))) {
        String summary = cleaned(text.substring(7));
        return summary.isEmpty() ? null : summary;
      }
    }
    return null;
  }

  /**
   * Whether paragraph {@code i} may start with "summary", read from the body where it stands there:
   * its text starts where its stretch does, and so is only collapsed when it may.
   */
  private static boolean mayOpenWithSummary(String body, Paragraphs paragraphs, int i) {
    int start = paragraphs.start(i);
    return start < 0 || body.regionMatches(true, start, "summary", 0, 7);
  }

  /** "End Summary" with no opening: the summary is the paragraph it closes, up to it. */
  private static String paragraphClosedBySummary(List<Paragraph> paragraphs) {
    for (Paragraph paragraph : paragraphs) {
      int end = TelegramLines.indexOfIgnoreCase(paragraph.text(), "end summary", 0);
      if (end > 0) {
        String text = cleaned(paragraph.text().substring(0, end));
        return text.isEmpty() ? null : text;
      }
    }
    return null;
  }

  private static boolean isWord(String body, int at) {
    return (at == 0 || !Character.isLetter(body.charAt(at - 1)))
        && (at + 7 >= body.length() || !Character.isLetter(body.charAt(at + 7)));
  }

  /** Where "end summary" or "end of summary" starts when the "summary" at {@code at} closes one, else -1. */
  private static int closingStart(String body, int at) {
    if (at >= 4 && body.regionMatches(true, at - 4, "end ", 0, 4)) {
      return at - 4;
    }
    if (at >= 7 && body.regionMatches(true, at - 7, "end of ", 0, 7)) {
      return at - 7;
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
    String rest = t.substring(i + 1).strip();
    if (rest.startsWith("(") && rest.indexOf(')') > 0 && rest.indexOf(')') < 16) {
      rest = rest.substring(rest.indexOf(')') + 1).strip();
    }
    return rest;
  }
}
