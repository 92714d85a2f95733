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

  @Test
  void splitsWordsAsTheRegularExpressionDoes() {
    assertThat(TelegramLines.words("  SUBJECT:  VISIT \t")).containsExactly("", "SUBJECT:", "VISIT");
    assertThat(TelegramLines.words("")).containsExactly("");
    assertThat(TelegramLines.words(" \r\n ")).isEmpty();
    assertThat(TelegramLines.words("A\u00a0B")).containsExactly("A\u00a0B");
  }

  /** Agrees with {@code String.split("\\s+")} on seeded random texts of letters, ASCII and other white space. */
  @Test
  void agreesWithSplittingByTheRegularExpression() {
    String alphabet = "aB. \t\n\u000b\f\r\u00a0\u2003\u001c";
    Random random = new Random(29);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(TelegramLines.words(text.toString())).as("\"%s\"", text).containsExactly(text.toString().split("\\s+"));
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
}
