package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the TAGS line: {@code PREL, PGOV, PINR, MX}, the page's linked form without commas
 * {@code PREL PGOV PINR MX}, and person tags {@code OVIP (CLINTON, HILLARY)} → {@code CLINTON, HILLARY}.
 * Within a comma-separated list an item of several words in mixed case ({@code Human Rights}) is one
 * tag; items in capitals ({@code PREL PGOV}, a line that lost its commas) are split, keeping a visitor
 * named after OVIP together ({@code OVIP RICE CONDOLEEZZA}). Tags are codes: they are read in capitals.
 */
final class TagListReader {
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;]");

  private TagListReader() {}

  static List<String> read(String text) {
    List<String> tags = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    boolean commas = text.indexOf(',') >= 0 || text.indexOf(';') >= 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '(' ? text.indexOf(')', i) : -1;
      if (close > 0) {
        addItems(plain, commas, tags);
        plain.setLength(0);
        addTag(text.substring(i + 1, close), tags);
        i = close + 1;
      } else {
        plain.append(c);
        i++;
      }
    }
    addItems(plain, commas, tags);
    return tags;
  }

  private static void addItems(CharSequence text, boolean commas, List<String> tags) {
    if (!commas) {
      addWords(TelegramLines.words(text.toString().strip()), tags);
      return;
    }
    for (String item : ITEM_SEPARATOR.split(text.toString())) {
      String trimmed = item.strip();
      if (trimmed.indexOf(' ') > 0 && !hasLowerCase(trimmed)) {
        addWords(TelegramLines.words(trimmed), tags);
      } else {
        addTag(trimmed, tags);
      }
    }
  }

  /**
   * Words of a list that lost its punctuation (the page's links): after OVIP, two words that are not tag
   * codes are the visitor, {@code OVIP RICE CONDOLEEZZA} → {@code RICE, CONDOLEEZZA}.
   */
  private static void addWords(String[] words, List<String> tags) {
    for (int i = 0; i < words.length; i++) {
      if (words[i].equalsIgnoreCase("OVIP") && i + 2 < words.length && isName(words[i + 1]) && isName(words[i + 2])) {
        addTag(words[i], tags);
        addTag(words[i + 1] + ", " + words[i + 2], tags);
        i += 2;
      } else {
        addTag(words[i], tags);
      }
    }
  }

  /** A word that cannot be a tag code: not a known tag, three letters or more, not a four-letter subject code. */
  private static boolean isName(String word) {
    String w = word.toUpperCase(java.util.Locale.ROOT);
    if (w.length() < 3 || KnownTags.isKnown(w) || !w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    return !(w.length() == 4 && "AEKMOPST".indexOf(w.charAt(0)) >= 0);
  }

  private static boolean hasLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void addTag(String raw, List<String> tags) {
    String tag = TelegramLines.collapse(raw).toUpperCase(java.util.Locale.ROOT);
    while (!tag.isEmpty() && ".:-".indexOf(tag.charAt(tag.length() - 1)) >= 0) {
      tag = tag.substring(0, tag.length() - 1).strip();
    }
    if (!tag.isEmpty() && !tag.equalsIgnoreCase("AND")) {
      tags.add(tag);
    }
  }
}
