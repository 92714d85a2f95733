package org.cablearchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.FSDirectory;

/**
 * How many tokens an index inverted, field by field: {@code IndexTokens INDEX_DIR} prints each field's
 * count and the sum. Run on the archive's {@code DATA/index} and on bare Lucene's index, it tells whether
 * the two imports invert the same words (docs/benchmarks.md, "The import's ratio, where it stands").
 */
public final class IndexTokens {
  private IndexTokens() {}

  /** Each inverted field's tokens (the sum of its terms' frequencies over every document), by name. */
  static Map<String, Long> byField(Path index) throws IOException {
    Map<String, Long> tokens = new TreeMap<>();
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
        // fields indexed without frequencies (IDs, keywords kept as one term) have no token count
        if (field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0) {
          tokens.put(field.name, reader.getSumTotalTermFreq(field.name));
        }
      }
    }
    return tokens;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: IndexTokens INDEX_DIR");
      System.exit(2);
    }
    Map<String, Long> tokens = byField(Path.of(args[0]));
    tokens.forEach((field, count) -> System.out.printf("%s %,d%n", field, count));
    System.out.printf("all %,d%n", tokens.values().stream().mapToLong(Long::longValue).sum());
  }
}
