package org.cablearchive.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    assertThat(generate(300, 7)).isEqualTo(generate(300, 7));
  }

  @Test
  void theBytesOfSeedOneArePinnedWhateverTheLocale() throws Exception {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      byte[] csv = generate(100, 1).getBytes(StandardCharsets.UTF_8);

      assertThat(csv).hasSize(797_921);
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)))
          .isEqualTo("12091e88053c3f1b1a87075578fa4a5f5a9f52c084142a36c7369477704405d9");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anotherSeedWritesAnotherCorpus() throws IOException {
    assertThat(generate(50, 7)).isNotEqualTo(generate(50, 8));
  }

  @Test
  void rowsStartWithSequenceCreatedIdOriginAndClassification() throws IOException {
    String csv = generate(200, 3);

    assertThat(csv).startsWith("\"1\",\"12/28/1966 ");
    assertThat(csv).contains("\",\"66BUENOSAIRES2481\",\"Embassy Buenos Aires\",\"");
    long rows = csv.lines().filter(l -> l.matches("\"\\d+\",\"\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d\\d\",\"\\d\\d[A-Z].*")).count();
    assertThat(rows).isEqualTo(200);
    assertThat(csv).endsWith("\"\n");
  }

  @Test
  void reportsProgressEveryThousandRowsAndAtTheEndWithTheBytesWrittenSoFar() throws IOException {
    List<String> reported = new ArrayList<>();
    StringWriter out = new StringWriter();
    new CorpusGenerator(1).write(2_500, out, (cables, bytes) -> reported.add(cables + " cables, " + bytes + " bytes"));

    String csv = out.toString();
    assertThat(reported).containsExactly(
        "1000 cables, " + utf8Length(csv.substring(0, csv.indexOf("\n\"1001\",\"") + 1)) + " bytes",
        "2000 cables, " + utf8Length(csv.substring(0, csv.indexOf("\n\"2001\",\"") + 1)) + " bytes",
        "2500 cables, " + utf8Length(csv) + " bytes");
  }

  @Test
  void createdIsWrittenLikeCablesCsvWithoutPadding() {
    assertThat(CorpusGenerator.created(LocalDateTime.of(2009, 1, 20, 3, 7))).isEqualTo("1/20/2009 3:07");
    assertThat(CorpusGenerator.created(LocalDateTime.of(1966, 12, 28, 18, 48))).isEqualTo("12/28/1966 18:48");
  }

  private static String generate(int cables, long seed) throws IOException {
    StringWriter out = new StringWriter();
    new CorpusGenerator(seed).write(cables, out, (written, bytes) -> {});
    return out.toString();
  }

  private static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
