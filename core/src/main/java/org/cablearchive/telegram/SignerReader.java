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
    if (slash < 0 && isCapitalisedName(line) && (last == 0 || endsSentence(lines[last - 1]))) {
      return new Signer(trimmed(line).toUpperCase(java.util.Locale.ROOT), last, true);
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

  /**
   * A name typed in mixed case on a line of its own ({@code White}, {@code David Brooks}): one to three
   * capitalised words of letters, none of them a closing word.
   */
  static boolean isCapitalisedName(String line) {
    String t = trimmed(line);
    if (t.length() < 2 || t.length() > 30) {
      return false;
    }
    String[] words = t.split(" ");
    if (words.length > 3 || t.toUpperCase(java.util.Locale.ROOT).chars().allMatch(c -> c == 'X' || c == ' ')) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || NOT_NAMES.contains(word.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
      for (int i = 1; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a line ends a sentence (the sign-off that follows it then stands alone). */
  private static boolean endsSentence(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return true;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '"' || c == '\u201d' || c == ')' || c == '!' || c == '?';
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
