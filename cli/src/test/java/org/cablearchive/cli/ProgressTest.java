package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One progress line, right for every source: a plain CSV and a compressed archive both have a size, so
 * both show how far and an ETA; a folder shows counts and rates; the end is 100 %.
 */
class ProgressTest {

  @Test
  void aPlainFileOrACompressedArchiveShowsHowFarWithRatesAndEta() {
    Progress csv = new Progress("import", "cables", -1, 54_000_000, null);
    csv.stepTo(521, 12_000_000);
    assertThat(csv.line(false, 10)).isEqualTo("import: 22% · 12.0 of 54.0 MB · 521 cables · 52 cables/s · 1.2 MB/s · ETA 35 s");
    Progress xz = new Progress("import", "cables", -1, 2_600_000, null);
    xz.stepTo(6_712, 1_300_000);
    assertThat(xz.line(false, 4)).isEqualTo("import: 50% · 1.3 of 2.6 MB · 6,712 cables · 1,678 cables/s · 0.3 MB/s · ETA 4 s");
  }

  @Test
  void theEndIsAHundredPercentEvenWhenTheLastBytesCountedWereNotTheLastRead() {
    Progress csv = new Progress("import", "cables", -1, 54_000_000, null);
    csv.stepTo(251_287, 53_100_000);
    assertThat(csv.line(true, 125)).isEqualTo(
        "import: 100% · 54.0 of 54.0 MB · 251,287 cables · 2,010 cables/s · 0.4 MB/s · done in 2 min 05 s");
  }

  @Test
  void withoutATotalTheCountsAndRatesShow() {
    Progress folder = new Progress("import", "cables", -1, -1, null);
    folder.stepTo(6_712, 24_000_000);
    assertThat(folder.line(false, 8)).isEqualTo("import: 6,712 cables · 24.0 MB · 839 cables/s · 3.0 MB/s");
    Progress generate = new Progress("generate", "cables", 2_000, -1, null);
    generate.stepTo(500, 1_000_000);
    assertThat(generate.line(false, 1)).isEqualTo("generate: 25% · 500 of 2,000 cables · 1.0 MB · 500 cables/s · 1.0 MB/s · ETA 3 s");
  }

  @Test
  void onATerminalTheLineIsRedrawnInPlaceAndEndsOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress("import", "cables", -1, 10_000_000, new PrintStream(out, true, StandardCharsets.UTF_8));
    progress.stepTo(6_712, 9_000_000);
    progress.close();
    progress.close();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("\rimport: 90% · 9.0 of 10.0 MB · 6,712 cables").contains("\rimport: 100% · 10.0 of 10.0 MB")
        .endsWith(System.lineSeparator());
    assertThat(printed.chars().filter(c -> c == '\n').count()).as("line ends").isEqualTo(1);
  }

  @Test
  void withoutATerminalNothingIsPrinted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    try (Progress progress = Progress.onTerminal("import", "cables", -1, 10_000_000)) {
      progress.stepTo(6_712, 9_000_000);
    } finally {
      System.setErr(err);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
