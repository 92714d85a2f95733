package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;

/**
 * Finds the numbered paragraphs of a body: lines starting {@code ¶1.} or {@code 1.}, optionally followed
 * by a marking {@code (C)}, {@code (S//NF)}, {@code (SBU)}. Which numbered lines are paragraphs, and
 * which are items of a list inside one or text that starts with a number, {@link ParagraphNumbering}
 * decides from all of them at once.
 */
final class ParagraphReader {
  /** Where a paragraph starts: body line, number, marking and where its text begins on the line. */
  record Start(int line, int number, String marking, int textAt) {}

  /** A line that starts with a number and a full stop, with what it may be read as. */
  private record Numbered(int line, int written, int mangled, boolean pilcrow, String marking, int textAt) {}

  private ParagraphReader() {}

  static List<Start> starts(String[] lines) {
    List<Numbered> numbered = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Numbered n = numbered(lines[i], i);
      if (n != null) {
        numbered.add(n);
      }
    }
    if (numbered.isEmpty()) {
      return List.of();
    }
    List<ParagraphNumbering.Line> cues = new ArrayList<>(numbered.size());
    boolean pilcrows = false;
    for (Numbered n : numbered) {
      pilcrows |= n.pilcrow();
      cues.add(new ParagraphNumbering.Line(n.written(), n.mangled(), n.pilcrow(), n.marking() != null,
          n.line() == 0 || setOff(lines[n.line() - 1])));
    }
    int[] numbers = ParagraphNumbering.numbers(cues, marksParagraphs(numbered), pilcrows);
    List<Start> starts = new ArrayList<>();
    for (int k = 0; k < numbered.size(); k++) {
      if (numbers[k] > 0) {
        Numbered n = numbered.get(k);
        starts.add(new Start(n.line(), numbers[k], n.marking(), n.textAt()));
      }
    }
    return starts;
  }

  /** Whether a line starting after {@code previous} stands apart from it: after a blank line, a rule, or a finished sentence. */
  private static boolean setOff(String previous) {
    int end = previous.length();
    while (end > 0 && Character.isWhitespace(previous.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || isRule(previous)) {
      return true;
    }
    char last = previous.charAt(end - 1);
    return last == '.' || last == '"' || last == '\u201d' || last == ')';
  }

  /** A line of dashes, underscores or equals signs (with spaces), as drawn around headings. */
  static boolean isRule(String line) {
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-' || c == '_' || c == '=') {
        marks++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return marks >= 3;
  }

  /** Whether the cable marks its paragraphs: its first paragraph 1 carries a marking. */
  private static boolean marksParagraphs(List<Numbered> numbered) {
    for (Numbered n : numbered) {
      if (n.written() == 1 || n.mangled() == 1) {
        return n.marking() != null;
      }
    }
    return false;
  }

  /** The line read as {@code ¶N.}, {@code N.} or {@code N.(C)}, or null when it does not start so. */
  private static Numbered numbered(String line, int index) {
    int i = TelegramLines.firstNonBlank(line);
    boolean pilcrow = i < line.length() && line.charAt(i) == '¶';
    if (pilcrow) {
      i++;
    }
    int digitsAt = i;
    while (i < line.length() && i - digitsAt < 5 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    int digits = i - digitsAt;
    if (digits == 0 || digits > (pilcrow ? 4 : 3) || i >= line.length() || line.charAt(i) != '.') {
      return null;
    }
    i++;
    if (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '(') {
      return null;
    }
    int written = Integer.parseInt(line.substring(digitsAt, digitsAt + digits));
    int mangled = !pilcrow && digits >= 2 && line.charAt(digitsAt) == '1'
        ? Integer.parseInt(line.substring(digitsAt + 1, digitsAt + digits)) : -1;
    int textAt = TelegramLines.firstNonBlank(line, i);
    String marking = marking(line, textAt);
    if (marking != null) {
      textAt = line.indexOf(')', textAt) + 1;
    }
    return written == 0 ? null : new Numbered(index, written, mangled, pilcrow, marking, textAt);
  }

  /** The marking in parentheses at {@code at}: {@code C}, {@code S//NF}, {@code SBU}; or null. */
  private static String marking(String line, int at) {
    if (at >= line.length() || line.charAt(at) != '(') {
      return null;
    }
    int close = line.indexOf(')', at);
    if (close < 0 || close - at > 16 || close == at + 1) {
      return null;
    }
    boolean lowerCase = false;
    for (int i = at + 1; i < close; i++) {
      char c = line.charAt(i);
      lowerCase |= c >= 'a' && c <= 'z';
      if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && c != '/' && c != ' ' && c != '-') {
        return null;
      }
    }
    String marking = line.substring(at + 1, close).strip();
    // "(c)" in a cable typed in lower case is a marking; "(a)" or "(see below)" is not
    if (lowerCase) {
      marking = marking.toUpperCase(Locale.ROOT);
      return isMarking(marking) ? marking : null;
    }
    return marking;
  }

  private static final Set<String> MARKING_PARTS = Set.of("U", "C", "S", "TS", "SBU", "NF",
      "NOFORN", "FOUO", "REL", "ORCON", "OC", "PROPIN", "SI");

  /** Whether every part of {@code marking} ({@code C}, {@code S/NF}, {@code SBU}) is a classification or caveat. */
  static boolean isMarking(String marking) {
    for (String part : marking.split("[/ -]+")) {
      if (!MARKING_PARTS.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The paragraphs' texts, each up to the next start or the heading before it; the last ends before
   * {@code endLine}, and no text runs past {@code endOffset} (where the signature begins). Each is
   * given with the stretch of the body it stands in, unless one of its lines lost a backslash ending it
   * (its text then is not that stretch's).
   */
  static Paragraphs paragraphs(String body, String[] lines, List<Start> starts, int endLine, int endOffset,
      List<HeadingReader.Lines> headings) {
    int[] lineStarts = starts.isEmpty() ? new int[0] : TelegramLines.lineStarts(body, lines.length);
    Paragraphs.Builder paragraphs = Paragraphs.of(body);
    int heading = 0;
    for (int k = 0; k < starts.size(); k++) {
      Start start = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1).line() : Math.max(endLine, start.line() + 1);
      while (heading < headings.size() && headings.get(heading).cutLine() <= start.line()) {
        heading++;
      }
      // a heading before the next paragraph is not this one's text
      if (heading < headings.size() && headings.get(heading).cutLine() < to) {
        to = headings.get(heading).cutLine();
      }
      add(paragraphs, body, lines, lineStarts, start, Math.min(to, lines.length), endOffset);
    }
    return paragraphs.build();
  }

  private static void add(Paragraphs.Builder paragraphs, String body, String[] lines, int[] lineStarts, Start start,
      int toLine, int endOffset) {
    for (int i = start.line(); i < toLine; i++) {
      if (TelegramLines.lostBackslash(body, lineStarts[i], lines[i])) {
        paragraphs.written(start.number(), start.marking(), TelegramLines.collapse(lines, start.line(), start.textAt(), toLine));
        return;
      }
    }
    int from = lineStarts[start.line()] + Math.min(start.textAt(), lines[start.line()].length());
    int end = Math.min(lineStarts[toLine - 1] + lines[toLine - 1].length(), Math.max(endOffset, from));
    while (from < end && Paragraph.isSpace(body.charAt(from))) {
      from++;
    }
    while (end > from && Paragraph.isSpace(body.charAt(end - 1))) {
      end--;
    }
    if (from == end) {
      paragraphs.written(start.number(), start.marking(), "");
    } else {
      paragraphs.inBody(start.number(), start.marking(), from, end);
    }
  }
}
