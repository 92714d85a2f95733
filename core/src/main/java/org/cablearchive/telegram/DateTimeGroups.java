package org.cablearchive.telegram;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reads military date-time groups ({@code 272238Z OCT 09}) and the short dates of E.O. lines. */
final class DateTimeGroups {
  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  private DateTimeGroups() {}

  /** Whether tokens {@code [at, at+3)} are a date-time group: {@code DDHHMMZ MON YY}. */
  static boolean isGroup(String[] tokens, int at) {
    if (at + 2 >= tokens.length) {
      return false;
    }
    String time = tokens[at];
    return time.length() == 7 && time.charAt(6) == 'Z' && digits(time, 0, 6)
        && month(tokens[at + 1]) > 0 && tokens[at + 2].length() == 2 && digits(tokens[at + 2], 0, 2);
  }

  /** The instant of a date-time group's text, or null when it names no real date. */
  static Instant instant(String group) {
    String[] t = TelegramLines.words(group.strip());
    if (!isGroup(t, 0)) {
      return null;
    }
    try {
      return LocalDateTime.of(fullYear(Integer.parseInt(t[2])), month(t[1]), Integer.parseInt(t[0].substring(0, 2)),
          Integer.parseInt(t[0].substring(2, 4)), Integer.parseInt(t[0].substring(4, 6))).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code 07/24/2019} or {@code 7/24/19} (month first, as the State Department writes), or {@code 2019/07/24}
   * → a date, or null.
   */
  static LocalDate usDate(String text) {
    String[] parts = text.split("/");
    if (parts.length == 3 && parts[0].length() == 4) {
      parts = new String[] {parts[1], parts[2], parts[0]};
    }
    if (parts.length != 3 || !digits(parts[0], 0, parts[0].length()) || !digits(parts[1], 0, parts[1].length())
        || !digits(parts[2], 0, parts[2].length()) || parts[0].isEmpty() || parts[1].isEmpty()
        || parts[0].length() > 2 || parts[1].length() > 2 || (parts[2].length() != 2 && parts[2].length() != 4)) {
      return null;
    }
    int year = Integer.parseInt(parts[2]);
    try {
      return LocalDate.of(parts[2].length() == 2 ? fullYear(year) : year, Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** 66..99 are 1966..1999 (the release starts in 1966); 00..65 are 2000..2065. */
  static int fullYear(int twoDigits) {
    return twoDigits >= 66 ? 1900 + twoDigits : 2000 + twoDigits;
  }

  static int month(String abbreviation) {
    if (abbreviation.length() != 3) {
      return 0;
    }
    int at = MONTHS.indexOf(abbreviation);
    return at < 0 || at % 3 != 0 ? 0 : at / 3 + 1;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
