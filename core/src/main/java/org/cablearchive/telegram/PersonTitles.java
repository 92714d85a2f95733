package org.cablearchive.telegram;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of officials' titles as cables write them before or after a name ({@code Ambassador},
 * {@code DCM}, {@code Charge d'Affaires a.i.}, {@code Pol/Econ Couns}, {@code Kirkuk PRT Team Leader}),
 * misspelt as the release misspells them ({@code Ambassaor}, {@code COUNSEL0R}, {@code Direcotr}): a
 * word one typing error from a long title word (two from a very long one) is a title word too.
 */
final class PersonTitles {
  private static final Set<String> WORDS = Set.of(
      "ambassador", "amb", "ambassador-at-large", "acting", "deputy", "chief", "of", "mission", "political",
      "economic", "econ", "pol", "counselor", "counsellor", "couns", "officer", "off", "charge", "chargé", "charg",
      "d'affaires", "d’affaires", "daffaires", "affaires", "affairs", "a.i", "ai", "minister", "min",
      "consul", "general", "principal", "director", "dir", "secretary", "assistant", "under", "section", "head",
      "regional", "public", "diplomacy", "the", "and", "dcm", "cda", "poloff", "econoff", "polecon", "poleconoff",
      "management", "senior", "advisor", "adviser", "special", "envoy", "coordinator", "for", "attache", "attaché",
      "defense", "legal", "labor", "resident", "representative", "permanent", "interim", "cg", "dpo", "po", "emin",
      "rso", "arso", "pao", "polchief", "polmil", "legatt", "datt", "conoff", "pol-econ", "econ-pol", "polcouns",
      "ecoff", "pmo", "officer-in-charge", "commercial", "military", "u.s", "us", "usun", "usnato", "useu", "usosce",
      "usdel", "mission's", "embassy", "consulate", "a/dcm", "minister-counselor", "minister-counsellor",
      "d,affaires", "chief/pol", "team", "leader", "member", "unit", "division", "office", "bureau", "department",
      "state", "prt", "ait", "isn", "io", "drl", "vci", "inl", "nea", "eur", "wha", "eap", "sca", "af", "ea", "pm",
      "pdas", "das", "a/s", "s/ct", "econcouns", "ecpo", "polminc", "polmincons", "mincouns", "mcounselor", "ltc",
      "col", "colonel", "gen", "major", "maj", "capt", "captain", "commander", "cdr", "lt", "admiral", "adm", "sgt",
      "dr", "mr", "mrs", "ms", "hon", "honorable", "by", "tdy", "staff", "executive", "first", "second", "third",
      "country", "desk", "programs", "program", "pol/econ", "econ/pol", "pol/mil", "polmiloff", "econ/com", "at",
      "large", "post", "nato", "un", "usaid", "in", "to", "on", "governance", "provincial", "interagency",
      "reconstruction", "security", "counterterrorism", "intelligence", "analysis", "research", "inr", "cia", "fbi",
      "dea", "dhs", "treasury", "commerce", "agriculture", "ag", "usda", "fas", "fcs", "law", "enforcement",
      "narcotics", "refugee", "refugees", "consular", "visa", "administrative", "admin", "information", "press",
      "cultural", "science", "environment", "health", "energy", "trade", "economics", "politics", "politico",
      "classification", "guide", "dos", "this", "message", "classified", "cable", "poloffs", "officers");
  /** Words of regions and subjects that titles name ({@code DAS for Central Asia}). */
  private static final Set<String> REGIONS = Set.of("asia", "asian", "africa", "african", "europe", "european",
      "america", "american", "americas", "central", "south", "southern", "east", "eastern", "west", "western", "north",
      "northern", "near", "middle", "pacific", "hemisphere", "arms", "control", "delegate", "delegation", "ecmin",
      "coun", "mincoun", "polmin", "diplomatic", "nonproliferation", "verification", "compliance", "international",
      "organization", "organizations", "population", "migration", "democracy", "human", "rights", "ambbassador");
  private static final Set<String> LONG_WORDS = Set.of("ambassador", "counselor", "counsellor", "director",
      "minister", "secretary", "coordinator", "representative", "political", "economic", "affairs", "d'affaires",
      "principal", "assistant", "deputy", "officer", "consul", "general", "attache", "advisor", "adviser", "charge",
      "chief", "acting", "minister-counselor", "political-military", "commercial", "permanent");

  private PersonTitles() {}

  /**
   * Words already judged: a caption's words are asked about several times each, and the judgement
   * (edit distances against every long title word) is the costly part. Cleared when full, to stay bounded.
   */
  private static final Map<String, Boolean> JUDGED = new ConcurrentHashMap<>();
  private static final int MAX_JUDGED = 100_000;

  /** Whether the word (any case, outer punctuation ignored) is a word of an official's title. */
  static boolean isTitleWord(String word) {
    Boolean judged = JUDGED.get(word);
    if (judged != null) {
      return judged;
    }
    boolean title = judge(word);
    if (JUDGED.size() >= MAX_JUDGED) {
      JUDGED.clear();
    }
    JUDGED.put(word, title);
    return title;
  }

  private static boolean judge(String word) {
    String w = normalised(word);
    if (w.isEmpty()) {
      return false;
    }
    if (WORDS.contains(w) || REGIONS.contains(w) || (w.indexOf('/') > 0 && w.length() <= 12)) {
      return true;
    }
    if (w.length() < 4) {
      return false;
    }
    for (String known : LONG_WORDS) {
      int allowed = known.length() >= 9 ? 2 : 1;
      if (Math.abs(known.length() - w.length()) <= allowed && Spelling.editDistance(w, known, allowed) <= allowed) {
        return true;
      }
    }
    return false;
  }

  private static String normalised(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('0', 'o');
    int start = 0;
    int end = w.length();
    while (start < end && "(\"'".indexOf(w.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".,;:)\"".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    return w.substring(start, end);
  }
}
