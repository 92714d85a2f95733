package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who classified the cable and why: {@code Classified By: Ambassador Carlos Pascual. Reason: 1.4 (b),(d).}
 * in all its forms ({@code CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).},
 * {@code Rose E. Gottemoeller, Assistant Secretary, VCI; REASON: 1.4(B), (D)},
 * {@code Kirkuk PRT Team Leader Howard Keegan for reason 1.4 (b)}).
 *
 * <p>The person is found from the end of what precedes the reasons: a surname, the given names and
 * initials before it, and a suffix ({@code Jr.}) after it; what stands before the name is the title,
 * and so is what follows it after a comma when nothing stands before. Titles are too many and too
 * often misspelt to list ({@code Ambassaor}, {@code ECONCOUNS}, {@code Kirkuk PRT Team Leader}), so a
 * name takes at most two given names unless a known title or a separator stands right before a third.
 *
 * @param name the person, without title, as written; or null
 * @param title the title ({@code Ambassador}, {@code Political Counselor}, {@code DCM}); or null
 * @param reasons the E.O. sections with their letters: {@code 1.4(b)}, {@code 1.4(d)}
 */
record ClassificationAuthority(String name, String title, List<String> reasons) {
  private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(?:jr|sr)\\.?,?|i{2,3}|iv");
  private static final Pattern SUFFIX_WITH_STOP = Pattern.compile("(?i)(?:jr|sr)\\.");
  private static final Pattern HYPHEN_BEFORE_REASONS = Pattern.compile("(?i)-(?=reasons?\\b)");
  private static final Pattern SLASH_BEFORE_NAME = Pattern.compile("(?<=\\b[A-Z]{2,6})/(?=[A-Z][a-z]+\\b)");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
  private static final Pattern HOLDS_LETTER = Pattern.compile(".*\\p{L}.*");
  private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"\u201c]+|[\"\u201d]+$");
  private static final Pattern INITIALS = Pattern.compile("(?:[A-Z0]\\.){1,3}|[A-Z]");
  /** Where the reasons begin: the section numbers, or the E.O. they belong to. */
  private static final Pattern REASONS_START = Pattern.compile(
      "1\\s?\\.\\s?[2-6](?!\\d)|\\bE\\.?\\s?O\\.?\\s?1[23]\\d{3}|\\bE\\.O\\b|\\bsection\\s+1\\.", Pattern.CASE_INSENSITIVE);
  /**
   * Words that stand between the person and the reasons: connectors, and "reasons" in the spellings
   * and broken pieces the release has ({@code reaons}, {@code RASONS}, {@code Re asons}, {@code REA SONS}).
   */
  private static final Set<String> AFTER_NAME = Set.of("for", "f0r", "fr", "per", "under",
      "based", "upon", "on", "due", "to", "with", "by", "in", "accordance", "according", "and", "of", "e.o", "eo",
      "reason", "reasons", "reason(s)", "rasons", "reaons", "resons", "reasosn", "reaon", "raesons", "r", "re", "rea",
      "reas", "reaso", "reasn", "ason", "asons", "sons", "easons", "s", "ons", "n", "a", "d", "section", "sections",
      "para", "paragraph", "12958", "12356", "13526");
  /** Labels repeated inside the value: "Classified By: Classified by DCM …", "(U) …", "1. …", "This message classified by". */
  private static final Pattern LEADING_NOISE = Pattern.compile(
      "^(?:\\s*(?:\\(\\s*[A-Z/]{1,6}\\s*\\)|\\d{1,2}\\s*\\.(?=\\s)|[-:.,]"
          + "|(?i:this\\s+(?:message|cable|telegram)\\s+(?:is\\s+)?classified\\s+by)"
          + "|(?i:cla\\w{0,4}f\\w{0,3}ed\\s+by)|(?i:(?:un)?classified|confidential|secret)\\s*-\\s*entire\\s+text\\.?))+\\s*");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;:]|\\s-+\\s|--)\\s*");

  /** Reads the text after the "Classified By" label (the label itself removed). */
  static ClassificationAuthority read(String text) {
    String collapsed = TelegramLines.collapse(mended(text));
    Matcher start = REASONS_START.matcher(collapsed);
    int cut = start.find() ? start.start() : -1;
    String who = cut < 0 ? collapsed : collapsed.substring(0, cut);
    List<String> reasons = cut < 0 ? List.of() : reasons(collapsed.substring(cut).toLowerCase(Locale.ROOT));
    return person(who, reasons);
  }

  /**
   * A "CLASSIFIED BY" sentence standing anywhere in lines {@code [from, to)} (not "DECLASSIFIED BY"),
   * read to the first blank line; null when there is none.
   */
  static ClassificationAuthority inLines(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      int at = TelegramLines.indexOfIgnoreCase(lines[i], "classified by", 0);
      if (at < 0 || (at > 0 && Character.isLetter(lines[i].charAt(at - 1)))) {
        continue;
      }
      StringBuilder text = new StringBuilder(lines[i].substring(at + "classified by".length()));
      for (int j = i + 1; j < to && j < i + 5 && !TelegramLines.isBlank(lines[j]); j++) {
        text.append('\n').append(lines[j]);
      }
      return read(text.toString());
    }
    return null;
  }

  /** Short lower-case words a line may start with in its own right. */
  private static final Set<String> LINE_START_WORDS = Set.of("a", "an", "and", "as", "at", "by",
      "for", "in", "of", "on", "or", "per", "the", "to", "is", "e.o", "under", "with", "due", "based", "from");
  /** A word the release broke at a line's end: letters, a line break, and a lower-case rest ({@code Richa / rd}). */
  private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}) *\\n *([a-z]{1,6})(?=$|[^a-z])");

  /** The text with words broken across lines joined again ({@code Hoyt Y / ee} is {@code Hoyt Yee}). */
  private static String mended(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    Matcher m = BROKEN_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String rest = m.group(2);
      boolean word = LINE_START_WORDS.contains(rest) && !(rest.equals("a") && m.end() < text.length()
          && text.charAt(m.end()) == ',');
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (word ? " " : "") + rest));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The name and title in what precedes the reasons. */
  private static ClassificationAuthority person(String who, List<String> reasons) {
    String cleaned = LEADING_NOISE.matcher(withoutSentenceEnd(detached(who))).replaceFirst("");
    List<int[]> parts = parts(cleaned);
    for (int p = 0; p < parts.size(); p++) {
      int[] part = parts.get(p);
      String[] words = withoutTrailingConnectors(words(cleaned.substring(part[0], part[1])), true);
      int last = words.length - 1;
      while (last >= 0 && !isNameWord(words[last])) {
        last--;
      }
      int surname = last > 0 && isSuffix(words[last]) ? last - 1 : last;
      if (surname < 0 || !isSurname(words, surname)) {
        continue;
      }
      int first = firstOfName(words, surname);
      surname = last;
      int nameStart = offsetOf(cleaned, part[0], words, first);
      int nameEnd = offsetOf(cleaned, part[0], words, surname) + words[surname].length();
      nameEnd = afterSuffixOrGivenNames(cleaned, parts, p, first == surname, nameEnd);
      String name = withoutClosingStop(cleaned.substring(nameStart, nameEnd));
      String before = trimmed(cleaned.substring(0, nameStart));
      String title = !before.isEmpty() ? before : titleAfter(cleaned.substring(nameEnd));
      return new ClassificationAuthority(name, title, reasons);
    }
    String title = titleAfter(cleaned);
    return new ClassificationAuthority(null, title, reasons);
  }

  /**
   * Whether word {@code at} can end a name: a name word that is not an office's acronym, nor a title
   * word unless an initial stands before it ({@code Damian R. Leader}).
   */
  private static boolean isSurname(String[] words, int at) {
    if (!isNameWord(words[at]) || isAcronymAmongMixedCase(words[at], words)) {
      return false;
    }
    return !PersonTitles.isTitleWord(words[at]) || (at > 0 && isInitial(words[at - 1]));
  }

  private static boolean isSuffix(String word) {
    return NAME_SUFFIX.matcher(word).matches();
  }

  /** The stretches of {@code text} between separators (commas, semicolons, colons, dashes). */
  private static List<int[]> parts(String text) {
    List<int[]> parts = new ArrayList<>();
    Matcher separator = SEPARATORS.matcher(text);
    int from = 0;
    while (separator.find()) {
      parts.add(new int[] {from, separator.start()});
      from = separator.end();
    }
    parts.add(new int[] {from, text.length()});
    return parts;
  }

  /** Where word {@code index} of the words read from {@code text} at {@code from} begins in it. */
  private static int offsetOf(String text, int from, String[] words, int index) {
    int at = from;
    for (int i = 0; i <= index; i++) {
      at = text.indexOf(words[i], at);
      if (i < index) {
        at += words[i].length();
      }
    }
    return at;
  }

  /**
   * Where the name ends once what belongs to it after a comma is taken in: a suffix ({@code , Jr.},
   * {@code , III}), or the given names of a surname written first ({@code Martinez, Vilma, Ambassador}).
   */
  private static int afterSuffixOrGivenNames(String text, List<int[]> parts, int p, boolean surnameOnly, int nameEnd) {
    if (p + 1 >= parts.size()) {
      return nameEnd;
    }
    int[] next = parts.get(p + 1);
    String[] words = withoutTrailingConnectors(words(text.substring(next[0], next[1])), false);
    if (words.length > 0 && isSuffix(words[0])) {
      return text.indexOf(words[0], next[0]) + words[0].length();
    }
    if (surnameOnly && words.length >= 1 && words.length <= 2) {
      for (String word : words) {
        if (!isNameWord(word) || PersonTitles.isTitleWord(word)) {
          return nameEnd;
        }
      }
      String lastWord = words[words.length - 1];
      return text.indexOf(lastWord, next[0]) + lastWord.length();
    }
    return nameEnd;
  }

  /** A name without a full stop closing the sentence it ended ({@code John R. Bolton.}), keeping an initial's or Jr.'s. */
  private static String withoutClosingStop(String name) {
    if (!name.endsWith(".")) {
      return name;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (isInitial(last) || SUFFIX_WITH_STOP.matcher(last).matches()) {
      return name;
    }
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == '.') {
      end--;
    }
    return name.substring(0, end);
  }

  /** The title written after the name ({@code ROBERT P. FINN, DEPUTY CHIEF OF MISSION}), when it holds a title word. */
  private static String titleAfter(String after) {
    String[] words = withoutTrailingConnectors(words(after), false);
    String title = trimmed(String.join(" ", words));
    while (title.endsWith(".") && !title.endsWith("a.i.")) {
      title = trimmed(title.substring(0, title.length() - 1));
    }
    for (String word : words) {
      if (PersonTitles.isTitleWord(word)) {
        return title.isEmpty() ? null : title;
      }
    }
    return null;
  }

  /**
   * Words the release ran together: a title and a name across a slash ({@code DCM/Ted Osius}), a name
   * and "reasons" across a hyphen ({@code McKelvey-reasons}).
   */
  private static String detached(String who) {
    String mended = who.indexOf('-') < 0 ? who : HYPHEN_BEFORE_REASONS.matcher(who).replaceAll(" ");
    return mended.indexOf('/') < 0 ? mended : SLASH_BEFORE_NAME.matcher(mended).replaceAll(" ");
  }

  /**
   * The text up to a full stop that ends a sentence after the name ({@code TOM MCDONALD. CONFIDENTIAL},
   * {@code Aubrey Carlson. Re asons}); a stop after an initial or an abbreviated title ({@code W.}, {@code Amb.}) is no end.
   */
  private static String withoutSentenceEnd(String who) {
    int from = 0;
    while (true) {
      int stop = who.indexOf(". ", from);
      if (stop < 0) {
        return who;
      }
      int wordStart = who.lastIndexOf(' ', stop - 1) + 1;
      String word = who.substring(wordStart, stop);
      String after = who.substring(stop + 2).strip();
      String nextWord = after.isEmpty() ? "" : TelegramLines.words(after)[0];
      if (NOT_LETTER.matcher(word).replaceAll("").length() >= 3 && !PersonTitles.isTitleWord(word + ".") && !isInitial(nextWord)
          && !word.equalsIgnoreCase("jr") && !word.equalsIgnoreCase("sr") && hasNameBefore(who.substring(0, stop))) {
        return who.substring(0, stop);
      }
      from = stop + 2;
    }
  }

  private static boolean hasNameBefore(String text) {
    String[] words = words(LEADING_NOISE.matcher(text).replaceFirst(""));
    return words.length >= 2 && isNameWord(words[words.length - 1]) && !PersonTitles.isTitleWord(words[words.length - 1]);
  }

  /**
   * The first word of the name ending at {@code surname}: middle initials and names, and the given name
   * before them. Two given names at most ({@code Mary Beth}); past an initial only one more
   * ({@code Richard C. Holbrooke}, not {@code Pakistan Richard C. Holbrooke}).
   */
  private static int firstOfName(String[] words, int surname) {
    int first = surname;
    int given = 0;
    boolean initialSeen = false;
    while (first - 1 >= 0) {
      String word = words[first - 1];
      boolean roomForGiven = initialSeen ? given == 0 || isInitial(words[first]) : given < 2;
      if (isInitial(word) && !PersonTitles.isTitleWord(word)) {
        first--;
        initialSeen = true;
      } else if (isParticle(word)) {
        first--;
      } else if (roomForGiven && isNameWord(word) && !PersonTitles.isTitleWord(word)
          && !isAcronymAmongMixedCase(word, words)) {
        first--;
        given++;
      } else {
        break;
      }
    }
    return first;
  }

  private static String[] words(String text) {
    String t = text.strip();
    return t.isEmpty() ? new String[0] : TelegramLines.words(t);
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", Arrays.copyOfRange(words, from, Math.min(to, words.length)));
  }

  /**
   * The words without what follows the person: connectors, pieces of "reasons", a parenthesis, and,
   * after a name ({@code lowerCaseToo}), any lower-case word.
   */
  private static String[] withoutTrailingConnectors(String[] words, boolean lowerCaseToo) {
    int end = words.length;
    while (end > 0) {
      String word = words[end - 1];
      String bare = TRAILING_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT).replace('0', 'o')).replaceAll("");
      boolean parenthesis = word.startsWith("(") || word.endsWith(")");
      boolean lowerCase = lowerCaseToo && !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !isParticle(word);
      if (AFTER_NAME.contains(bare) || parenthesis || lowerCase || bare.isEmpty() || !HOLDS_LETTER.matcher(bare).matches()) {
        end--;
      } else {
        break;
      }
    }
    return Arrays.copyOf(words, end);
  }

  /** A word a name is made of: letters (apostrophes, hyphens, inner capitals) starting with a capital. */
  private static boolean isNameWord(String word) {
    String t = trimmed(word);
    String w = t.indexOf('"') < 0 && t.indexOf('\u201c') < 0 && t.indexOf('\u201d') < 0 ? t
        : QUOTES_AROUND.matcher(t).replaceAll(""); // a nickname in quotes: A. "Hoot" Baez
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) || (c == '0' && i > 0)) { // a zero typed for O: B0HLEN
        letters++;
      } else if (c != '\'' && c != '\u2019' && c != '-' && c != '.') {
        return false;
      }
    }
    return letters >= 2 || isInitial(w);
  }

  /** {@code A.}, {@code W.S.}, {@code B}, {@code 0.} (a zero typed for O). */
  private static boolean isInitial(String word) {
    String w = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    return INITIALS.matcher(w).matches();
  }

  /** Lower-case parts of a surname: {@code de}, {@code van}, {@code bin}. */
  private static boolean isParticle(String word) {
    return word.equals("de") || word.equals("van") || word.equals("von") || word.equals("da") || word.equals("del")
        || word.equals("bin") || word.equals("al") || word.equals("la") || word.equals("le") || word.equals("der");
  }

  /** An office's acronym ({@code AIT}, {@code PRT}) among words in mixed case, where names are not in capitals. */
  private static boolean isAcronymAmongMixedCase(String word, String[] words) {
    if (!word.equals(word.toUpperCase(Locale.ROOT)) || word.length() > 6) {
      return false;
    }
    for (String w : words) {
      if (!w.equals(w.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String trimmed(String text) {
    String t = text.strip();
    int end = t.length();
    while (end > 0 && ",;:-".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = 0;
    while (start < end && ",;:-".indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    return t.substring(start, end).strip();
  }

  /** {@code reason: 1.4 (b),(d).} → 1.4(b), 1.4(d); {@code reasons 1.4 b and d} and {@code 1.5 (B) AND (D)} likewise. */
  static List<String> reasons(String text) {
    String lower = text.replace("1 .", "1.").replace("1. 4", "1.4").replace("1. 5", "1.5").replace("1. 6", "1.6");
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
