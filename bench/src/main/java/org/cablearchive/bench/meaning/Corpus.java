package org.cablearchive.bench.meaning;

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
final class Corpus {
  private Corpus() {}

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
