package org.cablearchive.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits cables.csv into rows: every field in double quotes, {@code \"} and {@code \\} escaped with a
 * backslash, fields spanning lines. No CSV library reads this escape convention, and a backslash before
 * a quote is not always an escape of the quote ({@code \\"} ends a field), so the scanner pairs each
 * backslash with the character after it.
 *
 * <p>A malformed row (an unterminated quote, an unquoted field) is returned as such, and scanning
 * resynchronises at the next line that starts like a row: {@code "<digits>","}. Memory stays bounded:
 * a row may not exceed {@link #MAX_ROW_CHARS}, and a malformed row keeps at most {@link #MAX_RAW_KEPT}
 * characters of its text.
 */
final class CsvRowScanner {
  static final int FIELDS = 8;
  static final int MAX_ROW_CHARS = 16 << 20;
  static final int MAX_RAW_KEPT = 64 << 10;
  private static final int LOOKAHEAD = 16;
  private static final int EOF = -1;

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private int line = 1;
  private int lastRead;
  private StringBuilder raw = new StringBuilder(1 << 14);
  /** Where escaped fields are unescaped, kept from row to row up to four times {@link #MAX_RAW_KEPT}. */
  private char[] unescaping = new char[1 << 14];
  private final List<FieldSpan> spans = new ArrayList<>();

  /** Where a field's content lies in {@code raw}, whether it holds escapes, and its first line. */
  private record FieldSpan(int start, int end, boolean escaped, int line) {}

  /** How scanning a field ended. */
  private enum FieldEnd {
    CLOSED,
    END_OF_INPUT,
    NEXT_ROW,
    TOO_LONG
  }

  CsvRowScanner(Reader in) {
    this.in = in;
  }

  /** The line after the row last returned (1-based): its lines end before this one. */
  int lineAfterRow() {
    return lastRead == '\n' ? line : line + 1;
  }

  /** The next row (of {@link #FIELDS} fields, or malformed), or null at the end of the input. */
  CsvRow next() throws IOException {
    skipBlankLinesAndByteOrderMark();
    if (peek() == EOF) {
      return null;
    }
    raw.setLength(0);
    spans.clear();
    int start = line;
    while (true) {
      String field = "field " + (spans.size() + 1);
      if (read() != '"') {
        return skipToNextRow(start, field + " does not start with a quote");
      }
      switch (scanField()) {
        case END_OF_INPUT:
          return malformed(start, field + " has no closing quote before the end of the input");
        case NEXT_ROW:
          return malformed(start, field + " has no closing quote before the next row on line " + line);
        case TOO_LONG:
          return skipToNextRow(start, field + " is longer than " + MAX_ROW_CHARS + " characters");
        case CLOSED:
          break;
      }
      int after = read();
      if (after == ',') {
        continue;
      }
      if (after == '\r' && peek() == '\n') {
        read();
      }
      if (spans.size() != FIELDS) {
        return malformed(start, "the row has " + spans.size() + " fields, expected " + FIELDS);
      }
      return letGoOfLargeText(new CsvRow(start, unescapedFields(), spans.stream().mapToInt(FieldSpan::line).toArray(), null, null));
    }
  }

  /**
   * Reads a field's content after its opening quote up to its closing quote: a quote followed by a
   * comma, a line end or the end of the input (which is left unread). A backslash and the character
   * after it are taken as a pair, so neither {@code \"} nor the quote of {@code \\"} is mistaken.
   */
  private FieldEnd scanField() throws IOException {
    int contentStart = raw.length();
    int fieldLine = line;
    boolean escaped = false;
    while (true) {
      appendPlainRun();
      if (raw.length() > MAX_ROW_CHARS) {
        return FieldEnd.TOO_LONG;
      }
      int c = read();
      if (c == EOF) {
        return FieldEnd.END_OF_INPUT;
      } else if (c == '\\') {
        escaped = true;
        if (read() == EOF) {
          return FieldEnd.END_OF_INPUT;
        }
      } else if (c == '\n' && startsRow()) {
        return FieldEnd.NEXT_ROW;
      } else if (c == '"' && closesField()) {
        spans.add(new FieldSpan(contentStart, raw.length() - 1, escaped, fieldLine));
        return FieldEnd.CLOSED;
      }
    }
  }

  /**
   * Whether the quote just read closes its field: it is followed by the comma and quote of the next
   * field, or ends the row (the end of the input, or a line end before a blank line, a new row or the
   * end of the input). Any other quote is taken as written, so that an unescaped quote in the text of
   * some other export does not cut the cable short.
   */
  private boolean closesField() throws IOException {
    ensure(LOOKAHEAD + 3);
    int i = pos;
    if (i < limit && buf[i] == ',') {
      return i + 1 < limit && buf[i + 1] == '"';
    }
    if (i < limit && buf[i] == '\r') {
      i++;
    }
    if (i < limit && buf[i] != '\n') {
      return false;
    }
    i++;
    return i >= limit || buf[i] == '\n' || buf[i] == '\r' || startsRowAt(i);
  }

  private List<String> unescapedFields() {
    List<String> fields = new ArrayList<>(spans.size());
    for (FieldSpan span : spans) {
      fields.add(span.escaped() ? unescape(span.start(), span.end()) : raw.substring(span.start(), span.end()));
    }
    return fields;
  }

  /**
   * {@code \"} is a quote and {@code \\} a backslash; any other backslash is kept as written. The field is
   * copied out at once and unescaped in place: appended a character at a time to a builder, the generated
   * release took 9.3 s to read instead of 6.8 (docs/benchmarks.md, "The import's own work").
   */
  private String unescape(int from, int to) {
    int length = to - from;
    char[] chars = length <= MAX_RAW_KEPT * 4 ? scratch(length) : new char[length];
    raw.getChars(from, to, chars, 0);
    int kept = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c == '\\' && i + 1 < length && (chars[i + 1] == '"' || chars[i + 1] == '\\')) {
        c = chars[++i];
      }
      chars[kept++] = c;
    }
    return new String(chars, 0, kept);
  }

  /** The characters kept for unescaping, at least {@code length} of them. */
  private char[] scratch(int length) {
    if (unescaping.length < length) {
      unescaping = new char[Math.max(length, Math.min(2 * unescaping.length, MAX_RAW_KEPT * 4))];
    }
    return unescaping;
  }

  private CsvRow malformed(int start, String error) {
    return letGoOfLargeText(CsvRow.malformed(start, error, bounded(raw)));
  }

  /**
   * Lets go of the text a large row made grow before the row is handed on: held until the next row,
   * it would double what a large row costs while the import waits to take it.
   */
  private CsvRow letGoOfLargeText(CsvRow row) {
    if (raw.capacity() > MAX_RAW_KEPT * 4) {
      raw = new StringBuilder(1 << 14);
    }
    return row;
  }

  /** Drops lines up to the next line that starts a row, keeping a bounded part of them as the row's text. */
  private CsvRow skipToNextRow(int start, String error) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF || (c == '\n' && startsRow())) {
        return malformed(start, error);
      }
      if (raw.length() > MAX_RAW_KEPT) {
        raw.setLength(MAX_RAW_KEPT);
      }
    }
  }

  private static String bounded(StringBuilder text) {
    int end = Math.min(text.length(), MAX_RAW_KEPT);
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Whether the input at the current position reads {@code "<digits>","}. */
  private boolean startsRow() throws IOException {
    ensure(LOOKAHEAD);
    return startsRowAt(pos);
  }

  /** Whether the buffer at {@code at} reads {@code "<digits>","} (the caller ensured the lookahead). */
  private boolean startsRowAt(int at) {
    int i = at;
    if (i >= limit || buf[i] != '"') {
      return false;
    }
    i++;
    int digits = i;
    while (i < limit && i - digits < LOOKAHEAD - 4 && buf[i] >= '0' && buf[i] <= '9') {
      i++;
    }
    return i > digits && i + 2 < limit && buf[i] == '"' && buf[i + 1] == ',' && buf[i + 2] == '"';
  }

  private void skipBlankLinesAndByteOrderMark() throws IOException {
    while (true) {
      int c = peek();
      if (c == '\uFEFF' || c == '\r') {
        pos++;
      } else if (c == '\n') {
        read();
      } else {
        return;
      }
    }
  }

  /** Appends characters up to the next quote, backslash or newline in one copy: the common case. */
  private void appendPlainRun() {
    int start = pos;
    char[] b = buf;
    int end = limit;
    int i = pos;
    while (i < end) {
      char c = b[i];
      if (c == '"' || c == '\\' || c == '\n') {
        break;
      }
      i++;
    }
    raw.append(b, start, i - start);
    pos = i;
  }

  private int read() throws IOException {
    if (pos >= limit && !fill()) {
      lastRead = EOF;
      return EOF;
    }
    char c = buf[pos++];
    lastRead = c;
    raw.append(c);
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (pos >= limit && !fill()) {
      return EOF;
    }
    return buf[pos];
  }

  private void ensure(int count) throws IOException {
    if (limit - pos >= count) {
      return;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < count) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        return;
      }
      limit += n;
    }
  }

  private boolean fill() throws IOException {
    pos = 0;
    limit = 0;
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit = n;
    return true;
  }
}
