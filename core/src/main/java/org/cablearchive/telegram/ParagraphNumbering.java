package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which numbered lines of a body are its paragraphs and which are items of a numbered list
 * inside a paragraph, or plain text that happens to start with a number (a year, {@code 1999.}).
 *
 * <p>A cable numbers its paragraphs 1, 2, 3… and never goes back; a list inside a paragraph starts
 * again at 1 and counts on, and a paragraph that follows it ends the list. Where a number fits both
 * readings (list item 4 after ¶3 and items 1–3, or the real ¶4), the whole body decides: every line
 * is read as paragraph, list item or text, and the reading with the least cost wins. Costs are small
 * penalties for what a writer rarely does — skipping paragraph numbers, an unmarked paragraph in a
 * cable that marks them ({@code (C)}), a marked list item, a paragraph that continues the line before it —
 * so a number is taken for what the lines around it make most likely, not for what it says alone.
 */
final class ParagraphNumbering {
  /**
   * One numbered line: its written number, the number a text conversion mangled ({@code 11.} for ¶1),
   * and its cues; {@code setOff} says that it does not continue the line before it (a blank line, a
   * rule of dashes or a finished sentence stands before it).
   */
  record Line(int written, int mangled, boolean pilcrow, boolean marked, boolean setOff) {}

  private static final double TEXT = 3.0;
  /** A line marked as the cable marks its paragraphs ({@code ¶7. (C)}) is text only against strong evidence. */
  private static final double MARKED_TEXT = 5.0;
  private static final double LIST_ITEM = 0.3;
  private static final double UNMARKED_PARAGRAPH = 1.0;
  private static final double MARKED_LIST_ITEM = 1.0;
  private static final double NOT_SET_OFF = 0.5;
  private static final double NO_PILCROW = 1.5;
  private static final double MANGLED = 0.2;
  /** The states kept between lines; more never changed a reading of the sample. */
  private static final int MAX_STATES = 48;

  private ParagraphNumbering() {}

  /**
   * The paragraph number each line takes, or -1 for a line that is not a paragraph.
   *
   * @param marksParagraphs whether the cable marks its paragraphs' classification ({@code 1. (C)})
   * @param pilcrows whether the source marked paragraphs with ¶ (then a line without one rarely is one)
   */
  static int[] numbers(List<Line> lines, boolean marksParagraphs, boolean pilcrows) {
    Map<Long, Path> states = new HashMap<>();
    states.put(key(0, 0), new Path(0, 0, 0.0, null, -1));
    for (Line line : lines) {
      Map<Long, Path> next = new HashMap<>();
      for (Path path : states.values()) {
        extend(path, line, marksParagraphs, pilcrows, next);
      }
      states = pruned(next);
    }
    Path best = null;
    for (Path path : states.values()) {
      if (best == null || path.cost < best.cost) {
        best = path;
      }
    }
    int[] numbers = new int[lines.size()];
    for (int i = lines.size() - 1; i >= 0; i--) {
      numbers[i] = best.paragraph;
      best = best.previous;
    }
    return numbers;
  }

  private static void extend(Path path, Line line, boolean marksParagraphs, boolean pilcrows, Map<Long, Path> next) {
    boolean markedLikeParagraphs = marksParagraphs && line.marked;
    offer(next, path.then(path.lastParagraph, path.lastItem, markedLikeParagraphs ? MARKED_TEXT : TEXT, -1));
    asParagraph(path, line, line.written, 0.0, marksParagraphs, pilcrows, next);
    if (line.mangled > 0) {
      asParagraph(path, line, line.mangled, MANGLED, marksParagraphs, pilcrows, next);
    }
    int n = line.written;
    // a list is inside a paragraph: before the first there is none
    if (path.lastParagraph > 0 && (n == 1 || (path.lastItem > 0 && n == path.lastItem + 1))) {
      double cost = LIST_ITEM + (line.marked && marksParagraphs ? MARKED_LIST_ITEM : 0.0);
      offer(next, path.then(path.lastParagraph, n, cost, -1));
    }
  }

  private static void asParagraph(Path path, Line line, int n, double extra, boolean marksParagraphs, boolean pilcrows,
      Map<Long, Path> next) {
    double gap = gapCost(path.lastParagraph, n, marksParagraphs && line.marked);
    if (gap < 0) {
      return;
    }
    double cost = gap + extra;
    if (marksParagraphs && !line.marked) {
      cost += UNMARKED_PARAGRAPH;
    }
    if (!line.setOff) {
      cost += NOT_SET_OFF;
    }
    if (pilcrows && !line.pilcrow && !line.marked) {
      cost += NO_PILCROW;
    }
    // a paragraph ends any list before it
    offer(next, path.then(n, 0, cost, n));
  }

  /**
   * What skipping from paragraph {@code last} to {@code n} costs, or -1 when {@code n} cannot follow:
   * numbers only go up, a skipped number or two happens (a paragraph lost in conversion), and a body
   * may start past 1 (an extract of a longer cable). A gap costs less before a line marked like the
   * cable's paragraphs: extracts leave out whole paragraphs.
   */
  private static double gapCost(int last, int n, boolean marked) {
    if (n <= last) {
      return -1;
    }
    int skipped = n - last - 1;
    if (skipped == 0) {
      return 0.0;
    }
    if (last == 0) {
      return n <= 3 ? 1.0 : n <= 99 ? 2.0 : -1;
    }
    return skipped <= 9 ? 1.0 + (marked ? 0.25 : 0.5) * skipped : -1;
  }

  private static void offer(Map<Long, Path> states, Path path) {
    states.merge(key(path.lastParagraph, path.lastItem), path, (a, b) -> a.cost <= b.cost ? a : b);
  }

  private static Map<Long, Path> pruned(Map<Long, Path> states) {
    if (states.size() <= MAX_STATES) {
      return states;
    }
    List<Path> paths = new ArrayList<>(states.values());
    paths.sort((a, b) -> Double.compare(a.cost, b.cost));
    Map<Long, Path> kept = new HashMap<>();
    for (Path path : paths.subList(0, MAX_STATES)) {
      kept.put(key(path.lastParagraph, path.lastItem), path);
    }
    return kept;
  }

  private static long key(int lastParagraph, int lastItem) {
    return ((long) lastParagraph << 32) | lastItem;
  }

  /** A reading of the lines so far, ending in a state: the last paragraph number and the last list item (0: none). */
  private record Path(int lastParagraph, int lastItem, double cost, Path previous, int paragraph) {
    Path then(int nextParagraph, int nextItem, double added, int paragraphOfLine) {
      return new Path(nextParagraph, nextItem, cost + added, this, paragraphOfLine);
    }
  }
}
