package org.cablearchive.archive.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.cablearchive.model.Paragraphs;

/**
 * A query's matches in one body, tallied by the paragraph whose stretch holds them: how many, and how
 * many distinct words. Ranks the paragraphs as passages are ranked, without reading any paragraph's text.
 */
final class BodyMatches {
  private final Paragraphs paragraphs;
  private final int[] spans;
  private final List<List<String>> distinct;
  private int last;

  BodyMatches(Paragraphs paragraphs) {
    this.paragraphs = paragraphs;
    this.spans = new int[paragraphs.size()];
    this.distinct = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      distinct.add(null);
    }
  }

  /** Whether every paragraph stands in the body as a stretch, in the body's order, so that matches can be placed. */
  static boolean fit(Paragraphs paragraphs) {
    int previousEnd = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.start(i) < previousEnd) {
        return false;
      }
      previousEnd = paragraphs.end(i);
    }
    return !paragraphs.isEmpty();
  }

  /** A match of {@code word} at {@code [start, end)} of the body; one outside every paragraph counts for none. */
  void add(int start, int end, String word) {
    int index = paragraphAt(start);
    if (index < 0 || end > paragraphs.end(index)) {
      return;
    }
    spans[index]++;
    List<String> words = distinct.get(index);
    if (words == null) {
      words = new ArrayList<>(2);
      distinct.set(index, words);
    }
    if (!words.contains(word)) {
      words.add(word);
    }
  }

  /** The paragraph whose stretch holds {@code at}, or -1. Matches mostly come in order: start from the last one. */
  private int paragraphAt(int at) {
    int i = at >= paragraphs.start(last) ? last : 0;
    while (i < paragraphs.size() && paragraphs.end(i) <= at) {
      i++;
    }
    if (i == paragraphs.size() || paragraphs.start(i) > at) {
      return -1;
    }
    last = i;
    return i;
  }

  /** The indexes of the {@code max} best paragraphs with a match, best first, earlier first among equals. */
  int[] best(int max) {
    return IntStream.range(0, spans.length)
        .filter(i -> spans[i] > 0)
        .boxed()
        .sorted(Comparator.comparingInt(this::score).reversed())
        .limit(max)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** As passages are scored: distinct words first, then matches. */
  private int score(int index) {
    return distinct.get(index).size() * 1000 + Math.min(spans[index], 999);
  }
}
