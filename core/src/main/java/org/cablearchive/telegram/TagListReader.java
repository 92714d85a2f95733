package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the TAGS line into the tags its writer meant: {@code PREL, PGOV, PINR, MX}; the page's linked
 * form without commas {@code PREL PGOV PINR MX}; person tags {@code OVIP (CLINTON, HILLARY)} →
 * {@code CLINTON, HILLARY}; tags of several words ({@code HUMAN RIGHTS}, {@code IRAQI FREEDOM}).
 *
 * <p>Where the commas were lost, the words are cut with the release's tag lists ({@link KnownTags}):
 * known phrases first, codes as themselves, codes the release ran together split again
 * ({@code KFRDKIRFCVIS} → KFRD, KIRF, CVIS; a split whose parts the line already has, such as the
 * {@code ITPHUM} a page's links made of {@code IT} and {@code PHUM}, is dropped), and the other words
 * kept together: two words after OVIP are the visitor ({@code OVIP RICE CONDOLEEZZA}), an even run of
 * four or more are visitors in pairs ({@code ROOD JOHN CROS GERARD}), any other run is one tag
 * ({@code GOI EXTERNAL}). Handling words (SIPDIS) are not tags. Tags are codes: they are read in capitals,
 * each once.
 */
final class TagListReader {
  private static final Pattern SHORT_CODE = Pattern.compile("[A-Z]{2}|K[A-Z]{3}");
  private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.?");
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile(".* [A-Z]\\.");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;]");
  private static final int MAX_CODE = 5;

  private TagListReader() {}

  static List<String> read(String text) {
    List<String> tags = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    String upper = text.toUpperCase(Locale.ROOT);
    boolean commas = upper.indexOf(',') >= 0 || upper.indexOf(';') >= 0;
    int i = 0;
    while (i < upper.length()) {
      char c = upper.charAt(i);
      int close = c == '(' ? upper.indexOf(')', i) : -1;
      if (close > 0) {
        addItems(plain, commas, tags);
        plain.setLength(0);
        addTag(upper.substring(i + 1, close), tags);
        i = close + 1;
      } else {
        plain.append(c);
        i++;
      }
    }
    addItems(plain, commas, tags);
    return withoutRunTogetherCopies(tags);
  }

  private static void addItems(CharSequence text, boolean commas, List<String> tags) {
    if (!commas) {
      addWords(TelegramLines.words(text.toString().strip()), tags);
      return;
    }
    for (String item : ITEM_SEPARATOR.split(text.toString())) {
      String trimmed = TelegramLines.collapse(item);
      String[] words = trimmed.isEmpty() ? new String[0] : TelegramLines.words(trimmed);
      if (words.length > 1 && (anyCode(words) || KnownTags.phraseAt(words, 0) > 0)) {
        addWords(words, tags); // a line that lost some commas: PTER MARR, OVIP RICE CONDOLEEZZA PREL
      } else if (words.length > 1) {
        String joined = KnownTags.joined(trimmed);
        addTag(joined != null ? joined : trimmed, tags);
      } else {
        addWords(words, tags);
      }
    }
  }

  /** Cuts words that lost their punctuation into tags (see the class comment). */
  private static void addWords(String[] words, List<String> tags) {
    List<String> run = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      String word = words[i];
      int phrase = KnownTags.phraseAt(words, i);
      int joinedWords = phrase > 0 ? 0 : joinedAt(words, i);
      List<String> split = phrase > 0 || joinedWords > 0 || isCode(word) ? null : runTogetherCodes(word);
      if (word.equals("OVIP") && i + 2 < words.length && isName(words[i + 1]) && isName(words[i + 2])) {
        flush(run, tags);
        addTag(word, tags);
        int visitor = i + 3 < words.length && isInitial(words[i + 3]) ? 3 : 2;
        addTag(words[i + 1] + ", " + String.join(" ", Arrays.copyOfRange(words, i + 2, i + 1 + visitor)), tags);
        i += 1 + visitor;
      } else if (joinedWords > 0) {
        flush(run, tags);
        addTag(KnownTags.joined(String.join(" ", Arrays.copyOfRange(words, i, i + joinedWords))), tags);
        i += joinedWords;
      } else if (phrase > 0) {
        flush(run, tags);
        addTag(String.join(" ", Arrays.copyOfRange(words, i, i + phrase)), tags);
        i += phrase;
      } else if (isCode(word) || Handling.isCaveat(trimmed(word))) {
        flush(run, tags);
        addTag(word, tags);
        i++;
      } else if (split != null) {
        flush(run, tags);
        tags.add(RUN_TOGETHER + String.join(" ", split));
        i++;
      } else {
        run.add(word);
        i++;
      }
    }
    flush(run, tags);
  }

  /** How many words from {@code at} (two or three) are a known tag once their spaces go ({@code COUNTER TERRORISM}), or 0. */
  private static int joinedAt(String[] words, int at) {
    for (int n = 3; n >= 2; n--) {
      if (at + n <= words.length && !allCodes(words, at, at + n)
          && KnownTags.joined(String.join(" ", Arrays.copyOfRange(words, at, at + n))) != null) {
        return n;
      }
    }
    return 0;
  }

  /** Marks a word that was split into codes until the whole line is read: its parts may be there already. */
  private static final String RUN_TOGETHER = "\u0000";

  /** Words that are not codes: one tag, a phrase once spaces go ({@code COUNTER TERRORISM}), or visitors in pairs. */
  private static void flush(List<String> run, List<String> tags) {
    if (run.isEmpty()) {
      return;
    }
    String text = String.join(" ", run);
    String joined = KnownTags.joined(text);
    if (joined != null) {
      addTag(joined, tags);
    } else if (run.size() >= 4 && run.size() % 2 == 0 && run.stream().allMatch(TagListReader::isName)) {
      for (int k = 0; k < run.size(); k += 2) {
        addTag(run.get(k) + ", " + run.get(k + 1), tags);
      }
    } else {
      addTag(text, tags);
    }
    run.clear();
  }

  /**
   * Run-together codes given their parts, each once and in place; a run-together word whose parts the
   * line holds anyway is a copy the page's links made, and is dropped. Handling words are dropped.
   */
  private static List<String> withoutRunTogetherCopies(List<String> tags) {
    Set<String> plain = new LinkedHashSet<>();
    for (String tag : tags) {
      if (!tag.startsWith(RUN_TOGETHER)) {
        plain.add(tag);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String tag : tags) {
      if (!tag.startsWith(RUN_TOGETHER)) {
        if (!Handling.isCaveat(tag)) {
          out.add(tag);
        }
        continue;
      }
      List<String> parts = List.of(tag.substring(1).split(" "));
      if (!plain.containsAll(parts)) {
        out.addAll(parts);
      }
    }
    return new ArrayList<>(out);
  }

  /** The codes a word of six letters or more runs together ({@code PHUMBA}, {@code ETRDEINVECIN}), or null. */
  static List<String> runTogetherCodes(String word) {
    String w = trimmed(word);
    if (w.length() < 6 || !w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return null;
    }
    // fewest parts wins: split[i] is the best split of w's first i letters
    @SuppressWarnings("unchecked")
    List<String>[] best = new List[w.length() + 1];
    best[0] = List.of();
    for (int end = 1; end <= w.length(); end++) {
      for (int len = 2; len <= MAX_CODE && len <= end; len++) {
        List<String> before = best[end - len];
        String code = w.substring(end - len, end);
        boolean known = KnownTags.isKnown(code) || (len == 4 && code.charAt(0) == 'K'); // program tags: K and three letters
        if (before != null && known && (best[end] == null || before.size() + 1 < best[end].size())) {
          List<String> parts = new ArrayList<>(before);
          parts.add(code);
          best[end] = parts;
        }
      }
    }
    List<String> parts = best[w.length()];
    // country codes alone spell too many words (GASPAR: GA SP AR); a subject or program code must be among them
    return parts == null || parts.size() < 2 || parts.stream().noneMatch(p -> p.length() == 4) ? null : parts;
  }

  private static boolean allCodes(String[] words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCode(words[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyCode(String[] words) {
    for (String word : words) {
      if (isCode(word) || runTogetherCodes(word) != null) {
        return true;
      }
    }
    return false;
  }

  /** A known code, or one of the shapes codes have: two capitals (a country), K and three capitals (a program). */
  private static boolean isCode(String word) {
    String w = trimmed(word);
    return KnownTags.isKnown(w) || SHORT_CODE.matcher(w).matches();
  }

  /** A word that can be part of a person's name: not a tag code, three letters or more, not a four-letter subject code. */
  private static boolean isName(String word) {
    String w = trimmed(word);
    if (w.length() < 3 || KnownTags.isKnown(w) || !w.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '-' || c == '\'')) {
      return false;
    }
    return !(w.length() == 4 && "AEKMOPST".indexOf(w.charAt(0)) >= 0);
  }

  private static boolean isInitial(String word) {
    return INITIAL.matcher(word).matches();
  }

  private static String trimmed(String word) {
    int end = word.length();
    while (end > 0 && ".:-".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  private static void addTag(String raw, List<String> tags) {
    String tag = TelegramLines.collapse(raw).toUpperCase(Locale.ROOT);
    boolean initial = ENDS_WITH_INITIAL.matcher(tag).matches();
    while (!initial && !tag.isEmpty() && ".:-".indexOf(tag.charAt(tag.length() - 1)) >= 0) {
      tag = tag.substring(0, tag.length() - 1).strip();
    }
    if (!tag.isEmpty() && !tag.equals("AND")) {
      tags.add(tag);
    }
  }
}
