package org.cablearchive.export;

import java.util.Locale;
import java.util.Optional;

/** The forms an export can take. */
public enum ExportFormat {
  /** One JSON object per line: a cable (docs/cable-json.md), or a graph's nodes then edges. */
  JSONL,
  /** Cables in the cables.csv layout (which {@code cables import} reads back), or a graph's edge list with a header. */
  CSV,
  /** A graph in GraphML, for Gephi and other graph tools. */
  GRAPHML;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ExportFormat> fromKey(String key) {
    for (ExportFormat f : values()) {
      if (f.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
