package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void withoutATerminalTheEndIsOnePlainLineAndNotRepeated() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Progress progress = new Progress("import", "cables", 10);
      progress.stepTo(6_712, 9_000_000);
      progress.close();
      progress.close();
    } finally {
      System.setErr(err);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines()).hasSize(1);
    assertThat(printed).matches("import: 6712 cables, 9 MB in 0 s \\(\\d+ cables/s, [\\d.]+ MB/s, ETA 0 s\\)\\R");
  }
}
