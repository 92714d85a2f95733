package org.cablearchive.model;

/**
 * A numbered paragraph of the body.
 *
 * @param number its number (1-based) as the cable numbers it, after repairing mangled marks
 * @param marking its classification marking as written without parentheses ({@code C}, {@code S/NF}), or null
 * @param text the paragraph's text, without its number and marking, its white space collapsed
 * @param start where the text begins in the body, or -1 when it does not stand there as one stretch
 * @param end where the text ends in the body (exclusive), or -1: {@code textOf(body, start, end)} is the text
 */
public record Paragraph(int number, String marking, String text, int start, int end) {

  /** Any stretch that cannot hold text (as from JSON written before paragraphs had places) is no place. */
  public Paragraph {
    if (start < 0 || end <= start) {
      start = -1;
      end = -1;
    }
  }

  /** A paragraph whose place in the body is not known. */
  public Paragraph(int number, String marking, String text) {
    this(number, marking, text, -1, -1);
  }

  /** Whether {@code [start, end)} is where the text stands in a body of that length. */
  public boolean standsIn(String body) {
    return start >= 0 && end <= body.length();
  }

  /**
   * A stretch of a body read as paragraph text: runs of white space (line breaks included) as one
   * space, none at the ends. Works on a copy of the characters: every hit's snippets read their
   * paragraphs so, and array loops are several times faster than going through {@code charAt}.
   */
  public static String textOf(String body, int start, int end) {
    char[] chars = new char[end - start];
    body.getChars(start, end, chars, 0);
    return new String(chars, 0, collapse(chars, chars.length));
  }

  /** Collapses the white space of {@code chars[0, length)} in place, returning the new length. */
  public static int collapse(char[] chars, int length) {
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

  /** White space between the words of a paragraph: ASCII spacing, no-break spaces and Unicode spaces. */
  public static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
        : c == '\u00a0' || (c >= '\u2000' && Character.isWhitespace(c));
  }
}
