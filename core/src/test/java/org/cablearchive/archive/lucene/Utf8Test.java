package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void encodesEveryKindOfCharacterAsGetBytesDoes() {
    for (String s : new String[] {"", "PREL", "Mérida", "‘quoted’ — dash", "北京", "\uD83D\uDE00 face",
        "lone \uD800 high", "lone \uDC00 low", "ends high \uD800", "\uDC00\uD800 reversed"}) {
      assertThat(encoded(s, 7)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void seededRandomTextsEncodeAsGetBytesDoes() {
    Random random = new Random(20261129);
    // weighted towards the edges: ASCII, two-byte, three-byte, surrogates and the code points beside them
    char[] pool = {'a', ' ', '\n', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x2019, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
        0xE000, 0xFFFD, 0xFFFF};
    for (int n = 0; n < 20_000; n++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : (char) random.nextInt(0x10000);
      }
      String s = new String(chars);
      assertThat(encoded(s, random.nextInt(5))).as("text %d", n).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] encoded(String s, int at) {
    byte[] out = new byte[at + 3 * s.length()];
    int end = Utf8.encode(s, out, at);
    return Arrays.copyOfRange(out, at, end);
  }
}
