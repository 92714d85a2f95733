package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablearchive.model.Section;

/**
 * The body's first line: {@code C O N F I D E N T I A L SECTION 01 OF 04 MEXICO 003093}. Letter-spaced
 * words are read as words; the station may be several words ({@code THE HAGUE}); the serial is the last number.
 *
 * @param level {@code UNCLASSIFIED}, {@code LIMITED OFFICIAL USE}, {@code CONFIDENTIAL}, {@code SECRET} or
 *     {@code TOP SECRET}
 * @param section the section, or null
 * @param station the station as in reference IDs ({@code THEHAGUE}), or null
 * @param serial the serial as written ({@code 003093}), or null
 * @param caveats handling words written on the line itself ({@code NOFORN}, {@code EFTO})
 */
record ClassificationLine(String level, Section section, String station, String serial, List<String> caveats) {

  /** Reads {@code line}, or returns null when it does not start with a classification. */
  static ClassificationLine read(String line) {
    List<String> words = joinSpacedLetters(TelegramLines.words(withoutDatePrefix(line).toUpperCase(Locale.ROOT).replace("//", " ")
        .strip()));
    int at = 0;
    String level = null;
    if (at < words.size()) {
      String first = words.get(0);
      if (first.equals("UNCLAS") || first.equals("UNCLASSIFIED")) {
        level = "UNCLASSIFIED";
        at = 1;
      } else if (first.equals("CONFIDENTIAL") || first.equals("SECRET")) {
        level = first;
        at = 1;
      } else if (first.equals("TOP") && words.size() > 1 && words.get(1).equals("SECRET")) {
        level = "TOP SECRET";
        at = 2;
      } else if (first.equals("LIMITED") && words.size() > 2 && words.get(1).equals("OFFICIAL")) {
        level = "LIMITED OFFICIAL USE";
        at = 3;
      }
    }
    if (level == null) {
      return null;
    }
    List<String> caveats = new ArrayList<>();
    while (at < words.size() && Handling.isCaveat(words.get(at))) {
      caveats.add(words.get(at++));
    }
    Section section = null;
    if (at < words.size() && isSectionWord(words.get(at))) {
      SectionRead read = section(words, at);
      if (read.section != null || words.get(at).startsWith("SECTION")) {
        section = read.section;
        at = read.next;
      }
    }
    return stationAndSerial(level, section, words, at, caveats);
  }

  /** OF, or its garbled forms GF, QF, O, F. */
  private static boolean isOf(String word) {
    return word.equals("OF") || word.equals("GF") || word.equals("QF") || word.equals("O") || word.equals("F");
  }

  /** Drops the {@code Cable dated:2006-01-29T11:49:00} that some releases put before the line. */
  private static String withoutDatePrefix(String line) {
    if (!line.startsWith("Cable dated:")) {
      return line;
    }
    int at = "Cable dated:".length() + "2006-01-29T11:49:00".length();
    if (at < line.length() && line.charAt(at) == ']') {
      at++;
    }
    return at >= line.length() ? "" : line.substring(at);
  }

  private record SectionRead(Section section, int next) {}

  /**
   * SECTION, or a garbled transmission's ECTION, SCTION, SECTIN…, possibly with the number glued on.
   * Only a word followed by "NN OF NN" is taken as one (so that STATE is not).
   */
  private static boolean isSectionWord(String word) {
    int letters = 0;
    while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
      letters++;
    }
    if (letters < 4 || letters > 8) {
      return false;
    }
    int fromSection = 0;
    for (int i = 0; i < letters; i++) {
      if ("SECTION".indexOf(word.charAt(i)) >= 0) {
        fromSection++;
      }
    }
    return fromSection >= letters - 1;
  }

  /** {@code SECTION 01 OF 04}, {@code SECTION01 OF 04}, {@code SECTION 1 OF 2}, {@code ECTION 01 GF 02}. */
  private static SectionRead section(List<String> words, int at) {
    String word = words.get(at);
    int letters = 0;
    while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
      letters++;
    }
    String glued = word.substring(letters);
    int next = at + 1;
    String number = glued;
    if (number.isEmpty() && next < words.size()) {
      number = words.get(next++);
    }
    if (next + 1 < words.size() && isOf(words.get(next)) && isShortNumber(words.get(next + 1)) && isShortNumber(number)) {
      return new SectionRead(new Section(Integer.parseInt(number), Integer.parseInt(words.get(next + 1))), next + 2);
    }
    return new SectionRead(null, next);
  }

  private static ClassificationLine stationAndSerial(String level, Section section, List<String> words, int at,
      List<String> caveats) {
    int serialAt = -1;
    for (int i = at; i < words.size(); i++) {
      String digits = leadingDigits(words.get(i));
      if (digits.length() >= 3 || isShortNumber(words.get(i))) {
        words.set(i, digits);
        serialAt = i;
        break;
      }
    }
    if (serialAt <= at) {
      return new ClassificationLine(level, section, null, null, caveats);
    }
    StringBuilder station = new StringBuilder();
    for (int i = at; i < serialAt; i++) {
      station.append(words.get(i));
    }
    for (int i = serialAt + 1; i < words.size(); i++) {
      if (Handling.isCaveat(words.get(i))) {
        caveats.add(words.get(i));
      }
    }
    String name = station.toString();
    boolean letters = name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    return new ClassificationLine(level, section, letters ? name : null, letters ? words.get(serialAt) : null, caveats);
  }

  /** {@code C O N F I D E N T I A L} → {@code CONFIDENTIAL}: runs of four or more single letters become a word. */
  static List<String> joinSpacedLetters(String[] tokens) {
    List<String> words = new ArrayList<>(tokens.length);
    int i = 0;
    while (i < tokens.length) {
      int run = i;
      while (run < tokens.length && tokens[run].length() == 1 && Character.isLetter(tokens[run].charAt(0))) {
        run++;
      }
      if (run - i >= 4) {
        StringBuilder word = new StringBuilder();
        for (int k = i; k < run; k++) {
          word.append(tokens[k]);
        }
        words.add(word.toString());
        i = run;
      } else {
        if (!tokens[i].isEmpty()) {
          words.add(tokens[i]);
        }
        i++;
      }
    }
    return words;
  }

  /** {@code 000493SIPDIS} → {@code 000493}: the serial where a lost line break glued the next line to it. */
  private static String leadingDigits(String word) {
    int end = 0;
    while (end < word.length() && end < 9 && Character.isDigit(word.charAt(end))) {
      end++;
    }
    return word.substring(0, end);
  }

  /** Digits only, at most nine (a serial or a section number, never a run of garbage). */
  private static boolean isShortNumber(String word) {
    return word.length() <= 9 && TelegramLines.isDigits(word);
  }
}
