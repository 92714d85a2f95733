package org.cablearchive.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The signer: the surname at the end of the body ({@code FEELEY}, or {@code White} in mixed case), alone
 * on its line, after a slash ({@code … Blog at http://… / FEELEY}) or after the last sentence
 * ({@code End Comment. RICE}). What printing and archiving added after it is passed over: repeated
 * classification lines, {@code NNNN}, page marks, {@code NOTE BY OC/T …}, "Declassified/Released" stamps.
 */
final class SignerReader {
  private static final Set<String> NOT_NAMES = Set.of("END", "BT", "NNNN", "SIPDIS", "NOFORN", "CONFIDENTIAL",
      "SECRET", "UNCLASSIFIED", "UNCLAS", "COMMENT", "SUMMARY", "NOTE", "EXDIS", "NODIS", "SENSITIVE", "LIMDIS",
      "ENDS", "TEXT", "QUOTE", "UNQUOTE", "END TEXT", "END QUOTE", "END COMMENT", "END NOTE", "XXXXXXXXXXXX");
  /** Words of the lines a printout repeats at the foot of a telegram. */
  private static final Set<String> FOOTER_WORDS = Set.of("CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "LIMITED",
      "OFFICIAL", "USE", "ONLY", "NOFORN", "SIPDIS", "NNNN", "BT", "EXDIS", "NODIS", "SENSITIVE", "BUT", "FOR", "LIMDIS",
      "//END//", "END", "OF", "MESSAGE");
  private static final Pattern FOOTER_LINE = Pattern.compile(
      "(?i)(?:declassified/released|note by oc/t|note: not passed|>|\\d{4}[a-z]+\\d+\\s*-).*|[.>#*\\s]*");
  private static final int MAX_FOOTER_LINES = 20;

  /**
   * The signer, the body line and column where the name stands, and whether that line is a sign-off of
   * its own (the name alone, or a closing remark ending {@code / NAME}) rather than the end of the last
   * paragraph ({@code End Comment. RICE}, where the name begins at {@code column}).
   */
  record Signer(String name, int line, int column, boolean signOffLine) {}

  private SignerReader() {}

  static Signer read(String[] lines) {
    int last = lastLineBeforeFooter(lines);
    if (last < 0) {
      return null;
    }
    String raw = lines[last];
    String line = raw.strip();
    int slash = line.lastIndexOf('/');
    String candidate = slash >= 0 ? line.substring(slash + 1).strip() : line;
    if (isName(candidate)) {
      return new Signer(trimmed(candidate), last, 0, true);
    }
    if (slash < 0 && isCapitalisedName(line) && (last == 0 || endsSentence(lines[last - 1]))) {
      return new Signer(trimmed(line).toUpperCase(Locale.ROOT), last, 0, true);
    }
    int sentence = line.lastIndexOf(". ");
    String after = sentence > 0 ? line.substring(sentence + 2).strip() : "";
    if (sentence > 0 && isName(after) && after.indexOf(' ') < 0) {
      return new Signer(trimmed(after), last, raw.lastIndexOf(after), false);
    }
    return null;
  }

  /** The last line that is not blank and not what a printout added after the signature; -1 when none. */
  private static int lastLineBeforeFooter(String[] lines) {
    int last = lines.length - 1;
    int skipped = 0;
    while (last >= 0 && skipped <= MAX_FOOTER_LINES && (TelegramLines.isBlank(lines[last]) || isFooter(lines[last]))) {
      last--;
      skipped++;
    }
    return skipped > MAX_FOOTER_LINES ? -1 : last;
  }

  private static boolean isFooter(String line) {
    String t = line.strip();
    if (FOOTER_LINE.matcher(t).matches() || (t.length() <= 80 && CaptionReader.isPageMark(t))) {
      return true;
    }
    for (String word : TelegramLines.words(t.toUpperCase(Locale.ROOT))) {
      if (!FOOTER_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** The text without surrounding blanks, trailing punctuation and the {@code ##} a conversion left (cut once: a line may end in thousands of commas). */
  private static String trimmed(String text) {
    String t = text.strip();
    int end = t.length();
    while (end > 0 && ".,;:#".indexOf(t.charAt(end - 1)) >= 0) {
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
    if (words.length > 3 || t.toUpperCase(Locale.ROOT).chars().allMatch(c -> c == 'X' || c == ' ')) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || NOT_NAMES.contains(word.toUpperCase(Locale.ROOT))) {
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
