package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChangesTest {
  @Test
  void showsChangedLinesWithOneLineOfContext() {
    String older = "a\nb\nc\nd\ne\nf\ng";
    String newer = "a\nb\nc\nD\ne\nf\ng\nh";
    assertThat(TextChanges.between(older, newer)).containsExactly(
        new CablePage.ChangedLine("…", ""),
        new CablePage.ChangedLine(" ", "c"),
        new CablePage.ChangedLine("~", "D", List.of(new CablePage.Piece("-", "d", false, false), new CablePage.Piece("+", "D", false, false))),
        new CablePage.ChangedLine(" ", "e"),
        new CablePage.ChangedLine("…", ""),
        new CablePage.ChangedLine(" ", "g"),
        new CablePage.ChangedLine("+", "h"));
  }

  /** A name blacked out in the later release shows inside its line, not as a paragraph removed and added. */
  @Test
  void aRedactionIsMarkedInsideItsLine() {
    String older = "1. (C) Summary:\nAmbassador met Juan Perez, the\nminister, on Monday.";
    String newer = "1. (C) Summary:\nAmbassador met XXXXXXXXXXXX, the\nminister, on Monday.";
    assertThat(TextChanges.between(older, newer)).containsExactly(
        new CablePage.ChangedLine(" ", "1. (C) Summary:"),
        new CablePage.ChangedLine("~", "Ambassador met XXXXXXXXXXXX, the", List.of(
            new CablePage.Piece(" ", "Ambassador met ", false, false),
            new CablePage.Piece("-", "Juan Perez,", false, false),
            new CablePage.Piece("+", "XXXXXXXXXXXX,", true, false),
            new CablePage.Piece(" ", " the", false, false))),
        new CablePage.ChangedLine(" ", "minister, on Monday."));
  }

  /** A later release that gives back a blacked-out name marks the name as restored. */
  @Test
  void aRestorationIsMarked() {
    List<CablePage.Piece> pieces = WordChanges.between("told XXXXXXXXXXXX that", "told Juan that");
    assertThat(pieces).containsExactly(
        new CablePage.Piece(" ", "told ", false, false),
        new CablePage.Piece("-", "XXXXXXXXXXXX", true, false),
        new CablePage.Piece("+", "Juan", false, true),
        new CablePage.Piece(" ", " that", false, false));
  }

  @Test
  void equalTextsHaveNoChanges() {
    assertThat(TextChanges.between("x\ny", "x\ny")).isEmpty();
  }

  @Test
  void textsTooLongToCompareAreOnlySaidToDiffer() {
    String longText = "line\n".repeat(2_100);
    assertThat(TextChanges.between(longText, longText + "more")).isNull();
  }
}
