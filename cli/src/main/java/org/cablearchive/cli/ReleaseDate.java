package org.cablearchive.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code import --released}: an ISO date (midnight UTC of that day) or date-time, with an offset or
 * {@code Z}, or without one, taken as UTC like every time the archive shows.
 */
final class ReleaseDate implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String text) {
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date (2011-09-02) or a date-time (2011-09-02T12:00Z)");
    }
  }
}
