package org.cablearchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.cablearchive.source.CsvReader;
import org.cablearchive.source.SourceDocument;

/** Reads a cables.csv with the archive's own reader, so that every peer sees the same cables. */
final class CablesCsv {
  private CablesCsv() {}

  /** Hands every readable row to {@code sink}; returns how many rows were rejected. */
  static long read(Path csv, Consumer<SourceDocument> sink) throws IOException {
    long[] rejected = {0};
    try (InputStream in = Files.newInputStream(csv)) {
      new CsvReader().read(in, csv.getFileName().toString(), item -> {
        if (item instanceof SourceDocument d) {
          sink.accept(d);
        } else {
          rejected[0]++;
        }
      });
    }
    return rejected[0];
  }
}
