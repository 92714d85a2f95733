package org.cablearchive.telegram;

import java.util.regex.Pattern;

/**
 * A layout some pages of the release have: a stub of the text cut short ({@code ¶1. (C) Summary:
 * Peruvian ...}), a {@code =====CABLE ENDS=====} line, the release's metadata for the cable
 * ({@code id: 176319 / date: … / refid: 08LIMA1733 / … / header: …}), a {@code ---- header ends ----}
 * line, and only then the whole text, often closed by another CABLE ENDS line. The stub and the dump
 * are not the cable: readers are given the body with those lines blanked, so that nothing in them is
 * read twice (a paragraph, a summary, a reference) while every place in the body stays where it is.
 * The body itself is kept verbatim.
 */
final class ReleaseDump {
  private static final Pattern DUMP_ID_LINE = Pattern.compile("id: \\d+");
  private ReleaseDump() {}

  /**
   * The line after the dump's {@code header ends} line, or 0 when the body has no dump. Only a stub
   * stands before a dump, and the release's stubs stop within their first paragraph: a dump after
   * longer text (a copy of another cable pasted in) is text.
   */
  static int textStart(String[] lines) {
    int end = headerEnds(lines);
    if (end < 0) {
      return 0;
    }
    int nonBlank = 0;
    int paragraphs = 0;
    for (int i = 0; i < end; i++) {
      String t = lines[i].strip();
      if (DUMP_ID_LINE.matcher(t).matches()) {
        return nonBlank > MAX_STUB_LINES / 2 || paragraphs > 1 ? 0 : end + 1;
      }
      if (!t.isEmpty()) {
        nonBlank++;
      }
      if (PARAGRAPH_START.matcher(t).matches()) {
        paragraphs++;
      }
    }
    return end + 1;
  }

  /** The dump's {@code header ends} line, or -1: most bodies have none, and are passed over cheaply. */
  private static int headerEnds(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("header ends") && isMark(lines[i], "header ends")) {
        return i;
      }
    }
    return -1;
  }

  /** A numbered paragraph's first line: {@code 1. (C) ...}, {@code ¶2. ...}. */
  private static final Pattern PARAGRAPH_START = Pattern.compile("¶?\\d{1,2}\\.[\\s(].*");

  /**
   * Where the stub's caption ends: at its first numbered paragraph, at the line cut short with
   * {@code ...}, or where the dump begins ({@code CABLE ENDS}, {@code id: 176319}).
   */
  private static int stubTextStart(String[] lines, int textStart) {
    for (int i = 0; i < textStart; i++) {
      String t = lines[i].strip();
      if (t.endsWith("...") || isMark(t, "CABLE ENDS") || DUMP_ID_LINE.matcher(t).matches() || PARAGRAPH_START.matcher(t).matches()) {
        return i;
      }
    }
    return textStart;
  }

  /** How far a stub reaches into the body at most: the caption and the first words of a paragraph. */
  private static final int MAX_STUB_LINES = 80;

  /**
   * Where the whole text starts again after a stub without a dump ({@code … conference was / n...},
   * then the classification line once more), or 0 when the body opens with its text.
   */
  static int textAfterStub(String[] lines) {
    for (int i = 0; i < lines.length && i < MAX_STUB_LINES; i++) {
      if (lines[i].stripTrailing().endsWith("...")) {
        int next = i + 1;
        while (next < lines.length && TelegramLines.isBlank(lines[next])) {
          next++;
        }
        boolean restarts = next < lines.length
            && ClassificationLine.read(firstWords(lines[next])) != null && holdsParagraph(lines, next);
        return restarts ? next : 0;
      }
    }
    return 0;
  }

  /**
   * Whether a numbered paragraph starts at or after {@code from}: where the release kept only the
   * stub and a caption after it, the stub's words are the only text there is, and are read.
   */
  private static boolean holdsParagraph(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      if (PARAGRAPH_START.matcher(lines[i].strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The classification line at the start of a line that may run on into the caption. */
  private static String firstWords(String line) {
    String t = line.strip();
    int cut = t.indexOf("SIPDIS");
    return cut > 0 ? t.substring(0, cut).strip() : t;
  }

  /**
   * The lines as readers should see them: the stub's text and the dump before {@code textStart} blank,
   * and every CABLE ENDS line. The stub's caption stays: it is the telegram's own caption, and where the
   * release ran the whole text's caption into one line in lower case it is the better copy of the two
   * (the caption reader takes the first of each label). The array is the one given when there is
   * nothing to blank.
   */
  static String[] readable(String[] lines, int textStart) {
    int stubEnd = stubTextStart(lines, textStart);
    String[] readable = null;
    for (int i = 0; i < lines.length; i++) {
      if ((i >= stubEnd && i < textStart) || isMark(lines[i], "CABLE ENDS")) {
        if (readable == null) {
          readable = lines.clone();
        }
        readable[i] = "";
      }
    }
    return readable == null ? lines : readable;
  }

  /** {@code =====CABLE ENDS=====}, {@code ----- header ends -----}: the words between rules of = or -. */
  private static boolean isMark(String line, String words) {
    int first = 0;
    while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
      first++;
    }
    if (first == line.length() || (line.charAt(first) != '=' && line.charAt(first) != '-')) {
      return false; // read at every line: most are passed over without a copy
    }
    String t = line.strip();
    if (t.length() < words.length() + 6 || (t.charAt(0) != '=' && t.charAt(0) != '-')) {
      return false;
    }
    int at = t.indexOf(words);
    return at > 0 && t.replace(words, "").chars().allMatch(c -> c == '=' || c == '-' || c == ' ');
  }
}
