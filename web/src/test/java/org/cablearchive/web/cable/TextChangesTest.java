package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextChangesTest {
  @Test
  void showsChangedLinesWithOneLineOfContext() {
    String older = "a\nb\nc\nd\ne\nf\ng";
    String newer = "a\nb\nc\nD\ne\nf\ng\nh";
    assertThat(TextChanges.between(older, newer)).containsExactly(
        new CablePage.ChangedLine("…", ""),
        new CablePage.ChangedLine(" ", "c"),
        new CablePage.ChangedLine("-", "d"),
        new CablePage.ChangedLine("+", "D"),
        new CablePage.ChangedLine(" ", "e"),
        new CablePage.ChangedLine("…", ""),
        new CablePage.ChangedLine(" ", "g"),
        new CablePage.ChangedLine("+", "h"));
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
