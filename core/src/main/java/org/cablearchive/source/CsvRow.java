package org.cablearchive.source;

import java.util.List;

/**
 * One row of cables.csv as the scanner split it: either its fields, or why it could not be split.
 *
 * @param line the line the row starts on (1-based)
 * @param fields the unescaped fields (empty for a malformed row)
 * @param fieldLines the line each field starts on
 * @param error why the row is malformed, or null
 * @param raw the row's text as read, bounded (only kept for malformed rows)
 */
record CsvRow(int line, List<String> fields, int[] fieldLines, String error, String raw) {

  static CsvRow malformed(int line, String error, String raw) {
    return new CsvRow(line, List.of(), new int[0], error, raw);
  }

  boolean isMalformed() {
    return error != null;
  }
}
