package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a stretch of lines compared word by word (a longest common subsequence of words and
 * the spaces between them), so that a redaction shows as the name struck out and {@code XXXXXXXXXXXX}
 * put in, inside its line, rather than as a whole paragraph removed and added again.
 */
final class WordChanges {
  /** Bounds the comparison table (words × words); a paragraph stays far under it. */
  private static final long MAX_CELLS = 4_000_000;
  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
  /** How the release blacks out a name: a run of capital X's (sometimes with dots or commas after it). */
  private static final Pattern REDACTION = Pattern.compile("X{3,}[.,;:)]*");

  private WordChanges() {}

  /** The pieces from {@code older} to {@code newer}, or null when the stretches are too long to compare. */
  static List<CablePage.Piece> between(String older, String newer) {
    List<String> a = tokens(older);
    List<String> b = tokens(newer);
    if ((long) a.size() * b.size() > MAX_CELLS) {
      return null;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<CablePage.Piece> pieces = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        add(pieces, " ", a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        add(pieces, "-", a.get(i++));
      } else {
        add(pieces, "+", b.get(j++));
      }
    }
    return marked(pieces);
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Joins a token to the piece before when it is of the same kind (a space between two removed words is removed too). */
  private static void add(List<CablePage.Piece> pieces, String kind, String token) {
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).kind().equals(kind)) {
      pieces.set(last, new CablePage.Piece(kind, pieces.get(last).text() + token, false, false));
    } else {
      pieces.add(new CablePage.Piece(kind, token, false, false));
    }
  }

  /** Marks runs of X's, and the text that takes the place of a removed run (a restoration). */
  private static List<CablePage.Piece> marked(List<CablePage.Piece> pieces) {
    List<CablePage.Piece> out = new ArrayList<>(pieces.size());
    boolean afterRemovedRedaction = false;
    for (CablePage.Piece p : pieces) {
      boolean redaction = !p.kind().equals(" ") && REDACTION.matcher(p.text().strip()).matches();
      boolean restored = p.added() && !redaction && afterRemovedRedaction;
      out.add(new CablePage.Piece(p.kind(), p.text(), redaction, restored));
      afterRemovedRedaction = p.removed() && redaction;
    }
    return out;
  }
}
