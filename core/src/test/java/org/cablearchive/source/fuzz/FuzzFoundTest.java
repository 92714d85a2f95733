package org.cablearchive.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.Sources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the inputs fuzzing once broke something with, so that the fix stays. A file is named
 * {@code <format>--<what it broke>.<ext>}, where the format is a source format's label or
 * {@code archive} (read through format and archive detection); adding one is all it takes to keep a finding.
 */
class FuzzFoundTest {

  static Stream<Path> found() throws IOException, URISyntaxException {
    Path folder = Path.of(FuzzFoundTest.class.getResource("/sources/fuzz-found").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("found")
  void readsAndParsesWithoutBreakingItsPromises(Path file) throws IOException {
    String name = file.getFileName().toString();
    String format = name.substring(0, name.indexOf("--"));
    CableReader reader = format.equals("archive") ? new DetectingReader()
        : Sources.reader(SourceFormat.fromLabel(format).orElseThrow());
    FuzzInput input = new FuzzInput(name, Files.readAllBytes(file), "fuzz-found " + name);

    assertThat(FuzzCheck.violations(reader, input)).isEmpty();
  }
}
