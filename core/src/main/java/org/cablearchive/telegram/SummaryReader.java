package org.cablearchive.telegram;

import java.util.regex.Pattern;
import java.util.List;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;

/**
 * The summary: the text between the first "Summary" and the "End Summary" after it (any case, with
 * {@code .}, {@code :} or dashes; a "Summary continued" inside stays in the text); else, when "End
 * Summary" has no opening, the paragraph it closes; else a paragraph that starts with "Summary:".
 */
final class SummaryReader {
  private static final Pattern ESCAPED_LINE_END = Pattern.compile("\\\\[ \\t]*(?=\\r?\\n)");
  private static final Pattern LABEL_WORDS = Pattern.compile("^(?i:and|&)\\s+(?:[A-Za-z]+\\s+){0,3}?[A-Za-z]+\\s*(?:[.:]+|[-\u2010-\u2015]{3,})\\s*");
  private static final Pattern LEADING_MARKING = Pattern.compile("^\\(\\s*[A-Z/]{1,8}\\s*\\)\\s*");
  private static final Pattern PARAGRAPH_MARKS = Pattern.compile("\\s¶?\\d{1,2}\\.\\s*\\([A-Z/]{1,8}\\)");
  private SummaryReader() {}

  /** The summary of {@code body}, read from {@code from} on (where the text starts, past a stub and dump before it). */
  static String read(String body, int from, Paragraphs paragraphs) {
    int open = -1;
    for (int at = TelegramLines.indexOfIgnoreCase(body, "summary", from); at >= 0;
        at = TelegramLines.indexOfIgnoreCase(body, "summary", at + 7)) {
      if (!isWord(body, at)) {
        continue;
      }
      int closing = closingStart(body, at);
      if (closing < 0) {
        // a heading "SUMMARY" over "1. Summary: …": the summary opens at the last one
        open = open < 0 || onlyMarksBetween(body, open + 7, at) ? at : open;
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

  /**
   * Where "end summary" or "end of summary" starts when the "summary" at {@code at} closes one, else -1;
   * the words may stand on two lines ({@code END / SUMMARY.}).
   */
  private static int closingStart(String body, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(body.charAt(i - 1))) {
      i--;
    }
    if (i == at) {
      return -1;
    }
    if (i >= 3 && body.regionMatches(true, i - 3, "end", 0, 3) && (i == 3 || !Character.isLetter(body.charAt(i - 4)))) {
      return i - 3;
    }
    if (i >= 6 && body.regionMatches(true, i - 6, "end of", 0, 6)) {
      return i - 6;
    }
    return -1;
  }

  /** Whether only rules, numbers, markings and blanks stand in {@code [from, to)}: no word of the text. */
  private static boolean onlyMarksBetween(String body, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (Character.isLetter(c) && ++letters > 6) {
        return false;
      }
    }
    return true;
  }

  /** Drops the punctuation and paragraph mark around the summary's text and joins its lines. */
  private static String cleaned(String text) {
    // lines ending in an escaping backslash
    String t = TelegramLines.collapse(text.indexOf('\\') < 0 ? text : ESCAPED_LINE_END.matcher(text).replaceAll(""));
    int i = 0;
    while (i < t.length() && ".:-–— ".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    t = t.substring(i);
    // "Summary and Comment:", "Summary and Action Request.", "SUMMARY AND INTRODUCTION ----": the label's own words
    t = LABEL_WORDS.matcher(t).replaceFirst("");
    t = withoutParagraphMark(t);
    t = LEADING_MARKING.matcher(t).replaceFirst("");
    // a summary over several paragraphs: their numbers and markings are not its text
    t = t.indexOf('(') < 0 ? t : PARAGRAPH_MARKS.matcher(t).replaceAll("");
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
