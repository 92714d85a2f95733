package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Some releases lost the line breaks of a caption: {@code …AGUILERAE.O. 12958: DECL: 08/16/2015TAGS: EMIN
 * PGOV…}. This cuts caption lines again before the labels found inside them ({@code E.O. 1…}, {@code EO 1…},
 * {@code TAGS:}, {@code SUBJECT:}, {@code SUBJ:}, {@code REF:}, {@code REFS:}, {@code CLASSIFIED BY:}), so
 * that the caption reader sees one part a line. Each cut line remembers its original line.
 */
final class GluedCaption {
  private static final String[] LABELS = {"E.O. 1", "E.O.1", "EO 1", "TAGS:", "Tags:", "tags:", "SUBJECT:",
      "Subject:", "subject:", "SUBJ:", "REF:", "REFS:", "REF(S):", "Ref(s):", "Classified By:", "CLASSIFIED BY",
      "Classified by", "classified by"};

  /** Lines and, for each, the index of the line it was cut from. */
  record Lines(String[] text, int[] origin) {}

  private GluedCaption() {}

  static Lines cut(String[] lines, int end) {
    List<String> text = new ArrayList<>(end + 8);
    List<Integer> origin = new ArrayList<>(end + 8);
    for (int i = 0; i < end; i++) {
      int from = 0;
      String line = lines[i];
      for (int cut = nextLabel(line, 1); cut > 0; cut = nextLabel(line, cut + 1)) {
        text.add(line.substring(from, cut));
        origin.add(i);
        from = cut;
      }
      text.add(from == 0 ? line : line.substring(from));
      origin.add(i);
    }
    int[] origins = new int[origin.size()];
    for (int k = 0; k < origins.length; k++) {
      origins[k] = origin.get(k);
    }
    return new Lines(text.toArray(new String[0]), origins);
  }

  /** The first label inside {@code line} at or after {@code from} (not at its start), or -1. */
  private static int nextLabel(String line, int from) {
    int first = -1;
    // a subject may name an order ("E.O. 13382 ENTITIES"); only a REF line is cut from it
    boolean subject = TelegramLines.startsWithWord(line, "SUBJECT") || TelegramLines.startsWithWord(line, "SUBJ");
    for (String label : LABELS) {
      if (subject && !label.regionMatches(true, 0, "REF", 0, 3)) {
        continue;
      }
      int at = line.indexOf(label, from);
      while (at > 0 && Character.isLetter(line.charAt(at - 1)) && Character.toUpperCase(label.charAt(0)) == 'C') {
        // DECLASSIFIED BY is no label; the E.O. in AMBASSADORE.O. 12958 is
        at = line.indexOf(label, at + 1);
      }
      if (at > 0 && (first < 0 || at < first) && !TelegramLines.isBlank(line.substring(0, at))) {
        first = at;
      }
    }
    return first;
  }
}
