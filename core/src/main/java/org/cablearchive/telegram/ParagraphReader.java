package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;

/**
 * Finds the numbered paragraphs of a body: lines starting {@code ¶1.} or {@code 1.}, optionally followed
 * by a marking {@code (C)}, {@code (S//NF)}, {@code (SBU)}.
 *
 * <p>Where the body marks paragraphs with ¶, only ¶-lines start paragraphs (numbered lists inside a
 * paragraph are not paragraphs), except a line {@code 1N.} where N is the number due next: that is a
 * ¶ that a text conversion turned into "1" ({@code 11.}…{@code 17.} for ¶1…¶7), or a marked line
 * with the number due next ({@code 1.(C)} where only later paragraphs got their ¶). Where the body has no
 * ¶ at all, a numbered line starts a paragraph when its number follows the last one (skipping at most
 * two numbers, or nine when a marking follows), so that lists restarting at 1 inside a paragraph are not taken.
 */
final class ParagraphReader {
  /** Where a paragraph starts: body line, number, marking and where its text begins on the line. */
  record Start(int line, int number, String marking, int textAt) {}

  private ParagraphReader() {}

  static List<Start> starts(String[] lines) {
    boolean pilcrows = hasPilcrowParagraphs(lines);
    List<Start> starts = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < lines.length; i++) {
      Start start = start(lines[i], i, previous, pilcrows);
      if (start != null) {
        starts.add(start);
        previous = start.number();
      }
    }
    return starts;
  }

  private static boolean hasPilcrowParagraphs(String[] lines) {
    for (String line : lines) {
      int at = TelegramLines.firstNonBlank(line);
      if (at + 1 < line.length() && line.charAt(at) == '¶' && Character.isDigit(line.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }

  private static Start start(String line, int index, int previous, boolean pilcrows) {
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
    int mangled = digits >= 2 && line.charAt(digitsAt) == '1' ? Integer.parseInt(line.substring(digitsAt + 1, digitsAt + digits)) : -1;
    int textAt = TelegramLines.firstNonBlank(line, i);
    String marking = marking(line, textAt);
    if (marking != null) {
      textAt = line.indexOf(')', textAt) + 1;
    }
    int number = number(pilcrow, pilcrows, written, mangled, previous, marking != null);
    return number < 0 ? null : new Start(index, number, marking, textAt);
  }

  private static int number(boolean pilcrow, boolean pilcrows, int written, int mangled, int previous, boolean marked) {
    int due = previous + 1;
    if (pilcrow) {
      return written;
    }
    if (mangled == due) {
      return due;
    }
    if (pilcrows) {
      return written == due && marked ? due : -1;
    }
    if (written == due || (written > previous && written <= previous + (marked ? 10 : 3))) {
      return written;
    }
    return -1;
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
    for (int i = at + 1; i < close; i++) {
      char c = line.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && c != '/' && c != ' ' && c != '-') {
        return null;
      }
    }
    return line.substring(at + 1, close).strip();
  }

  /**
   * The paragraphs' texts, each up to the next start; the last ends before {@code endLine}. Each is
   * given with the stretch of the body it stands in, unless one of its lines lost a backslash ending it
   * (its text then is not that stretch's).
   */
  static Paragraphs paragraphs(String body, String[] lines, List<Start> starts, int endLine) {
    int[] lineStarts = starts.isEmpty() ? new int[0] : TelegramLines.lineStarts(body, lines.length);
    Paragraphs.Builder paragraphs = Paragraphs.of(body);
    for (int k = 0; k < starts.size(); k++) {
      Start start = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1).line() : Math.max(endLine, start.line() + 1);
      add(paragraphs, body, lines, lineStarts, start, Math.min(to, lines.length));
    }
    return paragraphs.build();
  }

  private static void add(Paragraphs.Builder paragraphs, String body, String[] lines, int[] lineStarts, Start start,
      int toLine) {
    for (int i = start.line(); i < toLine; i++) {
      if (TelegramLines.lostBackslash(body, lineStarts[i], lines[i])) {
        paragraphs.written(start.number(), start.marking(), TelegramLines.collapse(lines, start.line(), start.textAt(), toLine));
        return;
      }
    }
    int from = lineStarts[start.line()] + Math.min(start.textAt(), lines[start.line()].length());
    int end = lineStarts[toLine - 1] + lines[toLine - 1].length();
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
