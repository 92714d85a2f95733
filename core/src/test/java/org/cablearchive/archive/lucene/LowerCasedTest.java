package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerCasedTest {
  /**
   * ASCII (with the characters next to the letters), accented, Greek (a final sigma lower-cases by
   * context), Turkish (a dotted capital I lower-cases to two characters) and Cyrillic letters.
   */
  private static final String ALPHABET = "ABCXYZabcxyz019 .,;-@[`{\n\tÉéÆßΣσİıЖж’";

  @Test
  void lowerCasesAsToLowerCaseDoesWithTheAsciiBytesOfAsciiText() {
    Random random = new Random(17);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      boolean ascii = random.nextBoolean();
      for (int i = random.nextInt(40); i > 0; i--) {
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        text.append(ascii && c > 0x7F ? 'Q' : c);
      }
      String original = text.toString();
      LowerCased lower = LowerCased.of(original);

      assertThat(lower.text()).as(original).isEqualTo(original.toLowerCase(Locale.ROOT));
      if (original.chars().allMatch(c -> c < 0x80)) {
        assertThat(lower.ascii()).isEqualTo(lower.text().getBytes(StandardCharsets.US_ASCII));
      } else {
        assertThat(lower.ascii()).isNull();
      }
    }
  }

  @Test
  void surrogatePairsAreLowerCasedAsCodePoints() {
    String deseret = "KABUL \uD801\uDC00";

    assertThat(LowerCased.of(deseret).text()).isEqualTo("kabul \uD801\uDC28").isEqualTo(deseret.toLowerCase(Locale.ROOT));
    assertThat(LowerCased.of(deseret).ascii()).isNull();
  }
}
