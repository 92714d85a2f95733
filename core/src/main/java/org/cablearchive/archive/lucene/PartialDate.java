package org.cablearchive.archive.lucene;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as users write it in queries, at any precision: {@code 2009}, {@code 2009-06},
 * {@code 2009-06-15}, or a full UTC timestamp. It stands for the whole period it names, so that
 * {@code created:[2009-01 TO 2009-06]} runs from the first instant of January to the last of June.
 *
 * @param start the first millisecond of the period (UTC)
 * @param end the first millisecond after it
 */
record PartialDate(long start, long end) {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  static Optional<PartialDate> parse(String text) {
    Matcher m = DATE.matcher(text);
    try {
      if (!m.matches()) {
        Instant instant = Instant.parse(text);
        return Optional.of(new PartialDate(instant.toEpochMilli(), instant.toEpochMilli() + 1));
      }
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return Optional.of(between(month.atDay(1), month.plusMonths(1).atDay(1)));
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return Optional.of(between(day, day.plusDays(1)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static PartialDate between(LocalDate first, LocalDate next) {
    return new PartialDate(millis(first), millis(next));
  }

  private static long millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
