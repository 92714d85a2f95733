package org.cablearchive.telegram;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cablearchive.model.Heading;
import org.cablearchive.model.Paragraph;

/**
 * Finds the headings that stand before numbered paragraphs: a title between two rules of dashes
 * ({@code ----------} / {@code Air Routes} / {@code ----------}), a title over a rule, a rule line with
 * the title inside it, or a short line of capitalised words set off by blank lines
 * ({@code Working With New Merida Architecture}). Only the lines right before a paragraph are looked
 * at, so a title inside a paragraph (over a list, say) stays in its text; before the first paragraph,
 * where the caption's lines stand, only a title drawn with a rule counts.
 */
final class HeadingReader {
  private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}\\d]+");
  private static final Pattern TRAILING_NON_WORD = Pattern.compile("\\W+$");
  private static final Pattern X_RUN = Pattern.compile("X+");
  /** A heading's lines: the paragraph before it ends at {@code cutLine}; its words are on {@code [from, to)}. */
  record Lines(int cutLine, int from, int to) {}

  private static final int MAX_LENGTH = 90;
  private static final int MAX_WORDS = 12;
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "de", "del", "for",
      "from", "in", "into", "of", "on", "or", "the", "to", "vs", "with", "y", "la", "el", "is", "are", "its", "but",
      "not", "over", "after", "before", "about", "up", "down", "out", "than", "under", "between", "against");

  private HeadingReader() {}

  /** The heading before each paragraph start that has one, in order. */
  static List<Lines> read(String[] lines, List<ParagraphReader.Start> starts) {
    List<Lines> headings = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int floor = k == 0 ? 0 : starts.get(k - 1).line() + 1;
      Lines heading = before(lines, starts.get(k).line(), floor, k > 0);
      if (heading != null) {
        headings.add(heading);
      }
    }
    return headings;
  }

  /** The heading ending right before line {@code start} and not above {@code floor}, or null. */
  private static Lines before(String[] lines, int start, int floor, boolean plainAllowed) {
    int last = start - 1;
    while (last >= floor && TelegramLines.isBlank(lines[last])) {
      last--;
    }
    if (last < floor) {
      return null;
    }
    if (ParagraphReader.isRule(lines[last])) {
      return drawn(lines, last, floor);
    }
    String inRule = withoutRules(lines[last]);
    if (inRule != null) {
      return looksLikeHeading(inRule) ? new Lines(last, last, last + 1) : null;
    }
    if (!plainAllowed) {
      return null;
    }
    int first = last;
    while (first - 1 >= floor && !TelegramLines.isBlank(lines[first - 1])) {
      first--;
    }
    // set off by a blank line from the paragraph above, and not that paragraph's own first line
    boolean setOff = first - 1 >= floor && first > floor;
    return setOff && last - first < 2 && looksLikeHeading(TelegramLines.collapse(lines, first, 0, last + 1))
        ? new Lines(first, first, last + 1) : null;
  }

  /** A title over the rule on line {@code rule}, with or without a rule above it. */
  private static Lines drawn(String[] lines, int rule, int floor) {
    int last = rule - 1;
    int first = last;
    while (first - 1 >= floor && !TelegramLines.isBlank(lines[first - 1]) && !ParagraphReader.isRule(lines[first - 1])
        && last - first < 2) {
      first--;
    }
    if (last < floor || first > last || TelegramLines.isBlank(lines[last])) {
      return null;
    }
    boolean ruleAbove = first - 1 >= floor && ParagraphReader.isRule(lines[first - 1]);
    boolean blankAbove = first - 1 < floor || TelegramLines.isBlank(lines[first - 1]);
    if (!ruleAbove && !blankAbove) {
      return null;
    }
    String text = TelegramLines.collapse(lines, first, 0, last + 1);
    return looksLikeTitle(text) ? new Lines(ruleAbove ? first - 1 : first, first, last + 1) : null;
  }

  /**
   * The words of a line that draws a rule beside them ({@code ----- Air Routes -----},
   * {@code Challenges Still to Address -----}), or null for other lines.
   */
  private static String withoutRules(String line) {
    String t = line.strip();
    int from = 0;
    while (from < t.length() && isRuleChar(t.charAt(from))) {
      from++;
    }
    int to = t.length();
    while (to > from && isRuleChar(t.charAt(to - 1))) {
      to--;
    }
    return (from >= 3 || t.length() - to >= 3) && to > from ? t.substring(from, to).strip() : null;
  }

  private static boolean isRuleChar(char c) {
    return c == '-' || c == '_' || c == '=' || c == ' ';
  }

  /**
   * A heading set off by blank lines alone: a short title of capitalised words (small words aside),
   * not a sentence, a caption label, a handling line or a closing such as {@code END SUMMARY}.
   */
  static boolean looksLikeHeading(String text) {
    if (!looksLikeTitle(text)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == ':' && TelegramLines.words(text).length > 4) {
      return false;
    }
    int capitalised = 0;
    int counted = 0;
    for (String word : TelegramLines.words(text)) {
      String letters = LEADING_NON_LETTERS.matcher(word).replaceAll("");
      if (letters.isEmpty() || SMALL_WORDS.contains(TRAILING_NON_WORD.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll(""))) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(letters.charAt(0)) || Character.isDigit(letters.charAt(0))) {
        capitalised++;
      }
    }
    return counted > 0 && capitalised * 4 >= counted * 3;
  }

  /** The headings as the model keeps them: their words and where those stand in the body. */
  static List<Heading> headings(String body, String[] lines, List<Lines> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    int[] lineStarts = TelegramLines.lineStarts(body, lines.length);
    List<Heading> headings = new ArrayList<>(found.size());
    for (Lines h : found) {
      int start = lineStarts[h.from()] + wordsFrom(lines[h.from()]);
      String lastLine = lines[h.to() - 1];
      int end = lineStarts[h.to() - 1] + wordsTo(lastLine);
      if (end > start) {
        headings.add(new Heading(Paragraph.textOf(body, start, end), start, end));
      }
    }
    return headings;
  }

  /** Where a heading's words begin on its line: after blanks and the dashes of a rule drawn around them. */
  private static int wordsFrom(String line) {
    int i = 0;
    while (i < line.length() && isRuleChar(line.charAt(i)) || i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordsTo(String line) {
    int i = line.length();
    while (i > 0 && (isRuleChar(line.charAt(i - 1)) || Character.isWhitespace(line.charAt(i - 1)))) {
      i--;
    }
    return i;
  }

  /** What any title is: short, mostly letters, not ending a sentence, and none of the lines a caption or closing holds. */
  private static boolean looksLikeTitle(String text) {
    if (text.length() < 3 || text.length() > MAX_LENGTH || TelegramLines.words(text).length > MAX_WORDS) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (!Character.isLetterOrDigit(first) || last == '.' || last == ',' || last == ';' || last == '-') {
      return false;
    }
    int letters = 0;
    int others = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != ' ') {
        others++;
      }
    }
    String upper = text.toUpperCase(Locale.ROOT);
    return letters >= 3 && letters >= 3 * others && !upper.startsWith("END ") && !upper.startsWith("BEGIN ")
        && !X_RUN.matcher(upper).matches() && CaptionReader.label(text) == CaptionReader.Label.NONE
        && Handling.caveatsOf(text) == null && !CaptionReader.isPageMark(text)
        && ClassificationLine.read(text) == null;
  }
}
