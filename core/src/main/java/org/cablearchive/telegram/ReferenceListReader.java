package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.ReferenceKind;

/**
 * Reads a REF line into its items: lettered ({@code A. MEXICO 2463 B. 08 MEXICO 3595}, {@code (A)},
 * {@code ¶B.}, and {@code 1B.} where a text conversion mangled the ¶) or separated by semicolons.
 * Each item that cites cables yields one reference per cable — {@code STATE 41252 AND 44603} cites two;
 * a cite without a year ({@code MEXICO 2463}) has the citing cable's year; {@code (99) LONDON 123},
 * {@code QUITO 4525-91}, {@code 06 TBILISI 0619} and {@code 2008 SAO PAULO 542} carry their own. Items citing no cable are
 * e-mails, phone calls, memos, reports or other things, by their words.
 */
final class ReferenceListReader {
  private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\(\\d{2}\\)");
  private static final Pattern LIST_LETTER_GLUED = Pattern.compile("(?<=^|\\s)[A-Z]\\)(?=[A-Z])");
  private static final Pattern MARK_BEFORE_SERIAL = Pattern.compile("(?:#|\\([A-Z/]{1,5}\\))(?=\\d)");
  private static final Pattern REF_LABEL = Pattern.compile("(?<=^|\\s)REF(?:S|TEL|TELS)?:?(?=\\s|$)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern SERIAL_WITH_LETTER_O = Pattern.compile("O\\d{3,}");
  private static final Pattern STATION_WITH_ZERO = Pattern.compile("[A-Z]+0[A-Z0]*");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s:]+");
  /** Where a comma or semicolon stood between two words: kept as a word, as it ends a cite's year. */
  private static final String BREAK = ";";
  private static final Pattern NOT_WORD = Pattern.compile("[^A-Z-]+");

