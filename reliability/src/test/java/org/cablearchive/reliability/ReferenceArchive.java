package org.cablearchive.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an uninterrupted {@code cables import} of the bundled sample (pages and the seed page text)
 * gives, computed once per test run: the yardstick for imports that were stopped, refused or
 * served from while they ran.
 */
final class ReferenceArchive {
  private static ArchiveContents contents;

  private ReferenceArchive() {}

  static synchronized ArchiveContents contents() {
    if (contents == null) {
      try {
        Path dir = Files.createTempDirectory("cables-reference");
        Path data = dir.resolve("data");
        CommandRun run = CommandRun.inProcess("import", "--data", data.toString(),
            BundledSample.cablePages().toString(), BundledSample.seedPageText().toString());
        if (run.exitCode() != 0) {
          throw new IllegalStateException("the reference import failed: " + run.err());
        }
        contents = ArchiveContents.of(data);
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return contents;
  }
}
