package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The handling caveats of the release: distribution captions such as SIPDIS, NOFORN, EXDIS, NODIS. */
final class Handling {
  /** What separates handling words on a caption line. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,/;.]+");

  private static final Set<String> CAVEATS = Set.of("SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "SENSITIVE",
      "NOCONTRACT", "ORCON", "PROPIN", "STADIS", "CHEROKEE", "EFTO", "ROGER", "DISSENT");
  /** Words a handling line may hold beside caveats ("SENSITIVE BUT UNCLASSIFIED", "NOFORN/SIPDIS"). */
  private static final Set<String> FILLERS = Set.of("BUT", "UNCLASSIFIED", "AND", "ONLY");

  private Handling() {}

  static boolean isCaveat(String word) {
    return CAVEATS.contains(word);
  }

  /** The caveats of a line made of nothing but caveats (and a few fillers), or null for any other line. */
  static List<String> caveatsOf(String line) {
    String[] words = SEPARATORS.split(line.strip().toUpperCase(java.util.Locale.ROOT));
    List<String> caveats = new ArrayList<>();
    for (String word : ClassificationLine.joinSpacedLetters(words)) {
      if (isCaveat(word)) {
        caveats.add(word);
      } else if (!FILLERS.contains(word) && !word.isEmpty()) {
        return null;
      }
    }
    return caveats.isEmpty() ? null : caveats;
  }
}
