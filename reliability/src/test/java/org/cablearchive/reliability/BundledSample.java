package org.cablearchive.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The project's bundled sample ({@code samples/} at the repository root): 620 cable pages with 21
 * earlier releases, and the seed cable as page text.
 */
final class BundledSample {
  private BundledSample() {}

  static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("samples/demo-cables.tar.xz"))) {
        return dir.resolve("samples");
      }
    }
    throw new IllegalStateException("samples/demo-cables.tar.xz not found above " + Path.of("").toAbsolutePath());
  }

  static Path cablePages() {
    return folder().resolve("demo-cables.tar.xz");
  }

  static Path seedPageText() {
    return folder().resolve("09MEXICO3093-page.txt");
  }

  /**
   * The sample's pages unpacked into {@code count} folders under {@code into}, dealt out in turn so
   * that each holds cables of every period (and earlier releases land apart from their final ones).
   */
  static List<Path> inPieces(Path into, int count) throws IOException {
    List<Path> pieces = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pieces.add(Files.createDirectories(into.resolve("piece-" + (i + 1))));
    }
    int n = 0;
    try (InputStream file = Files.newInputStream(cablePages());
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(file))) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        if (entry.isFile()) {
          Path target = pieces.get(n++ % count).resolve(entry.getName());
          Files.createDirectories(target.getParent());
          Files.copy(tar, target);
        }
      }
    }
    return pieces;
  }
}
