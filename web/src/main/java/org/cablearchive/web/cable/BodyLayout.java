package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Paragraph;

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

  /** As {@link #split(String, List)}, with each paragraph's citation made by {@code citation}. */
  static List<BodyBlock> split(String body, List<Paragraph> paragraphs, java.util.function.IntFunction<String> citation) {
    List<BodyBlock> blocks = new ArrayList<>();
    int blockStart = 0;
    Paragraph open = null;
    int searchFrom = 0;
    for (Paragraph paragraph : paragraphs) {
      int start = lineStartOf(body, paragraph, searchFrom);
      if (start < 0 || start < blockStart || (start == blockStart && open != null)) {
        continue;
      }
      addBlock(blocks, body.substring(blockStart, start), open, citation);
      blockStart = start;
      open = paragraph;
      searchFrom = Math.min(body.length(), start + 1);
    }
    addBlock(blocks, body.substring(blockStart), open, citation);
    return blocks;
  }

  private static void addBlock(List<BodyBlock> blocks, String text, Paragraph paragraph,
      java.util.function.IntFunction<String> citation) {
    if (paragraph == null) {
      if (!text.isBlank()) {
        blocks.add(new BodyBlock(0, "", "", text, ""));
      }
      return;
    }
    String marking = paragraph.marking() == null ? "" : paragraph.marking();
    blocks.add(new BodyBlock(paragraph.number(), marking, Markings.describe(marking), text,
        citation.apply(paragraph.number())));
  }

  /**
   * Where the line holding the start of the paragraph's text begins, at or after {@code from}; -1 if
   * absent. The parser's place for the paragraph when it gives one, else a search for its first words.
   */
  private static int lineStartOf(String body, Paragraph paragraph, int from) {
    if (paragraph.standsIn(body)) {
      return paragraph.start() < from ? -1 : body.lastIndexOf('\n', paragraph.start()) + 1;
    }
    Pattern probe = probe(paragraph.text());
    if (probe == null) {
      return -1;
    }
    Matcher m = probe.matcher(body);
    if (!m.find(from)) {
      return -1;
    }
    return body.lastIndexOf('\n', m.start()) + 1;
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
