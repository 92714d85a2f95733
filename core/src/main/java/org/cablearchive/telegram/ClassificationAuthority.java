package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who classified the cable and why: {@code Classified By: Ambassador Carlos Pascual. Reason: 1.4 (b),(d).}
 * in all its forms ({@code CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).},
 * {@code Political Counselor Robin Quinville, for reasons 1.4 b and d}).
 *
 * @param name the person, without title, as written; or null
 * @param title the leading title ({@code Ambassador}, {@code Political Counselor}, {@code A/DCM}); or null
 * @param reasons the E.O. sections with their letters: {@code 1.4(b)}, {@code 1.4(d)}
 */
record ClassificationAuthority(String name, String title, List<String> reasons) {
  private static final Set<String> TITLE_WORDS = Set.of("ambassador", "acting", "deputy", "chief", "of", "mission",
      "political", "economic", "econ", "pol", "counselor", "counsellor", "officer", "charge", "chargé", "d'affaires",
      "d’affaires", "a.i.", "a.i", "ai", "affairs", "minister", "consul", "general", "principal", "director",
      "secretary", "assistant", "under", "section", "head", "regional", "public", "diplomacy", "the", "and", "dcm",
      "cda", "poloff", "econoff", "polecon", "management", "senior", "advisor", "adviser", "special", "envoy",
      "coordinator", "for", "attache", "defense", "legal", "labor", "resident", "representative", "permanent",
      "interim", "cg", "dpo", "po", "amb", "emin", "rso", "pao", "polchief", "polmil", "legatt", "datt", "conoff",
      "pol-econ", "econ-pol", "polcouns", "ecoff", "pmo", "officer-in-charge", "commercial", "military", "affairs,",
      "u.s.", "us", "usun", "usnato", "useu", "mission's", "embassy", "consulate", "a/dcm", "ambassador,",
      "minister-counselor", "d,affaires", "chief/pol");

  /** Reads the text after the "Classified By" label (the label itself removed). */
  static ClassificationAuthority read(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int cut = firstOf(lower, "reason", "1.4", "1.5", "1.6", "e.o.", "eo 12958", "e.o 12958");
    String who = cleanWho(cut < 0 ? text : text.substring(0, cut));
    List<String> reasons = cut < 0 ? List.of() : reasons(lower.substring(cut));
    return whoAndTitle(who, reasons);
  }

  private static int firstOf(String text, String... needles) {
    int first = -1;
    for (String needle : needles) {
      int at = text.indexOf(needle);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** Drops what joins the person to the reasons: {@code ", for"}, {@code ". "}, {@code "per"}. */
  private static String cleanWho(String text) {
    String who = TelegramLines.collapse(text);
    boolean changed = true;
    while (changed && !who.isEmpty()) {
      changed = false;
      String lower = who.toLowerCase(Locale.ROOT);
      for (String tail : new String[] {" for", " per", " under", " with", " on"}) {
        if (lower.endsWith(tail)) {
          who = who.substring(0, who.length() - tail.length());
          changed = true;
        }
      }
      char last = who.isEmpty() ? 'x' : who.charAt(who.length() - 1);
      if (",.;:-(".indexOf(last) >= 0 || Character.isWhitespace(last)) {
        who = who.substring(0, who.length() - 1);
        changed = true;
      }
    }
    if (who.startsWith(":")) {
      who = who.substring(1).strip();
    }
    return who;
  }

  private static ClassificationAuthority whoAndTitle(String who, List<String> reasons) {
    if (who.isEmpty()) {
      return new ClassificationAuthority(null, null, reasons);
    }
    String[] words = who.split(" ");
    int at = 0;
    while (at < words.length - 1 && isTitleWord(words[at])) {
      at++;
    }
    if (at == words.length - 1 && isTitleWord(words[at])) {
      return new ClassificationAuthority(null, who, reasons);
    }
    String title = at == 0 ? null : trimPunctuation(String.join(" ", java.util.Arrays.copyOfRange(words, 0, at)));
    String name = trimPunctuation(String.join(" ", java.util.Arrays.copyOfRange(words, at, words.length)));
    int comma = name.indexOf(", ");
    if (title == null && comma > 0 && (allTitleWords(name.substring(comma + 2)) || looksLikeName(name.substring(0, comma)))) {
      title = name.substring(comma + 2);
      name = name.substring(0, comma);
    }
    return new ClassificationAuthority(name.isEmpty() ? null : name, title, reasons);
  }

  /** Two to four capitalised words ({@code Yael Lempert}, {@code Michael A. Hammer}). */
  private static boolean looksLikeName(String text) {
    String[] words = text.split(" ");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || isTitleWord(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allTitleWords(String text) {
    for (String word : text.split(" ")) {
      if (!isTitleWord(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    while (w.endsWith(",") || w.endsWith(":")) {
      w = w.substring(0, w.length() - 1);
    }
    return TITLE_WORDS.contains(w) || (w.indexOf('/') > 0 && w.length() <= 10);
  }

  private static String trimPunctuation(String text) {
    String t = text.strip();
    while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** {@code reason: 1.4 (b),(d).} → 1.4(b), 1.4(d); {@code reasons 1.4 b and d} likewise. */
  static List<String> reasons(String text) {
    String lower = text.replace("1 .", "1.").replace("1. 4", "1.4").replace("1. 5", "1.5");
    List<String> reasons = new ArrayList<>();
    String section = null;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      char c = lower.charAt(i);
      if (c == '1' && i + 2 < n && lower.charAt(i + 1) == '.' && lower.charAt(i + 2) >= '4' && lower.charAt(i + 2) <= '6'
          && (i + 3 >= n || !Character.isDigit(lower.charAt(i + 3)))) {
        section = "1." + lower.charAt(i + 2);
        i += 3;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < n && Character.isLetter(lower.charAt(end))) {
          end++;
        }
        String word = lower.substring(i, end);
        if (section != null && word.length() == 1 && c >= 'a' && c <= 'h') {
          String reason = section + "(" + c + ")";
          if (!reasons.contains(reason)) {
            reasons.add(reason);
          }
        } else if (section != null && word.length() >= 3 && !word.equals("and") && !word.startsWith("reason")
            && !word.equals("section") && !word.equals("sections")) {
          break;
        }
        i = end;
      } else {
        i++;
      }
    }
    return reasons;
  }
}
