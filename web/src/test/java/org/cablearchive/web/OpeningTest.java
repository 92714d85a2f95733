package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OpeningTest {
  private static final char[] ALPHABET = {'a', 'b', 'x', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u2003', '\u00a0', '\u001f'};

  @Test
  void aCutOfTheCollapsedStartIsTheCutOfTheWholeTextCollapsed() {
    Random random = new Random(20261204L);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      int maxLength = 2 + random.nextInt(30);
      String whole = text.toString().replaceAll("\\s+", " ").strip();
      assertThat(Opening.cut(Opening.collapsed(text.toString(), maxLength + 1), maxLength))
          .as("text \"%s\", cut at %d", text, maxLength).isEqualTo(Opening.cut(whole, maxLength));
    }
  }

  @Test
  void whiteSpaceRunsBecomeOneSpaceAndTheEndsNone() {
    assertThat(Opening.collapsed("\n  SUMMARY:\tThe   Ambassador\nmet  \n", 100)).isEqualTo("SUMMARY: The Ambassador met");
    assertThat(Opening.collapsed("one two three", 7)).isEqualTo("one two");
    assertThat(Opening.cut(Opening.collapsed("one two three four", 11), 10)).isEqualTo("one two…");
  }
}
