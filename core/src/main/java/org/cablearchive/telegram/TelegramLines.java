package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Paragraph;

/** A text cut into lines once, so that every reader scans lines rather than searching the whole text. */
final class TelegramLines {
  private TelegramLines() {}

  /**
   * {@code text.split("\\s+")}: the pieces between runs of ASCII white space, an empty first piece when the
   * text starts with white space, no empty last pieces, and the text itself when it has no white space. The
   * readers split several times per line of every cable; the regular expression's split was a tenth of
   * the parser's time in a full import's profile (docs/benchmarks.md, "The import's own work").
   */
  static String[] words(String text) {
    List<String> words = null;
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (isAsciiSpace(text.charAt(i))) {
        if (words == null) {
          words = new ArrayList<>();
        }
        words.add(text.substring(start, i));
        while (i < text.length() && isAsciiSpace(text.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    if (words == null) {
      return new String[] {text};
    }
    words.add(text.substring(start));
    int kept = words.size();
    while (kept > 0 && words.get(kept - 1).isEmpty()) {
      kept--;
    }
    return words.subList(0, kept).toArray(new String[0]);
  }

  /** What the regular expression {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * The lines of {@code text} without their terminators ({@code \n}, {@code \r\n} or {@code \r}). Some
   * pages of the release escaped every line break with a backslash ({@code MOST \}): a backslash ending a
   * line is dropped, so that labels, paragraphs and subjects read as in any other cable.
   */
  static String[] split(String text) {
    List<String> lines = new ArrayList<>();
    boolean carriageReturns = text.indexOf('\r') >= 0;
    int start = 0;
    while (true) {
      int end = lineEnd(text, start, carriageReturns);
      lines.add(line(text, start, end));
      if (end == text.length()) {
        return lines.toArray(new String[0]);
      }
      start = nextLine(text, end);
    }
  }

  /** Where each of the {@code count} lines of {@link #split(String) split(text)} begins in {@code text}. */
  static int[] lineStarts(String text, int count) {
    boolean carriageReturns = text.indexOf('\r') >= 0;
    int[] starts = new int[count];
    int start = 0;
    for (int i = 0; i < count; i++) {
      starts[i] = start;
      int end = lineEnd(text, start, carriageReturns);
      start = end == text.length() ? end : nextLine(text, end);
    }
    return starts;
  }

  /** Whether {@code line}, which begins at {@code start} in {@code text}, lost the backslash ending it. */
  static boolean lostBackslash(String text, int start, String line) {
    int after = start + line.length();
    return after < text.length() && text.charAt(after) == '\\';
  }

  /** Where the line starting at {@code start} ends: at its line break, or at the end of the text. */
  private static int lineEnd(String text, int start, boolean carriageReturns) {
    int end = carriageReturns ? nextBreak(text, start) : text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  /** Where the next line begins after the line break at {@code end}. */
  private static int nextLine(String text, int end) {
    boolean crlf = text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n';
    return end + (crlf ? 2 : 1);
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
    return firstNonBlank(line, 0);
  }

  /** The first character at or after {@code from} that is not white space, or the line's length. */
  static int firstNonBlank(String line, int from) {
    int i = from;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Collapses runs of white space to one space and trims. */
  static String collapse(CharSequence text) {
    String string = text.toString();
    char[] chars = string.toCharArray();
    return new String(chars, 0, Paragraph.collapse(chars, chars.length));
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
    return new String(chars, 0, Paragraph.collapse(chars, at));
  }

  /**
   * The index of {@code lowerNeedle} (two or more characters) in {@code text} at or after {@code from},
   * ignoring case; or -1. Candidates are found with {@link String#indexOf(int, int)}, which scans far
   * faster than a loop over {@code charAt}: the parser looks through every body so. They are found by
   * the needle's rarest letter in English text ({@code y} of {@code summary}, not its frequent {@code s}),
   * so that fewer candidates are compared.
   */
  static int indexOfIgnoreCase(String text, String lowerNeedle, int from) {
    int k = rarestLetter(lowerNeedle);
    char c = lowerNeedle.charAt(k);
    char upperC = Character.toUpperCase(c);
    int last = text.length() - lowerNeedle.length();
    int start = Math.max(from, 0) + k;
    int lower = text.indexOf(c, start);
    int upper = upperC == c ? -1 : text.indexOf(upperC, start);
    while (lower >= 0 || upper >= 0) {
      int at = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
      int i = at - k;
      if (i > last) {
        return -1;
      }
      if (text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
        return i;
      }
      if (at == lower) {
        lower = text.indexOf(c, at + 1);
      } else {
        upper = text.indexOf(upperC, at + 1);
      }
    }
    return -1;
  }

  /** English letters from the most frequent to the least. */
  private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

  /** The position in {@code needle} of its least frequent letter (its first character when it has none). */
  private static int rarestLetter(String needle) {
    int best = 0;
    int bestRank = -1;
    for (int i = 0; i < needle.length(); i++) {
      int rank = LETTERS_BY_FREQUENCY.indexOf(needle.charAt(i));
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
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
