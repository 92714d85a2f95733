package org.cablearchive.bench;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cablearchive.archive.lucene.CableDictionary;
import org.cablearchive.telegram.TelegramParser;

/**
 * What other Zstandard settings would do to the stored form of cables: {@code CompressionSettings CSV N}
 * parses the first N cables of a cables.csv, encodes each as the archive stores it, and compresses each
 * on its own with the shipped dictionary under each setting, twice (the first round warms up), printing
 * the bytes (as a share of the encoded bytes) and the speed. The archive uses level 3 with the dictionary
 * prepared once ({@code CableCompression}); docs/benchmarks.md, "The import's own work", has a run.
 */
public final class CompressionSettings {
  private CompressionSettings() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CompressionSettings CABLES.csv N");
      System.exit(2);
    }
    List<byte[]> forms = storedForms(Path.of(args[0]), Integer.parseInt(args[1]));
    long bytes = forms.stream().mapToLong(form -> form.length).sum();
    System.out.printf("%,d cables, %,d bytes encoded%n", forms.size(), bytes);
    byte[] dictionary = CableDictionary.shipped();
    for (int round = 1; round <= 2; round++) {
      for (Map.Entry<String, Supplier<ZstdCompressCtx>> setting : settings(dictionary).entrySet()) {
        try (ZstdCompressCtx context = setting.getValue().get()) {
          byte[] out = new byte[(int) Zstd.compressBound(forms.stream().mapToInt(f -> f.length).max().orElse(0))];
          long compressed = 0;
          long start = System.nanoTime();
          for (byte[] form : forms) {
            compressed += context.compressByteArray(out, 0, out.length, form, 0, form.length);
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf("round %d  %-36s %,13d bytes  %.4f  %6.1f MB/s%n", round, setting.getKey(), compressed,
              compressed / (double) bytes, bytes / 1e6 / seconds);
        }
      }
    }
  }

  private static List<byte[]> storedForms(Path csv, int limit) throws java.io.IOException {
    TelegramParser parser = new TelegramParser();
    List<byte[]> forms = new ArrayList<>();
    CablesCsv.read(csv, document -> {
      if (forms.size() < limit) {
        forms.add(CableDictionary.storedForm(parser.parse(document)));
      }
    });
    return forms;
  }

  private static Map<String, Supplier<ZstdCompressCtx>> settings(byte[] dictionary) {
    Map<String, Supplier<ZstdCompressCtx>> settings = new LinkedHashMap<>();
    for (int level : new int[] {-1, 1, 2, 3}) {
      settings.put("level " + level + ", prepared dictionary", () -> prepared(dictionary, level));
    }
    settings.put("level 3, hash and chain tables 2^14",
        () -> withDictionary(new ZstdCompressCtx().setLevel(3).setHashLog(14).setChainLog(14), dictionary));
    settings.put("level 3, strategy fast", () -> withDictionary(new ZstdCompressCtx().setLevel(3).setStrategy(1), dictionary));
    settings.put("level 3, shortest match 6", () -> withDictionary(new ZstdCompressCtx().setLevel(3).setMinMatch(6), dictionary));
    return settings;
  }

  /** A context with its settings, the dictionary loaded raw (prepared for those settings when first used). */
  private static ZstdCompressCtx withDictionary(ZstdCompressCtx context, byte[] dictionary) {
    context.loadDict(dictionary);
    return context;
  }

  private static ZstdCompressCtx prepared(byte[] dictionary, int level) {
    ZstdCompressCtx context = new ZstdCompressCtx().setLevel(level);
    context.loadDict(new ZstdDictCompress(dictionary, level));
    return context;
  }
}
