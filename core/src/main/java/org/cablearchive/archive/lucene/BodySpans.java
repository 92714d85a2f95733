package org.cablearchive.archive.lucene;

import org.cablearchive.model.Paragraph;

/**
 * Finds a summary's text in the body it was read from. The parser gives it with its white space
 * collapsed ({@link Paragraph#textOf}); it is found when collapsing a stretch of the body gives
 * exactly its text. The match walks text and body together, a single space of the text standing for a
 * whole run of white space in the body, and accepts only collapsed text, so that a match is exactly a
 * stretch that collapses to it.
 */
final class BodySpans {
  private static final int ATTEMPTS = 1000;
  private final String body;

  BodySpans(String body) {
    this.body = body;
  }

  /** The stretch {@code [start, end)} of the body at or after {@code from} that collapses to {@code text}, or null. */
  int[] find(String text, int from) {
    if (text == null || text.isEmpty() || isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
      return null;
    }
    int firstSpace = indexOfSpace(text);
    String firstWord = firstSpace < 0 ? text : text.substring(0, firstSpace);
    int start = body.indexOf(firstWord, from);
    for (int attempt = 0; start >= 0 && attempt < ATTEMPTS; attempt++) {
      int end = match(start, text);
      if (end >= 0) {
        return new int[] {start, end};
      }
      start = body.indexOf(firstWord, start + 1);
    }
    return null;
  }

  /** Where the stretch matching {@code text} from {@code start} ends, or -1 (also for text that is not collapsed). */
  private int match(int start, String text) {
    int i = start;
    int length = body.length();
    for (int j = 0; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == ' ') {
        if (text.charAt(j - 1) == ' ' || i >= length || !isSpace(body.charAt(i))) {
          return -1;
        }
        do {
          i++;
        } while (i < length && isSpace(body.charAt(i)));
      } else {
        if (i >= length || body.charAt(i) != c || isSpace(c)) {
          return -1;
        }
        i++;
      }
    }
    return i;
  }

  private static int indexOfSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isSpace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return Paragraph.isSpace(c);
  }
}
