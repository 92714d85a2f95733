package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;

/**
 * Cuts the verbatim body into blocks at the lines where the parsed paragraphs begin, so that the
 * page shows the text exactly as sent while every paragraph still gets its own anchor. A paragraph
 * whose start cannot be found in the text stays inside the block before it.
 */
final class BodyLayout {
  /** Enough of a paragraph's first words to find it; more would only add whitespace mismatches. */
  private static final int PROBE_WORDS = 6;

  private BodyLayout() {}

  static List<BodyBlock> split(String body, List<Paragraph> paragraphs) {
    return split(body, paragraphs, number -> "");
  }

  /**
   * As {@link #split(String, List)}, with each paragraph's citation made by {@code citation}. A paragraph
   * the parser placed in the body is cut there by number, marking and place alone: reading its text would
   * collapse it from the body, which was a sixth of a cable page's first view (docs/benchmarks.md).
   */
  static List<BodyBlock> split(String body, List<Paragraph> paragraphs, java.util.function.IntFunction<String> citation) {
    List<BodyBlock> blocks = new ArrayList<>();
    int blockStart = 0;
    int open = -1;
    int searchFrom = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      int start = lineStartOf(body, paragraphs, i, searchFrom);
      if (start < 0 || start < blockStart || (start == blockStart && open >= 0)) {
        continue;
      }
      addBlock(blocks, body.substring(blockStart, start), paragraphs, open, citation);
      blockStart = start;
      open = i;
      searchFrom = Math.min(body.length(), start + 1);
    }
    addBlock(blocks, body.substring(blockStart), paragraphs, open, citation);
    return blocks;
  }

  /** Adds the block of paragraph {@code index}, or, for -1, the text before the first paragraph. */
  private static void addBlock(List<BodyBlock> blocks, String text, List<Paragraph> paragraphs, int index,
      java.util.function.IntFunction<String> citation) {
    if (index < 0) {
      if (!text.isBlank()) {
        blocks.add(new BodyBlock(0, "", "", text, ""));
      }
      return;
    }
    int number = paragraphs instanceof Paragraphs p ? p.number(index) : paragraphs.get(index).number();
    String marking = paragraphs instanceof Paragraphs p ? p.marking(index) : paragraphs.get(index).marking();
    marking = marking == null ? "" : marking;
    blocks.add(new BodyBlock(number, marking, Markings.describe(marking), text, citation.apply(number)));
  }

  /**
   * Where the line holding the start of paragraph {@code index}'s text begins, at or after {@code from};
   * -1 if absent. The parser's place for the paragraph when it gives one, else a search for its first words.
   */
  private static int lineStartOf(String body, List<Paragraph> paragraphs, int index, int from) {
    int start = placeIn(body, paragraphs, index);
    if (start >= 0) {
      return start < from ? -1 : body.lastIndexOf('\n', start) + 1;
    }
    Pattern probe = probe(paragraphs.get(index).text());
    if (probe == null) {
      return -1;
    }
    Matcher m = probe.matcher(body);
    if (!m.find(from)) {
      return -1;
    }
    return body.lastIndexOf('\n', m.start()) + 1;
  }

  /** Where the paragraph's text begins in {@code body} by the parser's place for it ({@link Paragraph#standsIn}), or -1. */
  private static int placeIn(String body, List<Paragraph> paragraphs, int index) {
    if (paragraphs instanceof Paragraphs p) {
      int start = p.start(index);
      int end = p.end(index);
      return start >= 0 && end > start && end <= body.length() ? start : -1;
    }
    Paragraph paragraph = paragraphs.get(index);
    return paragraph.standsIn(body) ? paragraph.start() : -1;
  }

  private static Pattern probe(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] words = text.trim().split("\\s+");
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < Math.min(PROBE_WORDS, words.length); i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    return Pattern.compile(regex.toString());
  }
}
