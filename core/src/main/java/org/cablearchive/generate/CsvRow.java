package org.cablearchive.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows in the cables.csv layout: every field in double quotes, comma separated, a quote
 * written {@code \"} and a backslash {@code \\}, rows ended by a newline.
 */
final class CsvRow {
  private final Writer out;
  private final StringBuilder row = new StringBuilder(1 << 16);

  CsvRow(Writer out) {
    this.out = out;
  }

  void write(String... fields) throws IOException {
    row.setLength(0);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        row.append(',');
      }
      quoted(fields[i]);
    }
    row.append('\n');
    out.append(row);
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
