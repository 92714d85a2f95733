package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Spells out a paragraph's classification marking: {@code S/NF} → "Secret, not releasable to foreign nationals". */
final class Markings {
  private static final Map<String, String> PARTS = Map.ofEntries(
      Map.entry("U", "Unclassified"),
      Map.entry("C", "Confidential"),
      Map.entry("S", "Secret"),
      Map.entry("TS", "Top secret"),
      Map.entry("SBU", "Sensitive but unclassified"),
      Map.entry("FOUO", "for official use only"),
      Map.entry("NF", "not releasable to foreign nationals (NOFORN)"),
      Map.entry("NOFORN", "not releasable to foreign nationals (NOFORN)"),
      Map.entry("REL", "releasable to named partners"),
      Map.entry("OC", "originator controlled (ORCON)"),
      Map.entry("PROPIN", "proprietary information"));

  private Markings() {}

  static String describe(String marking) {
    if (marking == null || marking.isBlank()) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (String part : marking.toUpperCase(Locale.ROOT).split("[/ ]+")) {
      String meaning = PARTS.get(part);
      if (meaning == null) {
        return "";
      }
      words.add(meaning);
    }
    return String.join(", ", words);
  }
}
