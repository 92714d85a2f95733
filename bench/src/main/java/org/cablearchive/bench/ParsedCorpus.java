package org.cablearchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablearchive.model.Cable;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;

/** The cables of a source (cables.csv, pages…) as the archive's reader and parser read them, one per ID (the last read). */
final class ParsedCorpus {
  private ParsedCorpus() {}

  /**
   * A seeded random sample of {@code count} cables of a source, read in one pass without holding the
   * rest (reservoir sampling), in reference ID order.
   */
  static List<Cable> sample(Path source, int count, long seed) {
    List<Cable> reservoir = new ArrayList<>(count);
    java.util.Random random = new java.util.Random(seed);
    long[] seen = {0};
    TelegramParser parser = new TelegramParser();
    Sources.read(source, Optional.empty(), item -> {
      if (item instanceof SourceDocument document) {
        Cable cable = parser.parse(document);
        if (cable == null || cable.id() == null) {
          return;
        }
        long n = seen[0]++;
        if (reservoir.size() < count) {
          reservoir.add(cable);
        } else {
          long slot = (long) (random.nextDouble() * (n + 1));
          if (slot < count) {
            reservoir.set((int) slot, cable);
          }
        }
      }
    });
    reservoir.sort(java.util.Comparator.comparing(c -> c.id().value()));
    return reservoir;
  }

  static List<Cable> read(Path source) throws IOException {
    Map<String, Cable> byId = new LinkedHashMap<>();
    TelegramParser parser = new TelegramParser();
    Sources.read(source, Optional.empty(), item -> {
      if (item instanceof SourceDocument document) {
        Cable cable = parser.parse(document);
        if (cable != null && cable.id() != null) {
          byId.put(cable.id().value(), cable);
        }
      }
    });
    return new ArrayList<>(byId.values());
  }
}
