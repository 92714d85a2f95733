package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the TAGS line: {@code PREL, PGOV, PINR, MX}, the page's linked form without commas
 * {@code PREL PGOV PINR MX}, and person tags {@code OVIP (CLINTON, HILLARY)} → {@code CLINTON, HILLARY}.
 * Within a comma-separated list an item of several words in mixed case ({@code Human Rights}) is one
 * tag; items in capitals ({@code PREL PGOV}, a line that lost its commas) are split. Tags are codes: they are read in capitals.
 */
final class TagListReader {
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
      for (String word : text.toString().strip().split("\\s+")) {
        addTag(word, tags);
      }
      return;
    }
    for (String item : text.toString().split("[,;]")) {
      String trimmed = item.strip();
      if (trimmed.indexOf(' ') > 0 && !hasLowerCase(trimmed)) {
        for (String word : trimmed.split("\\s+")) {
          addTag(word, tags);
        }
      } else {
        addTag(trimmed, tags);
      }
    }
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
