package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;

/** A text cut into lines once, so that every reader scans lines rather than searching the whole text. */
final class TelegramLines {
  private TelegramLines() {}

  /**
   * The lines of {@code text} without their terminators ({@code \n}, {@code \r\n} or {@code \r}). Some
   * pages of the release escaped every line break with a backslash ({@code MOST \}): a backslash ending a
   * line is dropped, so that labels, paragraphs and subjects read as in any other cable.
   */
  static String[] split(String text) {
    List<String> lines = new ArrayList<>();
    boolean carriageReturns = text.indexOf('\r') >= 0;
    int start = 0;
    int n = text.length();
    while (true) {
      int end = carriageReturns ? nextBreak(text, start) : text.indexOf('\n', start);
      if (end < 0) {
        lines.add(line(text, start, n));
        return lines.toArray(new String[0]);
      }
      lines.add(line(text, start, end));
      boolean crlf = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
    }
  }

  private static int nextBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static String line(String text, int start, int end) {
    return text.substring(start, end > start && text.charAt(end - 1) == '\\' ? end - 1 : end);
  }

  /** Whether the word is one or more digits. */
  static boolean isDigits(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code line}, after leading blanks, starts with {@code label} as a whole word, ignoring case. */
  static boolean startsWithWord(String line, String label) {
    int at = firstNonBlank(line);
    if (!line.regionMatches(true, at, label, 0, label.length())) {
      return false;
    }
    int end = at + label.length();
    return end == line.length() || !Character.isLetterOrDigit(line.charAt(end));
  }

  static int firstNonBlank(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Collapses runs of white space to one space and trims. */
  static String collapse(CharSequence text) {
    String string = text.toString();
    char[] chars = string.toCharArray();
    return new String(chars, 0, collapseInPlace(chars, chars.length));
  }

  /**
   * Lines {@code [fromLine, toLine)} joined with runs of white space as one space, trimmed; the first
   * line is taken from {@code fromColumn}. Copies the lines into one array and collapses it in place:
   * this is where the parser spends most of its time, and array loops are several times faster than
   * appending to a builder word by word.
   */
  static String collapse(String[] lines, int fromLine, int fromColumn, int toLine) {
    int length = 0;
    for (int i = fromLine; i < toLine; i++) {
      length += lines[i].length() + 1;
    }
    char[] chars = new char[Math.max(length - fromColumn, 0)];
    int at = 0;
    for (int i = fromLine; i < toLine; i++) {
      String line = lines[i];
      int from = i == fromLine ? Math.min(fromColumn, line.length()) : 0;
      line.getChars(from, line.length(), chars, at);
      at += line.length() - from;
      if (at < chars.length) {
        chars[at++] = ' ';
      }
    }
    return new String(chars, 0, collapseInPlace(chars, at));
  }

  /** Collapses {@code chars[0, length)} in place; returns the new length. */
  private static int collapseInPlace(char[] chars, int length) {
    int w = 0;
    boolean pendingSpace = false;
    for (int r = 0; r < length; r++) {
      char c = chars[r];
      if (isSpace(c)) {
        pendingSpace = w > 0;
      } else {
        if (pendingSpace) {
          chars[w++] = ' ';
          pendingSpace = false;
        }
        chars[w++] = c;
      }
    }
    return w;
  }

  private static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
        : c == '\u00a0' || (c >= '\u2000' && Character.isWhitespace(c));
  }

  /**
   * The index of {@code lowerNeedle} (two or more characters) in {@code text} at or after {@code from},
   * ignoring case; or -1. Candidates are found with {@link String#indexOf(int, int)}, which scans far
   * faster than a loop over {@code charAt}: the parser looks through every body so.
   */
  static int indexOfIgnoreCase(String text, String lowerNeedle, int from) {
    char first = lowerNeedle.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    int last = text.length() - lowerNeedle.length();
    int start = Math.max(from, 0);
    int lower = text.indexOf(first, start);
    int upper = firstUpper == first ? -1 : text.indexOf(firstUpper, start);
    while (lower >= 0 || upper >= 0) {
      int i = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
      if (i > last) {
        return -1;
      }
      if (text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
        return i;
      }
      if (i == lower) {
        lower = text.indexOf(first, i + 1);
      } else {
        upper = text.indexOf(firstUpper, i + 1);
      }
    }
    return -1;
  }

  /** The last index of {@code lowerNeedle} in {@code text} starting at or before {@code from}, ignoring case; or -1. */
  static int lastIndexOfIgnoreCase(String text, String lowerNeedle, int from) {
    char first = lowerNeedle.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    char second = lowerNeedle.charAt(1);
    char secondUpper = Character.toUpperCase(second);
    for (int i = Math.min(from, text.length() - lowerNeedle.length()); i >= 0; i--) {
      char c = text.charAt(i);
      if ((c == first || c == firstUpper) && (text.charAt(i + 1) == second || text.charAt(i + 1) == secondUpper)
          && text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
        return i;
      }
    }
    return -1;
  }
}
