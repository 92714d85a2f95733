package org.cablearchive.source;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;

/**
 * The page's table of what the site states about a cable: {@code Reference ID | Created | Released |
 * Classification | Origin} (early pages have no Released column). Columns are found by their
 * heading, so a missing or reordered column is read correctly. Dates are {@code YYYY-MM-DD HH:MM}, UTC.
 */
final class CableTable {
  private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  String id;
  Instant created;
  Instant released;
  Classification classification;
  String origin;
  final List<Problem> problems = new ArrayList<>();

  /** Reads the values under their headings; {@code line} is where the table is, for problems. */
  static CableTable of(List<String> headings, List<String> values, int line) {
    CableTable table = new CableTable();
    for (int i = 0; i < headings.size() && i < values.size(); i++) {
      table.put(headings.get(i).trim().toLowerCase(Locale.ROOT), values.get(i).trim(), line);
    }
    if (table.id == null || table.id.isEmpty()) {
      table.problems.add(new Problem("NO_ID", line, "the page's table gives no reference ID"));
    }
    return table;
  }

  private void put(String heading, String value, int line) {
    switch (heading) {
      case "reference id" -> id = value;
      case "created" -> created = date(value, "created", line);
      case "released" -> released = date(value, "released", line);
      case "classification" -> {
        classification = Classification.fromLabel(value).orElse(null);
        if (classification == null) {
          problems.add(new Problem("UNKNOWN_CLASSIFICATION", line, "unknown classification '" + value + "'"));
        }
      }
      case "origin" -> origin = value.isEmpty() ? null : value;
      default -> problems.add(new Problem("UNKNOWN_COLUMN", line, "unknown column '" + heading + "'"));
    }
  }

  private Instant date(String value, String what, int line) {
    try {
      return LocalDateTime.parse(value, PAGE_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      problems.add(new Problem("UNREADABLE_DATE", line, "the " + what + " date '" + value + "' is not YYYY-MM-DD HH:MM"));
      return null;
    }
  }
}
