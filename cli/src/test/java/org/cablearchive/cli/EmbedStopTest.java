package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cables embed} stopped by Ctrl-C while the model runs: it ends after its batch, keeps what it
 * embedded, says how much, and exits as a stopped command does (130), without the JVM crash a model run
 * during the JVM's shutdown caused. Run as a separate JVM, as the launcher runs it.
 */
class EmbedStopTest {

  @TempDir Path temp;

  @Test
  void ctrlCEndsTheBatchKeepsWhatIsEmbeddedAndSaysSo() throws Exception {
    Path data = temp.resolve("data");
    CliRun imported = CliRun.of("import", "--data", data.toString(), "--no-meaning",
        DemoCommand.samplesFolder().resolve("demo-cables.tar.xz").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    Path log = temp.resolve("embed.log");
    Process embed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), CablesCommand.class.getName(), "embed", "--data", data.toString())
        .directory(temp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    try {
      // Bounded only so that a broken command cannot hang the build: the property tested is what it does.
      for (int i = 0; i < 600 && embed.isAlive() && !Files.readString(log).contains("Ctrl-C stops"); i++) {
        Thread.sleep(500);
      }
      assertThat(Files.readString(log)).as("embedding began").contains("Embedding 620 cables");
      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(embed.pid())).start().waitFor()).isZero();
      assertThat(embed.waitFor(300, TimeUnit.SECONDS)).as("embed stopped").isTrue();
    } finally {
      embed.destroyForcibly();
    }
    String printed = Files.readString(log);
    assertThat(embed.exitValue()).as(printed).isEqualTo(130);
    Matcher stopped = Pattern.compile("cables embed: stopped: (\\d+) of the 620 cables without meaning vectors were embedded and are kept")
        .matcher(printed);
    assertThat(stopped.find()).as(printed).isTrue();
    assertThat(printed).doesNotContain("SIGSEGV").doesNotContain("fatal error");
    assertThat(crashFiles()).isEmpty();

    CliRun stats = CliRun.of("stats", "--data", data.toString(), "--json");
    JsonNode meaning = new ObjectMapper().readTree(stats.out()).path("meaning");
    assertThat(meaning.path("withMeaning").asLong()).isEqualTo(Long.parseLong(stopped.group(1))).isLessThan(620);
  }

  private List<String> crashFiles() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("hs_err")).toList();
    }
  }
}
