package org.cablearchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reader's own speed: {@code CsvReading CSV ROUNDS} reads a cables.csv with the archive's reader
 * (as an import's reading thread does, nothing else) ROUNDS times in one JVM and prints each round's
 * seconds and MB/s of input. To compare two builds, run it with each build's core jar first on the class
 * path, alternating (docs/benchmarks.md, "The import's own work").
 */
public final class CsvReading {
  private CsvReading() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CsvReading CSV ROUNDS");
      System.exit(2);
    }
    Path csv = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    double megabytes = Files.size(csv) / 1e6;
    for (int round = 1; round <= rounds; round++) {
      long[] cablesAndChars = {0, 0};
      long start = System.nanoTime();
      CablesCsv.read(csv, document -> {
        cablesAndChars[0]++;
        cablesAndChars[1] += document.header().length() + document.body().length();
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %,d cables, %,d characters in %.2f s, %.0f MB/s%n", round, cablesAndChars[0],
          cablesAndChars[1], seconds, megabytes / seconds);
    }
  }
}
