package org.cablearchive.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by a line feed, a CR-LF counted as one) while keeping at most {@code maxChars}
 * of any line in memory: a longer line is cut, flagged, and the rest of it skipped.
 */
final class BoundedLines {
  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private int number;
  private boolean cut;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its line end, or null at the end of the input. */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    cut = false;
    boolean any = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int room = maxChars - line.length();
      cut |= pos - start > room;
      line.append(buf, start, Math.min(pos - start, room));
      if (pos < limit) {
        pos++;
        break;
      }
    }
    number++;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  /** The line number (1-based) of the line last returned. */
  int number() {
    return number;
  }

  /** Whether the line last returned was longer than the bound and cut. */
  boolean wasCut() {
    return cut;
  }

  private boolean fill() throws IOException {
    pos = 0;
    limit = Math.max(in.read(buf), 0);
    return limit > 0;
  }
}
