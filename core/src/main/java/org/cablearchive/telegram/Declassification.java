package org.cablearchive.telegram;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What the E.O. line says: {@code E.O. 12958: DECL: 07/24/2019}, {@code DECL: N/A},
 * {@code DECL: DECLASSIFIED BY NARA 09/02/2009} (the date it was declassified), or the 1970s form
 * {@code E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P} whose parenthesis names who classified it.
 *
 * @param on the date, or null when the line gives none (N/A, OADR, "TWENTY YEARS")
 * @param unreadableDate a date-like word that is not a real date ({@code 02/30/2010}), or null
 * @param classifier the name in parentheses of the old form, as written, or null
 */
record Declassification(LocalDate on, String unreadableDate, String classifier) {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;()]+");

  /** Reads the text after the {@code E.O. 12958:} label. */
  static Declassification read(String text) {
    LocalDate on = null;
    String unreadable = null;
    for (String word : SEPARATORS.split(text)) {
      String w = trimDots(word);
      if (w.indexOf('/') > 0 && Character.isDigit(w.charAt(0)) && w.chars().filter(c -> c == '/').count() == 2) {
        on = DateTimeGroups.usDate(w);
        unreadable = on == null ? w : null;
        break;
      }
    }
    return new Declassification(on, unreadable, classifier(text));
  }

  private static String classifier(String text) {
    int open = text.indexOf('(');
    int close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) {
      return null;
    }
    String inside = TelegramLines.collapse(text.substring(open + 1, close));
    return inside.indexOf(',') > 0 && Character.isLetter(inside.charAt(0)) ? inside : null;
  }

  private static String trimDots(String word) {
    int end = word.length();
    while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == ':')) {
      end--;
    }
    return word.substring(0, end);
  }
}
