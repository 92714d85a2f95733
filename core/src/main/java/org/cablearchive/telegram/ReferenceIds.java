package org.cablearchive.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.Section;

/**
 * Turns any spelling of a cable's reference ID into its canonical form {@code 09MEXICO3093}: two-digit
 * year, station as in reference IDs, serial without leading zeros.
 *
 * <p>Accepted spellings: {@code 09MEXICO3093}, {@code 09 MEXICO 3093}, {@code 09MEXICO003093},
 * {@code (09) MEXICO 3093}, {@code MEXICO 3093-09}, {@code MEXICO 3093} (with a default year), a
 * cable page address {@code …/cable/2009/10/09MEXICO3093.html}, multi-word stations ({@code SAO PAULO 335}),
 * and the IDs the release published garbled by a section line ({@code 08ECTION01OF02MANAMA492} →
 * {@code 08MANAMA492}, {@code 07SECTION02OF03EIJING483} → {@code 07BEIJING483}). Published IDs of other
 * odd shapes ({@code 90STATE255195TOSEC140301}) are kept as they are, so that they can still be found.
 */
public final class ReferenceIds {
  /** The section line a garbled ID swallowed: {@code SECTION01OF02}, {@code ECTION01OF02}, {@code 01OF02}. */
  private static final Pattern GARBLED = Pattern.compile("([A-Z]{0,8})([0-9Q]{1,2})([A-Z]{0,2})([0-9Q]{1,2})([A-Z]+)(\\d+)");

  private ReferenceIds() {}

  /**
   * The canonical ID of {@code spelled}, or empty when it is not a cable ID.
   *
   * @param spelled the ID as a user or a cable wrote it
   * @param defaultYear the year to assume when the spelling has none ({@code 2009} or {@code 9}); 0 when
   *     unknown, in which case a spelling without a year is not an ID
   */
  public static Optional<ReferenceId> canonical(String spelled, int defaultYear) {
    if (spelled == null) {
      return Optional.empty();
    }
    String compact = compact(lastPathSegment(spelled.strip().toUpperCase(Locale.ROOT)));
    if (compact.isEmpty()) {
      return Optional.empty();
    }
    String id = fromCompact(compact, defaultYear);
    return id == null || !ReferenceId.isCanonical(id) ? Optional.empty() : Optional.of(ReferenceId.of(id));
  }

  /** The canonical ID with no default year. */
  public static Optional<ReferenceId> canonical(String spelled) {
    return canonical(spelled, 0);
  }

  /** The ID built from its parts, or empty when they do not make one. */
  static Optional<ReferenceId> of(int twoDigitYear, String station, String serial) {
    String digits = stripZeros(serial);
    if (twoDigitYear < 0 || twoDigitYear > 99 || station.isEmpty() || digits.isEmpty() || !letters(station)
        || !allDigits(digits, 0)) {
      return Optional.empty();
    }
    String id = twoDigits(twoDigitYear) + Stations.repaired(station) + digits;
    return ReferenceId.isCanonical(id) ? Optional.of(ReferenceId.of(id)) : Optional.empty();
  }

  /**
   * The ID of a cable a cable of {@code citingYear} can cite, or empty when the parts are not one: a
   * year at most thirty years before the citing one (or, when that is unknown, 1950–2010), a station of
   * the release (or one its garbling leads to), a serial. What a REF line cites must be such an ID to be
   * linked as a cable ({@code 291454Z}, {@code 19JUN9}, {@code 37MATAMOROS33} are not).
   */
  static Optional<ReferenceId> cable(int twoDigitYear, String station, String serial, int citingYear) {
    return Stations.isRepairable(station) && isCitableYear(twoDigitYear, citingYear)
        ? of(twoDigitYear, station, serial) : Optional.empty();
  }

  /** The canonical ID of a cable written as one word ({@code 09MEXICO3093}) that a cable of {@code citingYear} can cite, or empty. */
  static Optional<ReferenceId> cable(String word, int citingYear) {
    Optional<ReferenceId> id = canonical(word);
    return id.isPresent() && WELL_FORMED.matcher(id.get().value()).matches() && Stations.isKnown(id.get().station())
        && isCitableYear(Integer.parseInt(id.get().value().substring(0, 2)), citingYear) ? id : Optional.empty();
  }

