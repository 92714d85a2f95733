package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;

/** A text cut into lines once, so that every reader scans lines rather than searching the whole text. */
final class TelegramLines {
  private TelegramLines() {}

  /** The lines of {@code text} without their terminators ({@code \n}, {@code \r\n} or {@code \r}). */
  static String[] split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(new String[0]);
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
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
