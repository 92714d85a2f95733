package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The handling caveats of the release: distribution captions such as SIPDIS, NOFORN, EXDIS, NODIS. */
final class Handling {
  /** The longest line read as caveats: {@code S E N S I T I V E  B U T  U N C L A S S I F I E D} and room. */
  private static final int MAX_CAVEATS_LINE = 120;
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

  /** Whether the line's first word is a caveat, a filler or a single letter (of a spaced-out word). */
  private static boolean opensWithHandlingWord(String line) {
    int start = 0;
    while (start < line.length() && (Character.isWhitespace(line.charAt(start)) || isSeparator(line.charAt(start)))) {
      start++;
    }
    int end = start;
    while (end < line.length() && !isSeparator(line.charAt(end))) {
      end++;
    }
    if (end - start <= 1) {
      return true;
    }
    String first = line.substring(start, end).toUpperCase(Locale.ROOT);
    return CAVEATS.contains(first) || FILLERS.contains(first);
  }

  /** A character {@link #SEPARATORS} matches. */
  private static boolean isSeparator(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == ',' || c == '/' || c == ';' || c == '.';
  }

  /** The caveats of a line made of nothing but caveats (and a few fillers), or null for any other line. */
  static List<String> caveatsOf(String line) {
    if (line.length() > MAX_CAVEATS_LINE || !opensWithHandlingWord(line)) {
      return null; // read at every line of a body: text is told apart without splitting it
    }
    String[] words = SEPARATORS.split(line.strip().toUpperCase(Locale.ROOT));
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