  /** Whether a cable of {@code citingYear} (four digits, or 0 when unknown) can cite one of two-digit year {@code yy}. */
  private static boolean isCitableYear(int yy, int citingYear) {
    if (citingYear <= 0) {
      return isReleaseYear(yy) || (yy >= 50 && yy <= 65);
    }
    int century = citingYear - citingYear % 100;
    int year = yy <= citingYear % 100 ? century + yy : century - 100 + yy;
    return citingYear - year <= 30;
  }

  /** Year, station, serial: the shape of every cable ID of the release that was not garbled. */
  private static final Pattern WELL_FORMED = Pattern.compile("\\d{2}[A-Z]+[1-9]\\d*");

  /** Two-digit years of the release's cables: 66–99 and 00–10. */
  private static boolean isReleaseYear(int twoDigitYear) {
    return twoDigitYear >= 66 && twoDigitYear <= 99 || twoDigitYear >= 0 && twoDigitYear <= 10;
  }

  /** {@code 2009} → 9, {@code 9} → 9, {@code 0} → -1 (unknown). */
  static int twoDigitYear(int year) {
    if (year <= 0) {
      return -1;
    }
    return year % 100;
  }

  private static String lastPathSegment(String text) {
    if (!text.contains("/") || !(text.contains(".HTM") || text.startsWith("HTTP") || text.contains("/CABLE/"))) {
      return text;
    }
    String segment = text;
    int cut = indexOfAny(segment, "?#");
    segment = cut < 0 ? segment : segment.substring(0, cut);
    segment = segment.endsWith("/") ? segment.substring(0, segment.length() - 1) : segment;
    segment = segment.substring(segment.lastIndexOf('/') + 1);
    int dot = segment.indexOf(".HTM");
    return dot < 0 ? segment : segment.substring(0, dot);
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Drops spaces, brackets and the hyphens inside a station's name: {@code (99) LONDON 123} →
   * {@code 99LONDON123}, {@code 06PORT-OF-SPAIN123} → {@code 06PORTOFSPAIN123}.
   */
  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hyphenInName = c == '-' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1));
      if (!Character.isWhitespace(c) && c != '(' && c != ')' && c != '.' && c != ',' && !hyphenInName) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A published ID with words and a second number after the serial: {@code 06MADRID002583ZFR2585},
   * {@code 90STATE255195TOSEC140301} (the serial is the first number), {@code 08ACCRA001382SUSPECTEDDUPLICATE1392}
   * (the ID is the cable it duplicates).
   */
  private static final Pattern TRAILED = Pattern.compile("([A-Z]+)(\\d+)([A-Z]{3,})(\\d+)");

  private static String fromCompact(String c, int defaultYear) {
    int yearPrefix = c.length() > 2 && digit(c, 0) && digit(c, 1) && letter(c, 2) ? Integer.parseInt(c.substring(0, 2)) : -1;
    String rest = yearPrefix >= 0 ? c.substring(2) : c;
    int yearSuffix = -1;
    int n = rest.length();
    if (n > 3 && (rest.charAt(n - 3) == '-' || rest.charAt(n - 3) == '/') && digit(rest, n - 2) && digit(rest, n - 1)) {
      yearSuffix = Integer.parseInt(rest.substring(n - 2));
      rest = rest.substring(0, n - 3);
    }
    int year = yearPrefix >= 0 ? yearPrefix : yearSuffix >= 0 ? yearSuffix : twoDigitYear(defaultYear);
    int split = 0;
    while (split < rest.length() && letter(rest, split)) {
      split++;
    }
    if (split > 0 && split < rest.length() && allDigits(rest, split) && year >= 0) {
      return of(year, rest.substring(0, split), rest.substring(split)).map(ReferenceId::value).orElse(null);
    }
    if (yearPrefix < 0 && c.length() > 2 && digit(c, 0) && digit(c, 1)) {
      yearPrefix = Integer.parseInt(c.substring(0, 2));
      rest = c.substring(2);
    }
    if (yearPrefix >= 0) {
      Matcher trailed = TRAILED.matcher(rest);
      if (trailed.matches() && Stations.isRepairable(trailed.group(1))) {
        String serial = trailed.group(3).equals("SUSPECTEDDUPLICATE") ? trailed.group(4) : trailed.group(2);
        return of(yearPrefix, trailed.group(1), serial).map(ReferenceId::value).orElse(null);
      }
      Matcher garbled = GARBLED.matcher(rest);
      if (garbled.matches() && swallowedSection(garbled.group(1))) {
        return of(yearPrefix, garbled.group(5), garbled.group(6)).map(ReferenceId::value).orElse(null);
      }
      return ReferenceId.isCanonical(c) ? c : null;
    }
    return null;
  }

  /**
   * The section a published ID names when the release garbled it with its section line
   * ({@code 08SCTION02OF02SAOPAULO335} is section 2 of 2); empty for any other spelling. A digit the
   * garbling turned into Q ({@code 09SECTIOQ1OF06HARARE876}) is read as unknown, and the section then too.
   */
  public static Optional<Section> publishedSection(String spelled) {
    Matcher garbled = swallowedSectionLine(spelled);
    if (garbled == null) {
      return Optional.empty();
    }
    String number = garbled.group(2);
    String of = garbled.group(4);
    if (number.indexOf('Q') >= 0 || of.indexOf('Q') >= 0) {
      return Optional.empty();
    }
    int n = Integer.parseInt(number);
    int total = Integer.parseInt(of);
    return n >= 1 && n <= total ? Optional.of(new Section(n, total)) : Optional.empty();
  }

  /**
   * Whether the release garbled the published ID with a section line, its numbers readable or not
   * ({@code 09SECTION0QF05HANOI297} is, {@code 09MEXICO3093} and {@code 06MADRID002583ZFR2585} are not).
   */
  public static boolean garbledBySection(String spelled) {
    return swallowedSectionLine(spelled) != null;
  }

  /**
   * The published ID matched as a year, a swallowed section line and the telegram's station and serial, or
   * null: the line keeps some of SECTION's letters or of OF's ({@code 7575LIBREVILLE1895}, two numbers
   * with neither, is no section line).
   */
  private static Matcher swallowedSectionLine(String spelled) {
    if (spelled == null) {
      return null;
    }
    String c = compact(spelled.strip().toUpperCase(Locale.ROOT));
    if (c.length() < 3 || !digit(c, 0) || !digit(c, 1)) {
      return null;
    }
    Matcher garbled = GARBLED.matcher(c.substring(2));
    boolean sectionLine = garbled.matches() && swallowedSection(garbled.group(1)) && isOf(garbled.group(3))
        && !(garbled.group(1).isEmpty() && garbled.group(3).isEmpty());
    return sectionLine ? garbled : null;
  }

  /** The letters between the two section numbers: OF, or what the release left of it (GF, F, O, none). */
  private static boolean isOf(String letters) {
    return letters.length() <= 2 && (letters.isEmpty() || letters.indexOf('F') >= 0 || letters.equals("O"));
  }

  /** Whether the letters before the section numbers are a (mis-typed) "SECTION", or absent. */
  private static boolean swallowedSection(String letters) {
    if (letters.isEmpty()) {
      return true;
    }
    int fromSection = 0;
    for (int i = 0; i < letters.length(); i++) {
      if ("SECTION".indexOf(letters.charAt(i)) >= 0) {
        fromSection++;
      }
    }
    return fromSection >= 4 && fromSection >= letters.length() - 1;
  }

  static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    String stripped = digits.substring(i);
    return stripped.equals("0") ? "" : stripped;
  }

  private static String twoDigits(int year) {
    return year < 10 ? "0" + year : Integer.toString(year);
  }

  private static boolean digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  private static boolean letter(String s, int i) {
    char c = s.charAt(i);
    return c >= 'A' && c <= 'Z';
  }

  private static boolean letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!letter(s, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!digit(s, i)) {
        return false;
      }
    }
    return true;
  }
}
