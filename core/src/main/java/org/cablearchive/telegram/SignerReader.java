package org.cablearchive.telegram;

import java.util.List;
import java.util.Set;

/**
 * The signer: the surname in capitals at the end of the body ({@code FEELEY}), alone on the last line,
 * after a slash ({@code … Blog at http://… / FEELEY}) or after the last sentence ({@code End Comment. RICE}).
 */
final class SignerReader {
  private static final Set<String> NOT_NAMES = Set.of("END", "BT", "NNNN", "SIPDIS", "NOFORN", "CONFIDENTIAL",
      "SECRET", "UNCLASSIFIED", "UNCLAS", "COMMENT", "SUMMARY", "NOTE", "EXDIS", "NODIS", "SENSITIVE", "LIMDIS",
      "ENDS", "TEXT", "QUOTE", "UNQUOTE", "END TEXT", "END QUOTE", "END COMMENT", "END NOTE", "XXXXXXXXXXXX");

  /**
   * The signer, the body line it is on, and whether that line is a sign-off of its own (the name alone,
   * or a closing remark ending {@code / NAME}) rather than the end of the last paragraph.
   */
  record Signer(String name, int line, boolean signOffLine) {}

  private SignerReader() {}

  static Signer read(String[] lines) {
    int last = lines.length - 1;
    while (last >= 0 && TelegramLines.isBlank(lines[last])) {
      last--;
    }
    if (last < 0) {
      return null;
    }
    String line = lines[last].strip();
    int slash = line.lastIndexOf('/');
    String candidate = slash >= 0 ? line.substring(slash + 1).strip() : line;
    if (isName(candidate)) {
      return new Signer(trimmed(candidate), last, true);
    }
    int sentence = line.lastIndexOf(". ");
    if (sentence > 0 && isName(line.substring(sentence + 2).strip()) && line.substring(sentence + 2).strip().indexOf(' ') < 0) {
      return new Signer(trimmed(line.substring(sentence + 2)), last, false);
    }
    return null;
  }

  /** The text without surrounding blanks and trailing punctuation (cut once: a line may end in thousands of commas). */
  private static String trimmed(String text) {
    String t = text.strip();
    int end = t.length();
    while (end > 0 && ".,;:".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return t.substring(0, end);
  }

  /** One to three words of capital letters (with - ' .), 2 to 30 characters, that are not caption words. */
  static boolean isName(String text) {
    String t = trimmed(text);
    if (t.length() < 2 || t.length() > 30 || NOT_NAMES.contains(t) || t.chars().allMatch(c -> c == 'X')) {
      return false;
    }
    int words = 1;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        words++;
      } else if (c >= 'A' && c <= 'Z') {
        letters++;
      } else if (c != '-' && c != '\'' && c != '.') {
        return false;
      }
    }
    return words <= 3 && letters >= 2 && !List.of(t.split(" ")).contains("END");
  }
}
