package org.cablearchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The near-limit import: {@code BareLucene CSV INDEX_DIR RESULT.json} reads cables.csv with the
 * archive's reader and indexes header and body as one text field per cable — no telegram parsing,
 * no stored fields, no doc values, no versions — with one indexing thread per core fed by the reader.
 * Whatever the archive does beyond this is what its import costs over reading and inverting text.
 */
public final class BareLucene {
  /** Tells an indexing thread to stop; compared by identity, so no cable text can be mistaken for it. */
  private static final String END = new String("end of input");

  private BareLucene() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: BareLucene CSV INDEX_DIR RESULT.json");
      System.exit(2);
    }
    Path csv = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    long start = System.nanoTime();
    long cables = index(csv, dir);
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = sizeOf(dir);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("system", "bare-lucene");
    out.put("cables", cables);
    out.put("seconds", seconds);
    out.put("csvBytes", Files.size(csv));
    out.put("indexBytes", bytes);
    JsonFile.write(Path.of(args[2]), out);
    System.out.printf("bare lucene: indexed %,d cables in %.1f s, index %,d bytes%n", cables, seconds, bytes);
  }

  static long index(Path csv, Path dir) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(256)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      BlockingQueue<String> texts = new ArrayBlockingQueue<>(1_024);
      Future<?>[] workers = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        workers[t] = pool.submit(() -> invert(texts, writer));
      }
      long[] read = {0};
      CablesCsv.read(csv, d -> {
        put(texts, d.header() + "\n" + d.body());
        read[0]++;
      });
      for (int t = 0; t < threads; t++) {
        put(texts, END);
      }
      for (Future<?> w : workers) {
        w.get();
      }
      writer.commit();
      return read[0];
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private static Void invert(BlockingQueue<String> texts, IndexWriter writer) throws Exception {
    for (String text = texts.take(); text != END; text = texts.take()) {
      Document doc = new Document();
      doc.add(new TextField("text", text, Field.Store.NO));
      writer.addDocument(doc);
    }
    return null;
  }

  private static void put(BlockingQueue<String> queue, String text) {
    try {
      queue.put(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    }
  }

  static long sizeOf(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
