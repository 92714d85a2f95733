package org.cablearchive.archive.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cablearchive.archive.Archive;
import org.cablearchive.model.Cable;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;

/** The project's bundled sample of real cables (samples/demo-cables.tar.xz), parsed once per test JVM. */
final class SampleCables {
  private static final Path SAMPLE = Path.of("..", "samples", "demo-cables.tar.xz");
  private static List<Cable> cables;

  private SampleCables() {}

  /** Every release in the sample, in the archive's order of members. */
  static synchronized List<Cable> all() {
    if (cables == null) {
      if (!Files.isRegularFile(SAMPLE)) {
        throw new IllegalStateException("the bundled sample is missing: " + SAMPLE.toAbsolutePath());
      }
      TelegramParser parser = new TelegramParser();
      List<Cable> parsed = new ArrayList<>();
      Sources.read(SAMPLE, Optional.empty(), item -> {
        if (item instanceof SourceDocument doc) {
          Cable cable = parser.parse(doc);
          if (cable.id() != null) {
            parsed.add(cable);
          }
        }
      });
      cables = List.copyOf(parsed);
    }
    return cables;
  }

  /** Stores every release of the sample and commits. */
  static void storeAll(Archive archive) throws IOException {
    for (Cable cable : all()) {
      archive.store(cable);
    }
    archive.commit();
  }
}
