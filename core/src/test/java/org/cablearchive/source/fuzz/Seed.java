package org.cablearchive.source.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A real input that mutations start from. */
record Seed(String name, byte[] bytes) {

  static Seed resource(String path) {
    try (InputStream in = Seed.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new Seed(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a cables.csv resource, in groups of {@code size} consecutive rows. */
  static List<Seed> csvRows(String path, int size) {
    String text = new String(resource(path).bytes(), StandardCharsets.UTF_8);
    List<Integer> starts = new ArrayList<>();
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\"\\d+\",\"").matcher(text);
    while (row.find()) {
      starts.add(row.start());
    }
    starts.add(text.length());
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      String rows = text.substring(starts.get(i), starts.get(Math.min(i + size, starts.size() - 1)));
      seeds.add(new Seed("rows-" + (i + 1) + ".csv", rows.getBytes(StandardCharsets.UTF_8)));
    }
    return seeds;
  }
}
