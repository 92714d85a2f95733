package org.cablearchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.lucene.CableDictionary;
import org.cablearchive.model.Cable;
import org.cablearchive.telegram.TelegramParser;

/**
 * Learns the stored-cable dictionary from a cables.csv of real cables:
 * {@code TrainDictionary cables-sample.csv core/src/main/resources/org/cablearchive/archive/lucene/cables.zstd-dict}.
 */
public final class TrainDictionary {
  private TrainDictionary() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: TrainDictionary CABLES.csv DICTIONARY");
      System.exit(2);
    }
    TelegramParser parser = new TelegramParser();
    List<Cable> cables = new ArrayList<>();
    CablesCsv.read(Path.of(args[0]), document -> cables.add(parser.parse(document)));
    byte[] dictionary = CableDictionary.train(cables, CableDictionary.SIZE);
    Files.write(Path.of(args[1]), dictionary);
    System.out.printf("learnt a %,d-byte dictionary from %,d cables%n", dictionary.length, cables.size());
  }
}
