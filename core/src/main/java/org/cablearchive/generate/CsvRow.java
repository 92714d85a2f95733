package org.cablearchive.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows in the cables.csv layout: every field in double quotes, comma separated, a quote
 * written {@code \"} and a backslash {@code \\}, rows ended by a newline.
 */
public final class CsvRow {
  private final Writer out;
  private final StringBuilder row = new StringBuilder(1 << 16);

  public CsvRow(Writer out) {
    this.out = out;
  }

  /**
   * Writes one row and returns its length in UTF-8, counted here because the rows go through a
   * {@link Writer} that does not tell how many bytes it wrote.
   */
  public long write(String... fields) throws IOException {
    row.setLength(0);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        row.append(',');
      }
      quoted(fields[i]);
    }
    row.append('\n');
    out.append(row);
    return utf8Length(row);
  }

  /** A surrogate pair takes four bytes; a lone surrogate is written as one byte, {@code ?}. */
  private static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += Character.isSurrogate(c) ? 1 : 3;
      }
    }
    return bytes;
  }

  private void quoted(String field) {
    row.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"' || c == '\\') {
        row.append('\\');
      }
      row.append(c);
    }
    row.append('"');
  }
}
