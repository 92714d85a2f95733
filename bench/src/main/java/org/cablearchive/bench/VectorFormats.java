package org.cablearchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cablearchive.archive.StoredMeaning;

/**
 * How the archive's vectors compare stored other ways Lucene 9.12 offers, on the vectors of an embedded
 * archive: as the archive stores them (bytes it quantized, plain HNSW), as floats with Lucene's own scalar
 * quantization (7 bits, and 4 bits compressed; Lucene keeps the floats beside them), and as floats
 * unquantized. Each way gets its own index of one segment; for each: bytes on disk per vector (the vector
 * files only), time to build, latency of the 100 nearest, and how many of the true ten nearest (by the
 * floats, exactly) its ten nearest hold.
 *
 * <p>{@code VectorFormats DATA_DIR RESULT.json [QUERIES]} (the floats are the archive's bytes scaled back)
 */
public final class VectorFormats {
  private static final String FIELD = "v";
  private static final int K = 100;

  private VectorFormats() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: VectorFormats DATA_DIR RESULT.json [QUERIES]");
      System.exit(2);
    }
    int queryCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    List<byte[]> stored = readVectors(Path.of(args[0]).resolve("index"));
    List<float[]> floats = stored.stream().map(VectorFormats::floats).toList();
    Random random = new Random(17);
    int[] queries = random.ints(queryCount, 0, stored.size()).toArray();
    List<Set<Integer>> truth = new ArrayList<>();
    for (int q : queries) {
      truth.add(exactTen(floats, floats.get(q)));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("vectors", stored.size());
    result.put("load", Machine.loadAverage());
    result.put("archive: bytes, HNSW", measure(new Lucene99HnswVectorsFormat(), stored, floats, true, queries, truth));
    result.put("Lucene scalar quantization, 7 bits", measure(new Lucene99HnswScalarQuantizedVectorsFormat(), stored, floats, false,
        queries, truth));
    result.put("Lucene scalar quantization, 4 bits compressed", measure(new Lucene99HnswScalarQuantizedVectorsFormat(
        Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH, 1, 4, true, null, null),
        stored, floats, false, queries, truth));
    result.put("floats, HNSW", measure(new Lucene99HnswVectorsFormat(), stored, floats, false, queries, truth));
    result.put("loadAfter", Machine.loadAverage());
    JsonFile.write(Path.of(args[1]), result);
    result.forEach((k, v) -> System.out.println(k + ": " + v));
  }

  /** The stored vector of every live cable document. */
  private static List<byte[]> readVectors(Path index) throws IOException {
    List<byte[]> vectors = new ArrayList<>();
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        ByteVectorValues values = leaf.reader().getByteVectorValues("meaning");
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
            vectors.add(values.vectorValue().clone());
          }
        }
      }
    }
    return vectors;
  }

  private static float[] floats(byte[] bytes) {
    float[] v = new float[bytes.length];
    double squares = 0;
    for (int i = 0; i < bytes.length; i++) {
      v[i] = bytes[i] / StoredMeaning.SCALE;
      squares += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(squares);
    }
    return v;
  }

  private static Set<Integer> exactTen(List<float[]> floats, float[] query) {
    java.util.PriorityQueue<double[]> best = new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(x -> x[0]));
    for (int i = 0; i < floats.size(); i++) {
      double s = 0;
      float[] v = floats.get(i);
      for (int d = 0; d < v.length; d++) {
        s += v[d] * query[d];
      }
      best.add(new double[] {s, i});
      if (best.size() > 10) {
        best.poll();
      }
    }
    Set<Integer> ten = new HashSet<>();
    best.forEach(x -> ten.add((int) x[1]));
    return ten;
  }

  private static Map<String, Object> measure(KnnVectorsFormat format, List<byte[]> stored, List<float[]> floats, boolean bytes,
      int[] queries, List<Set<Integer>> truth) throws IOException {
    Path dir = Files.createTempDirectory("vector-format");
    try (Directory directory = FSDirectory.open(dir)) {
      IndexWriterConfig config = new IndexWriterConfig().setCodec(new FilterCodec("Lucene912", new Lucene912Codec()) {
        @Override
        public KnnVectorsFormat knnVectorsFormat() {
          return new PerFieldKnnVectorsFormat() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
              return format;
            }
          };
        }
      }).setRAMBufferSizeMB(256).setUseCompoundFile(false);
      org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
      merges.setNoCFSRatio(0.0);
      config.setMergePolicy(merges);
      long start = System.nanoTime();
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < stored.size(); i++) {
          Document doc = new Document();
          doc.add(bytes ? new KnnByteVectorField(FIELD, stored.get(i), VectorSimilarityFunction.DOT_PRODUCT)
              : new KnnFloatVectorField(FIELD, floats.get(i), VectorSimilarityFunction.DOT_PRODUCT));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      }
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      long vectorBytes = 0;
      for (String file : directory.listAll()) {
        if (file.matches(".*\\.(vec|vex|vem|veq|vemq|vemf)$")) {
          vectorBytes += directory.fileLength(file);
        }
      }
      long[] nanos = new long[queries.length];
      double found = 0;
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int round = 0; round < 2; round++) {
          for (int q = 0; q < queries.length; q++) {
            Query query = bytes ? new KnnByteVectorQuery(FIELD, stored.get(queries[q]), K)
                : new KnnFloatVectorQuery(FIELD, floats.get(queries[q]), K);
            long t = System.nanoTime();
            ScoreDoc[] hits = searcher.search(query, K).scoreDocs;
            nanos[q] = System.nanoTime() - t;
            if (round == 1) {
              for (int h = 0; h < Math.min(10, hits.length); h++) {
                found += truth.get(q).contains(hits[h].doc) ? 1 : 0;
              }
            }
          }
        }
      }
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("bytesPerVector", vectorBytes / (double) stored.size());
      figures.put("buildSeconds", buildSeconds);
      figures.put("latency", Latency.of(nanos));
      figures.put("recallAt10", found / (10.0 * queries.length));
      return figures;
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
