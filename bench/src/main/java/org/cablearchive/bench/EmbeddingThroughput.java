package org.cablearchive.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.meaning.MiniLmMeaning;
import org.cablearchive.model.Cable;

/**
 * How fast the meaning model embeds cables, on its own (no index): a seeded random sample of a
 * corpus's cables, embedded as an import embeds them, on a given number of threads. The model is loaded
 * and warmed on fifty other cables of the sample first.
 *
 * <p>{@code EmbeddingThroughput CORPUS.csv RESULT.json [CABLES [THREADS [SEED]]]}
 */
public final class EmbeddingThroughput {
  private static final int WARM_UP = 50;

  private EmbeddingThroughput() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EmbeddingThroughput CORPUS.csv RESULT.json [CABLES [THREADS [SEED]]]");
      System.exit(2);
    }
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 17;
    List<Cable> cables = new ArrayList<>(ParsedCorpus.sample(Path.of(args[0]), count + WARM_UP, seed));
    Collections.shuffle(cables, new Random(seed));
    MiniLmMeaning model = new MiniLmMeaning();
    cables.subList(0, Math.min(cables.size(), WARM_UP)).forEach(model::meaningOf);
    List<Cable> sample = cables.subList(Math.min(cables.size(), WARM_UP), cables.size());

    String loadBefore = Machine.loadAverage();
    AtomicLong passages = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> shares = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<Cable> share = sample.subList(t * sample.size() / threads, (t + 1) * sample.size() / threads);
      shares.add(pool.submit(() -> share.forEach(c -> {
        CableMeaning meaning = model.meaningOf(c);
        passages.addAndGet(meaning.passages().size());
      })));
    }
    for (Future<?> share : shares) {
      share.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", model.name());
    result.put("cables", sample.size());
    result.put("threads", threads);
    result.put("seconds", seconds);
    result.put("cablesPerSecond", sample.size() / seconds);
    result.put("passagesPerCable", passages.get() / (double) sample.size());
    result.put("load", loadBefore);
    result.put("loadAfter", Machine.loadAverage());
    JsonFile.write(Path.of(args[1]), result);
    System.out.printf("%d cables in %.1f s on %d threads: %.1f cables/s (%.2f passages each); load %s → %s%n", sample.size(),
        seconds, threads, sample.size() / seconds, passages.get() / (double) sample.size(), loadBefore, Machine.loadAverage());
  }
}
