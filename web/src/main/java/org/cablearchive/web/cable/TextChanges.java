package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two releases of a cable's text, with one line of context around each
 * change: a longest-common-subsequence comparison of lines, then of the words of lines that changed, so
 * that a redaction or a corrected word shows inside its line. Texts too long to compare line by line are
 * only said to differ.
 */
final class TextChanges {
  /** Bounds the comparison table (lines × lines); real cables stay well under it. */
  private static final long MAX_CELLS = 4_000_000;
  private static final int CONTEXT = 1;

  private TextChanges() {}

  /** The changes from {@code older} to {@code newer}; empty when the texts are equal, null when too long to compare. */
  static List<CablePage.ChangedLine> between(String older, String newer) {
    String[] a = older.split("\n", -1);
    String[] b = newer.split("\n", -1);
    if ((long) a.length * b.length > MAX_CELLS) {
      return null;
    }
    return byWord(withContext(compare(a, b)));
  }

  /**
   * Each stretch of removed lines followed by added ones becomes one changed line compared word by word
   * ({@link WordChanges}); lines only removed or only added stay as they are.
   */
  private static List<CablePage.ChangedLine> byWord(List<CablePage.ChangedLine> lines) {
    List<CablePage.ChangedLine> out = new ArrayList<>();
    int k = 0;
    while (k < lines.size()) {
      int removedEnd = k;
      while (removedEnd < lines.size() && lines.get(removedEnd).removed()) {
        removedEnd++;
      }
      int addedEnd = removedEnd;
      while (addedEnd < lines.size() && lines.get(addedEnd).added()) {
        addedEnd++;
      }
      List<CablePage.Piece> pieces = removedEnd > k && addedEnd > removedEnd
          ? WordChanges.between(text(lines.subList(k, removedEnd)), text(lines.subList(removedEnd, addedEnd))) : null;
      if (pieces != null) {
        out.add(new CablePage.ChangedLine("~", text(lines.subList(removedEnd, addedEnd)), pieces));
        k = addedEnd;
      } else {
        out.add(lines.get(k++));
      }
    }
    return out;
  }

  private static String text(List<CablePage.ChangedLine> lines) {
    return String.join("\n", lines.stream().map(CablePage.ChangedLine::text).toList());
  }

  private static List<CablePage.ChangedLine> compare(String[] a, String[] b) {
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<CablePage.ChangedLine> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add(new CablePage.ChangedLine(" ", a[i++]));
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add(new CablePage.ChangedLine("-", a[i++]));
      } else {
        lines.add(new CablePage.ChangedLine("+", b[j++]));
      }
    }
    return lines;
  }

  /** Keeps changed lines and {@link #CONTEXT} unchanged lines around them; runs left out become one "…". */
  private static List<CablePage.ChangedLine> withContext(List<CablePage.ChangedLine> lines) {
    boolean[] keep = new boolean[lines.size()];
    boolean changed = false;
    for (int k = 0; k < lines.size(); k++) {
      if (!lines.get(k).kind().equals(" ")) {
        changed = true;
        for (int c = Math.max(0, k - CONTEXT); c <= Math.min(lines.size() - 1, k + CONTEXT); c++) {
          keep[c] = true;
        }
      }
    }
    List<CablePage.ChangedLine> out = new ArrayList<>();
    if (!changed) {
      return out;
    }
    for (int k = 0; k < lines.size(); k++) {
      if (keep[k]) {
        out.add(lines.get(k));
      } else if (out.isEmpty() || !out.get(out.size() - 1).gap()) {
        out.add(new CablePage.ChangedLine("…", ""));
      }
    }
    return out;
  }
}
