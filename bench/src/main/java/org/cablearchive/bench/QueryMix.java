package org.cablearchive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fixed query mix of {@code queries.tsv}: the same questions for the archive and every peer. */
public final class QueryMix {
  private QueryMix() {}

  public static List<BenchQuery> load() {
    List<BenchQuery> mix = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        QueryMix.class.getResourceAsStream("queries.tsv"), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (!line.isBlank() && !line.startsWith("#")) {
          mix.add(parse(line, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read queries.tsv", e);
    }
    return List.copyOf(mix);
  }

  private static BenchQuery parse(String line, int lineNumber) {
    String[] f = line.split("\t", -1);
    if (f.length != 5) {
      throw new IllegalStateException("queries.tsv:" + lineNumber + ": expected 5 tab-separated fields, found " + f.length);
    }
    return new BenchQuery(f[0], f[1], orNull(f[2]), orNull(f[3]), orNull(f[4]));
  }

  private static String orNull(String field) {
    return field.equals("-") ? null : field;
  }
}
