package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^A-Z-]+");

  /** How cables name the Department and missions in cites, mapped to the station of reference IDs. */
  private static final Map<String, String> ALIASES = Map.of("SECSTATE", "STATE", "DEPTEL", "STATE", "DEPT", "STATE",
      "USUN", "USUNNEWYORK", "USEU", "USEUBRUSSELS", "UNVIE", "UNVIEVIENNA");
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
    String[] words = SEPARATORS.split(text.toUpperCase(Locale.ROOT));
    List<ReferenceId> ids = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = stripBrackets(words[i]);
      if (ReferenceId.isCanonical(word) && word.length() > 4 && Character.isDigit(word.charAt(1))) {
        ReferenceIds.canonical(word).ifPresent(ids::add);
        continue;
      }
      int serialAt = i + 1;
      if (serialAt >= words.length || !startsWithDigit(words[serialAt])) {
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

  /** Adds the cite whose station ends at {@code stationEnd}; returns the last word it used. */
  private static int addCite(String[] words, int stationEnd, int serialAt, String station, int year, List<ReferenceId> ids) {
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
    int stationStart = stationEnd - stationWordCount(words, stationEnd, station) + 1;
    int yy = suffixYear >= 0 ? suffixYear : yearBefore(words, stationStart);
    if (yy < 0) {
      yy = ReferenceIds.twoDigitYear(year);
    }
    if (yy < 0) {
      return serialAt;
    }
    final int citeYear = yy;
    ReferenceIds.of(citeYear, station, serial).ifPresent(ids::add);
    int last = serialAt;
    while (last + 2 < words.length && (words[last + 1].equals("AND") || words[last + 1].equals("&"))
        && TelegramLines.isDigits(trailingPunctuationRemoved(words[last + 2])) && words[last + 2].length() >= 3) {
      ReferenceIds.of(citeYear, station, trailingPunctuationRemoved(words[last + 2])).ifPresent(ids::add);
      last += 2;
    }
    return last;
  }

  /** The known station whose last word is {@code words[end]} (trying the longest spelling first), or null. */
  private static String station(String[] words, int end) {
    StringBuilder joined = new StringBuilder();
    String found = null;
    for (int k = 0; k < 4 && end - k >= 0; k++) {
      String word = stripBrackets(words[end - k]);
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        break;
      }
      joined.insert(0, word);
      String candidate = ALIASES.getOrDefault(joined.toString(), joined.toString());
      if (Stations.isKnown(candidate)) {
        found = candidate;
      }
    }
    return found;
  }

  private static int stationWordCount(String[] words, int end, String station) {
    StringBuilder joined = new StringBuilder();
    int best = 1;
    for (int k = 0; k < 4 && end - k >= 0; k++) {
      joined.insert(0, stripBrackets(words[end - k]));
      if (ALIASES.getOrDefault(joined.toString(), joined.toString()).equals(station)) {
        best = k + 1;
      }
    }
    return best;
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
