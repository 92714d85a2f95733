package org.cablearchive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The checkers nobody here wrote, run over the demo: the W3C Nu HTML checker ({@code vnu.jar} of the npm
 * package {@code vnu-jar}), axe-core (its {@code axe.min.js}) and feedparser (Debian's {@code python3-feedparser}), at fixed paths like the
 * browser tests' Chromium. {@code .ci/run} installs them; without one a test is skipped with what to
 * install, except under CI=true, where that fails.
 */
final class Validators {
  static final Path VNU = Path.of("/usr/lib/node_modules/vnu-jar/build/dist/vnu.jar");
  static final Path PYTHON = Path.of("/usr/bin/python3");
  static final Path AXE = Path.of("/usr/lib/node_modules/axe-core/axe.min.js");

  /** What a checker printed and how it ended. */
  record Run(int exitCode, String out) {}

  private Validators() {}

  /** The Nu HTML checker's jar, or the calling test skipped (failed under CI). */
  static Path vnu() {
    require(Files.isRegularFile(VNU), "the Nu HTML checker is missing: npm install -g vnu-jar (expected " + VNU + ")");
    return VNU;
  }

  /** axe-core's script, or the calling test skipped (failed under CI). */
  static Path axe() {
    require(Files.isRegularFile(AXE), "axe-core is missing: npm install -g axe-core (expected " + AXE + ")");
    return AXE;
  }

  /** Debian's Python 3 with feedparser, or the calling test skipped (failed under CI). */
  static Path feedparser() throws IOException, InterruptedException {
    boolean found = Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import feedparser")).exitCode() == 0;
    require(found, "feedparser is missing: apt-get install python3-feedparser (for " + PYTHON + ")");
    return PYTHON;
  }

  private static void require(boolean installed, String what) {
    if (!installed && "true".equals(System.getenv("CI"))) {
      Assertions.fail("CI=true but " + what);
    }
    Assumptions.assumeTrue(installed, what + "; the check is skipped");
  }

  /** Runs {@code command} to its end and gives its exit code and what it printed (stdout and stderr). */
  static Run run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("cables-validator", ".log");
    try {
      Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        Assertions.fail(String.join(" ", command) + " did not finish within 10 minutes");
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
