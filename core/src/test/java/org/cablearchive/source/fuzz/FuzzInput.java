package org.cablearchive.source.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One mutated input, reproducible from its run seed and index alone.
 *
 * @param name the file name readers are given, which locations must repeat
 * @param bytes the input
 * @param recipe how it was made, for the failure message
 */
record FuzzInput(String name, byte[] bytes, String recipe) {

  static FuzzInput make(String format, List<Seed> seeds, long runSeed, int index) {
    Random random = new Random(runSeed * 1_000_003L + index);
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    byte[] bytes = seed.bytes();
    List<Mutation> applied = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
      bytes = mutation.apply(bytes, random);
      applied.add(mutation);
    }
    String recipe = "run seed " + runSeed + ", input " + index + ": " + seed.name() + " " + applied;
    return new FuzzInput("fuzz/" + format + "/" + index + "/" + seed.name(), bytes, recipe);
  }

  /** An upper bound of the lines any reader can count in the input: line feeds plus one. */
  int lines() {
    int lines = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
