package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TelegramLinesTest {
  private static final String LETTERS = "sSuUmMaArRyY -.:\u00e9\u00c9";

  @Test
  void findsWordsInAnyCaseWhereTheyStart() {
    String body = "1. (C) SUMMARY: the Summary continues. END summary.";
    assertThat(TelegramLines.indexOfIgnoreCase(body, "summary", 0)).isEqualTo(7);
    assertThat(TelegramLines.indexOfIgnoreCase(body, "summary", 8)).isEqualTo(20);
    assertThat(TelegramLines.indexOfIgnoreCase(body, "summary", 21)).isEqualTo(43);
    assertThat(TelegramLines.indexOfIgnoreCase(body, "summary", 44)).isEqualTo(-1);
    assertThat(TelegramLines.indexOfIgnoreCase(body, "end summary", 0)).isEqualTo(39);
    assertThat(TelegramLines.indexOfIgnoreCase("summar", "summary", 0)).isEqualTo(-1);
  }

  /** Agrees with lower-casing the text and searching it, on seeded random texts made of the needle's letters. */
  @Test
  void agreesWithSearchingTheLowerCasedText() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(random, random.nextInt(40));
      String needle = random.nextBoolean() ? "summary" : "end summary";
      int from = random.nextInt(text.length() + 2) - 1;
      int expected = text.toLowerCase(Locale.ROOT).indexOf(needle, Math.max(from, 0));
      assertThat(TelegramLines.indexOfIgnoreCase(text, needle, from)).as("%s in \"%s\" from %d", needle, text, from)
          .isEqualTo(expected);
    }
  }

  private static String randomText(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (random.nextInt(4) == 0) {
        text.append(random.nextBoolean() ? "SUMMARY" : "End Summary");
      } else {
        text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    return text.toString();
  }

  @Test
  void wordsAreWhatTheRegularExpressionSplitGives() {
    Random random = new Random(20101128);
    String alphabet = "ab \t\n\r\u000B\f\u00a0\u2003.";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(TelegramLines.words(text.toString())).as("[%s]", text).containsExactly(text.toString().split("\\s+"));
    }
  }
}
