package org.cablearchive.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tags of the release: subject and organisation codes ({@code known-tags.txt}, from the release's
 * tag lists), country and program codes the cables use beside them ({@code tag-codes.txt}), and tags of
 * several words ({@code tag-phrases.txt}), so that a TAGS line that lost its punctuation can be cut
 * into the tags its writer meant.
 */
final class KnownTags {
  private static final Set<String> CODES = load("known-tags.txt", "tag-codes.txt");
  /** Phrases as word lists, longest first, so that the longest one that fits is taken. */
  private static final List<String[]> PHRASES = phrases();

  private KnownTags() {}

  /** Whether the word is a tag code of the release. */
  static boolean isKnown(String code) {
    return CODES.contains(code);
  }

  /** How many words of {@code words} from {@code at} make a known phrase (the longest), or 0. */
  static int phraseAt(String[] words, int at) {
    for (String[] phrase : PHRASES) {
      if (at + phrase.length <= words.length && matches(words, at, phrase)) {
        return phrase.length;
      }
    }
    return 0;
  }

  /** Whether the text is a known phrase or code once its spaces are dropped ({@code COUNTER TERRORISM}). */
  static String joined(String text) {
    String joined = text.replace(" ", "");
    if (CODES.contains(joined)) {
      return joined;
    }
    for (String[] phrase : PHRASES) {
      if (String.join("", phrase).equals(joined)) {
        return String.join(" ", phrase);
      }
    }
    return null;
  }

  private static boolean matches(String[] words, int at, String[] phrase) {
    for (int i = 0; i < phrase.length; i++) {
      if (!words[at + i].equalsIgnoreCase(phrase[i])) {
        return false;
      }
    }
    return true;
  }

  private static List<String[]> phrases() {
    List<String[]> phrases = new ArrayList<>();
    for (String line : lines("tag-phrases.txt")) {
      phrases.add(TelegramLines.words(line));
    }
    phrases.sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
    return List.copyOf(phrases);
  }

  private static Set<String> load(String... resources) {
    Set<String> tags = new HashSet<>();
    for (String resource : resources) {
      tags.addAll(lines(resource));
    }
    return Set.copyOf(tags);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = KnownTags.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
