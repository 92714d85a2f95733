package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cables demo} stopped as Ctrl-C stops it (the JVM's shutdown, here by SIGTERM, which runs the
 * same hooks as SIGINT): the server stops, the archive closes, then the temporary folder goes, and
 * nothing is reported as an error. Run as a separate JVM, the way the launcher runs it.
 */
class DemoStopTest {

  @TempDir Path temp;

  @Test
  void stoppingTheDemoIsNotAnErrorAndLeavesNothingBehind() throws Exception {
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    Path log = temp.resolve("demo.log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CablesCommand.class.getName(),
        "demo", "--port", "0"));
    Process demo = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    try {
      // Bounded only so that a broken demo cannot hang the build: the property tested is what it prints.
      for (int i = 0; i < 600 && demo.isAlive() && !Files.readString(log).contains("(Ctrl-C stops)"); i++) {
        Thread.sleep(500);
      }
      assertThat(Files.readString(log)).as("the demo started").contains("Serving the demo archive at http://localhost:");
      assertThat(folders(tmp)).as("the demo archive while serving").anyMatch(name -> name.startsWith("cables-demo-"));
      demo.destroy();
      assertThat(demo.waitFor(120, TimeUnit.SECONDS)).as("the demo stopped").isTrue();
    } finally {
      demo.destroyForcibly();
    }
    String printed = Files.readString(log);
    assertThat(printed).doesNotContain("failed").doesNotContain("Exception").doesNotContain("cables serve")
        .doesNotContain("could not");
    assertThat(folders(tmp)).as("folders left in the temporary folder; the demo printed:%n%s", printed)
        .noneMatch(name -> name.startsWith("cables-demo-"));
  }

  private static List<String> folders(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