  private static final Set<String> MONTHS = Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "SEPT", "OCT", "NOV", "DEC", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
      "OCTOBER", "NOVEMBER", "DECEMBER");

  private ReferenceListReader() {}

  /** The references of the REF text (label removed), citing cable's year {@code year} (0 when unknown). */
  static List<Reference> read(String text, int year) {
    List<Reference> references = new ArrayList<>();
    for (String[] item : items(TelegramLines.collapse(text))) {
      addItem(item[0], item[1], year, references);
    }
    return references;
  }

  /** Splits into {bullet, text} items at the bullets A, B, C… in sequence, else at semicolons. */
  static List<String[]> items(String text) {
    List<String[]> items = new ArrayList<>();
    int first = bulletAt(text, 0, 'A');
    if (first < 0) {
      first = bulletAt(text, 0, 'a');
    }
    if (first < 0) {
      for (String part : text.split(";")) {
        if (!part.isBlank()) {
          items.add(new String[] {null, part.strip()});
        }
      }
      return items;
    }
    char letter = text.charAt(first);
    int start = first;
    while (start >= 0) {
      int next = bulletAt(text, start + 2, (char) (letter + 1));
      String body = text.substring(textStart(text, start), next < 0 ? text.length() : bulletStart(text, next)).strip();
      items.add(new String[] {String.valueOf(letter), body});
      letter++;
      start = next;
    }
    return items;
  }

  /** The index of bullet {@code letter} at or after {@code from}: {@code A.}, {@code A)}, {@code (A)}, {@code ¶A.}, {@code 1A.}. */
  private static int bulletAt(String text, int from, char letter) {
    for (int i = text.indexOf(letter, from); i >= 0; i = text.indexOf(letter, i + 1)) {
      if (i + 1 >= text.length() || (text.charAt(i + 1) != '.' && text.charAt(i + 1) != ')')) {
        continue;
      }
      boolean parenthesised = text.charAt(i + 1) == ')';
      if (i + 2 < text.length() && !Character.isWhitespace(text.charAt(i + 2)) && !parenthesised) {
        continue;
      }
      if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(' || text.charAt(i - 1) == '¶'
          || text.charAt(i - 1) == ':' || text.charAt(i - 1) == ';' || text.charAt(i - 1) == ','
          || (text.charAt(i - 1) == '1' && (i == 1 || text.charAt(i - 2) == ' '))) {
        return i;
      }
    }
    return -1;
  }

  /** Where the bullet's mark begins (its "(", "¶" or mangled "1"), so that it is not left in the previous item. */
  private static int bulletStart(String text, int letterAt) {
    char before = letterAt > 0 ? text.charAt(letterAt - 1) : ' ';
    return before == '(' || before == '¶' || before == '1' ? letterAt - 1 : letterAt;
  }

  private static int textStart(String text, int letterAt) {
    return Math.min(text.length(), letterAt + 2);
  }

  private static void addItem(String bullet, String text, int year, List<Reference> references) {
    List<ReferenceId> cites = cites(text, year);
    if (cites.isEmpty()) {
      references.add(new Reference(bullet, text, kind(text), null));
      return;
    }
    for (ReferenceId id : cites) {
      references.add(new Reference(bullet, text, ReferenceKind.CABLE, id));
    }
  }

  /** The cables an item cites, in order. */
  static List<ReferenceId> cites(String text, int year) {
    String[] words = citeWords(text);
    List<ReferenceId> ids = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = stripBrackets(words[i]);
      if (word.equals(BREAK)) {
        continue;
      }
      if (isPageMarkAt(words, i)) {
        i += 3;
        continue;
      }
      if (ReferenceId.isCanonical(word) && word.length() > 4 && Character.isDigit(word.charAt(1))) {
        ReferenceIds.cable(word, year).ifPresent(ids::add);
        continue;
      }
      int serialAt = i + 1;
      if (serialAt >= words.length || !(startsWithDigit(words[serialAt]) || YEAR_IN_PARENTHESES.matcher(words[serialAt]).matches())) {
        continue;
      }
      String station = station(words, i);
      if (station == null) {
        continue;
      }
      i = addCite(words, i, serialAt, station, year, ids);
    }
    return ids;
  }

  /** {@code HK05511} → {@code HK}: what {@code word.replaceAll("\\d+$", "")} gives, without a pattern per word. */
  private static String withoutTrailingDigits(String word) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) >= '0' && word.charAt(end - 1) <= '9') {
      end--;
    }
    return word.substring(0, end);
  }

  /**
   * The item's words as cites are read from them, with what the release glued to them taken off: a
   * bullet ({@code A)STATE}), a marking or number sign before a serial ({@code (C)02293}, {@code #3565}),
   * a station run into its serial ({@code HK05511}), a nested label ({@code REF:}); a zero typed for O
   * in a station ({@code COTON0U}) and an O typed for a zero in a serial ({@code O1512}) are read as meant.
   */
  private static String[] citeWords(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    // each replacement only where its character occurs: most lists need none of them
    upper = upper.indexOf(')') < 0 ? upper : LIST_LETTER_GLUED.matcher(upper).replaceAll("");
    upper = upper.indexOf('#') < 0 && upper.indexOf('(') < 0 ? upper : MARK_BEFORE_SERIAL.matcher(upper).replaceAll("");
    upper = !upper.contains("REF") ? upper : REF_LABEL.matcher(upper).replaceAll(" ");
    upper = upper.indexOf(',') < 0 && upper.indexOf(';') < 0 ? upper : LIST_SEPARATOR.matcher(upper).replaceAll(" ; ");
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(upper)) {
      if (word.isEmpty()) {
        continue;
      }
      String letters = withoutTrailingDigits(word);
      if (!letters.isEmpty() && letters.length() < word.length() && Character.isLetter(word.charAt(0))
          && Stations.known(letters) != null && !ReferenceId.isCanonical(word)) {
        words.add(letters);
        words.add(word.substring(letters.length()));
      } else if (SERIAL_WITH_LETTER_O.matcher(word).matches()) {
        words.add("0" + word.substring(1));
      } else if (STATION_WITH_ZERO.matcher(word).matches()) {
        words.add(word.replace('0', 'O'));
      } else {
        words.add(word);
      }
    }
    return words.toArray(new String[0]);
  }

  /** {@code PAGE 02 ROME 01196 01 OF 02}: a printed page's top line, whose station and number are no cite. */
  private static boolean isPageMarkAt(String[] words, int i) {
    return words[i].equals("PAGE") && i + 3 < words.length && words[i + 1].length() == 2
        && TelegramLines.isDigits(words[i + 1]);
  }

  /** Adds the cite whose station ends at {@code stationEnd}; returns the last word it used. */
  private static int addCite(String[] words, int stationEnd, int serialAt, String station, int year, List<ReferenceId> ids) {
    int parenthesisedYear = -1;
    if (YEAR_IN_PARENTHESES.matcher(words[serialAt]).matches() && serialAt + 1 < words.length && startsWithDigit(words[serialAt + 1])) {
      parenthesisedYear = Integer.parseInt(words[serialAt].substring(1, 3)); // STATE (01) 201265
      serialAt++;
    }
    String serial = leadingDigitsOf(words[serialAt]);
    int suffixYear = -1;
    int dash = Math.max(serial.indexOf('-'), serial.indexOf('/'));
    if (dash > 0) {
      String after = serial.substring(dash + 1);
      suffixYear = after.length() == 2 && TelegramLines.isDigits(after) ? Integer.parseInt(after) : -1;
      serial = serial.substring(0, dash);
    }
    serial = trailingPunctuationRemoved(serial);
    if (!TelegramLines.isDigits(serial) || serial.length() > 7) {
      return stationEnd;
    }
    int stationStart = stationEnd - stationWords(words, stationEnd).count() + 1;
    int afterYear = yearAfter(words, serialAt);
    int yy = parenthesisedYear >= 0 ? parenthesisedYear : suffixYear >= 0 ? suffixYear : afterYear >= 0 ? afterYear
        : yearBefore(words, stationStart);
    if (yy < 0) {
      yy = ReferenceIds.twoDigitYear(year);
    }
    if (yy < 0) {
      return serialAt;
    }
    final int citeYear = yy;
    ReferenceIds.cable(citeYear, station, serial, year).ifPresent(ids::add);
    for (String more : moreSerials(words[serialAt])) {
      ReferenceIds.cable(citeYear, station, more, year).ifPresent(ids::add);
    }
    int last = afterYear >= 0 ? serialAt + 1 : serialAt;
    while (last + 1 < words.length) {
      int at = words[last + 1].equals(BREAK) ? last + 2 : last + 1;
      if (at >= words.length) {
        break;
      }
      boolean joined = words[at].equals("AND") || words[at].equals("&");
      int next = joined ? at + 1 : at;
      if (next >= words.length) {
        break;
      }
      String number = trailingPunctuationRemoved(words[next]);
      if (!TelegramLines.isDigits(number) || number.length() < 3 || number.length() > 7 || opensCite(words, next)) {
        break;
      }
      ReferenceIds.cable(citeYear, station, number, year).ifPresent(ids::add);
      last = next;
    }
    return last;
  }

  /** {@code 2008 SAO PAULO 542}: a year written before the next cite's station, not one more serial. */
  private static boolean opensCite(String[] words, int at) {
    String word = words[at];
    boolean year = word.length() == 4 && (word.startsWith("19") || word.startsWith("20"));
    if (!year) {
      return false;
    }
    for (int end = at + 1; end < words.length && end <= at + 4; end++) {
      if (end + 1 < words.length && startsWithDigit(words[end + 1]) && station(words, end) != null) {
        return true;
      }
    }
    return false;
  }

  /** The other serials of {@code 936/935} or {@code 692/317/274/162}: slashes between numbers of three digits or more. */
  private static List<String> moreSerials(String word) {
    String[] parts = word.split("/");
    List<String> more = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String part = trailingPunctuationRemoved(parts[i]);
      if (part.length() < 3 || !TelegramLines.isDigits(part)) {
        return List.of();
      }
      more.add(part);
    }
    return parts.length > 1 && parts[0].length() >= 3 ? more : List.of();
  }

  /**
   * A year written right after the serial as a word of its own ({@code AMMAN 07718 99, AMMAN 05986 00}):
   * two digits closing the cite, before a comma, a semicolon or the end; or -1. Two digits that open
   * the next cite ({@code HANOI 3; 09 HANOI 1398}) are that cite's year.
   */
  private static int yearAfter(String[] words, int serialAt) {
    int at = serialAt + 1;
    if (at >= words.length || words[at].length() != 2 || !TelegramLines.isDigits(words[at])) {
      return -1;
    }
    return at + 1 == words.length || words[at + 1].equals(BREAK) ? Integer.parseInt(words[at]) : -1;
  }

  /** A station named by the words ending at a cite's serial, and how many words name it. */
  private record StationWords(String station, int count) {}

  /** The known station whose last word is {@code words[end]} (trying the longest spelling first), or null. */
  private static String station(String[] words, int end) {
    StationWords found = stationWords(words, end);
    return found == null ? null : found.station();
  }

  /**
   * The station the words ending at {@code words[end]} name, the longest spelling that names one
   * ({@code SAO PAULO}, {@code RIO DE JANEIRO}); a single letter (a bullet, {@code c.}) ends the name.
   */
  private static StationWords stationWords(String[] words, int end) {
    StringBuilder joined = new StringBuilder();
    StationWords found = null;
    for (int k = 0; k < 4 && end - k >= 0; k++) {
      String word = stripBrackets(words[end - k]);
      if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || (k > 0 && word.length() < 2)) {
        break;
      }
      joined.insert(0, word);
      String candidate = stationOf(joined.toString());
      if (candidate != null) {
        found = new StationWords(candidate, k + 1);
      }
    }
    return found;
  }

  /**
   * The station a cite's words name: a known station or alias, or a name of five letters or more that
   * a repair of the release's misspellings leads to ({@code COLOMOBO}, {@code ADDIS}); else null.
   */
  private static String stationOf(String joined) {
    String known = Stations.known(joined);
    if (known != null || joined.length() < 5 || !joined.chars().allMatch(Character::isLetter)) {
      return known;
    }
    String repaired = Stations.repaired(joined);
    return Stations.isKnown(repaired) ? repaired : null;
  }

  /** A two-digit year written before the station ({@code 08 MEXICO}, {@code (99) LONDON}), or -1. */
  private static int yearBefore(String[] words, int stationStart) {
    if (stationStart < 1) {
      return -1;
    }
    String word = stripBrackets(words[stationStart - 1]);
    if (word.length() == 4 && TelegramLines.isDigits(word) && (word.startsWith("19") || word.startsWith("20"))) {
      int year = Integer.parseInt(word);
      return year >= 1966 && year <= 2011 ? year % 100 : -1;
    }
    if (word.length() != 2 || !TelegramLines.isDigits(word)) {
      return -1;
    }
    // MATAMOROS 37 MATAMOROS 33: two digits after a station are that cite's serial, not the next one's year
    if (stationStart >= 2 && station(words, stationStart - 2) != null) {
      return -1;
    }
    if (stationStart >= 2 && MONTHS.contains(stripBrackets(words[stationStart - 2]).replace(".", ""))) {
      return -1;
    }
    return Integer.parseInt(word);
  }

  private static ReferenceKind kind(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (String word : NOT_WORD.split(upper)) {
      switch (word) {
        case "EMAIL", "E-MAIL", "EMAILS", "E-MAILS", "EMAILED", "E-MAILED" -> {
          return ReferenceKind.EMAIL;
        }
        case "TELCON", "TELECON", "TELCONS", "PHONE", "TELEPHONE", "TELECONFERENCE", "PHONECON", "CALL", "VTC", "SVTC",
            "DVC", "VIDEOCONFERENCE" -> {
          return ReferenceKind.TEL;
        }
        case "MEMO", "MEMCON", "MEMCONS", "MEMORANDUM", "NOTE", "LETTER", "DEMARCHE" -> {
          return ReferenceKind.MEMO;
        }
        case "REPORT", "REPORTS", "IIR", "SITREP", "INTSUM", "STUDY", "ASSESSMENT", "DAILY", "OSC", "TD-314" -> {
          return ReferenceKind.REPORT;
        }
        default -> { }
      }
    }
    return ReferenceKind.OTHER;
  }

  /** {@code 507CAIRO} → {@code 507} (a lost space); other words unchanged. */
  private static String leadingDigitsOf(String word) {
    int end = 0;
    while (end < word.length() && Character.isDigit(word.charAt(end))) {
      end++;
    }
    return end >= 3 && end < word.length() && Character.isLetter(word.charAt(end)) ? word.substring(0, end) : word;
  }

  private static String stripBrackets(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && (word.charAt(start) == '(' || word.charAt(start) == '[')) {
      start++;
    }
    while (end > start && ".)]".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(start, end);
  }

  private static String trailingPunctuationRemoved(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(0, end);
  }

  private static boolean startsWithDigit(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }

}
