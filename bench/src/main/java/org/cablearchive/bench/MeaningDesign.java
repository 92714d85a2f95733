package org.cablearchive.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.StoredMeaning;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.meaning.CableOpening;
import org.cablearchive.meaning.SentenceEncoder;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/**
 * The measures behind the meaning design (docs/meaning.md), on a corpus with its citation record:
 * how much of a cable to read (its first passage, a joined opening of 128 or 256 word pieces, the mean of
 * passages up to a number of pieces, all of it), whether a vector per paragraph (nearest passage wins)
 * pays, how to fuse word and meaning rankings (reciprocal rank fusion's K and the meaning ranking's weight),
 * and whether byte vectors find what floats find. Every cable's passages are embedded once (the model
 * takes an hour or more for the sample on two cores) and kept in {@code CACHE}; nearest cables are found
 * exactly, by brute force over the floats. Word rankings come from the archive (more like this, and
 * searches for the known items' words).
 *
 * <p>{@code MeaningDesign CORPUS.csv DATA_DIR KNOWN_ITEMS.tsv RESULT.json CACHE} (DATA_DIR: the corpus imported)
 */
public final class MeaningDesign {
  private static final int DEPTH = 50;

  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  /** Per cable: its passages' vectors and word pieces, and its opening joined and read at 128 and 256 pieces. */
  private float[][][] passages;
  private int[][] pieces;
  private float[][] joined128;
  private float[][] joined256;
  private final Map<Integer, Set<Integer>> links = new HashMap<>();
  private final Map<Integer, List<Integer>> moreLikeThis = new HashMap<>();
  private final List<Integer> knownTargets = new ArrayList<>();
  private final List<List<Integer>> allWords = new ArrayList<>();
  private final List<List<Integer>> anyWord = new ArrayList<>();
  private float[][] queries;
  private final Map<String, Object> result = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: MeaningDesign CORPUS.csv DATA_DIR KNOWN_ITEMS.tsv RESULT.json CACHE");
      System.exit(2);
    }
    MeaningDesign design = new MeaningDesign();
    List<Cable> cables = ParsedCorpus.read(Path.of(args[0]));
    design.embed(cables, Path.of(args[4]));
    design.links(cables);
    design.wordRankings(Path.of(args[1]), KnownItemQueries.read(Path.of(args[2])));
    design.compare();
    JsonFile.write(Path.of(args[3]), design.result);
  }

  private void embed(List<Cable> cables, Path cache) throws Exception {
    for (Cable cable : cables) {
      index.put(cable.id().value(), ids.size());
      ids.add(cable.id().value());
    }
    int n = cables.size();
    if (Files.isRegularFile(cache)) {
      read(cache, n);
      return;
    }
    passages = new float[n][][];
    pieces = new int[n][];
    joined128 = new float[n][];
    joined256 = new float[n][];
    try (SentenceEncoder encoder = new SentenceEncoder(256)) {
      IntStream.range(0, n).parallel().forEach(i -> {
        List<CableOpening.Passage> read = CableOpening.passages(cables.get(i));
        passages[i] = new float[read.size()][];
        pieces[i] = new int[read.size()];
        StringBuilder opening = new StringBuilder();
        for (int p = 0; p < read.size(); p++) {
          SentenceEncoder.Encoded e = encoder.encode(read.get(p).text(), 128);
          passages[i][p] = e.vector();
          pieces[i][p] = e.pieces();
          opening.append(read.get(p).text()).append('\n');
        }
        String text = opening.length() > 4000 ? opening.substring(0, 4000) : opening.toString();
        joined128[i] = text.isBlank() ? new float[SentenceEncoder.DIMENSIONS] : encoder.encode(text, 128).vector();
        joined256[i] = text.isBlank() ? new float[SentenceEncoder.DIMENSIONS] : encoder.encode(text, 256).vector();
      });
    }
    write(cache);
  }

  private void write(Path cache) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
      out.writeInt(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        out.writeInt(passages[i].length);
        for (int p = 0; p < passages[i].length; p++) {
          out.writeInt(pieces[i][p]);
          writeVector(out, passages[i][p]);
        }
        writeVector(out, joined128[i]);
        writeVector(out, joined256[i]);
      }
    }
  }

  private void read(Path cache, int n) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
      if (in.readInt() != n) {
        throw new IOException(cache + " was made from another corpus: delete it");
      }
      passages = new float[n][][];
      pieces = new int[n][];
      joined128 = new float[n][];
      joined256 = new float[n][];
      for (int i = 0; i < n; i++) {
        int count = in.readInt();
        passages[i] = new float[count][];
        pieces[i] = new int[count];
        for (int p = 0; p < count; p++) {
          pieces[i][p] = in.readInt();
          passages[i][p] = readVector(in);
        }
        joined128[i] = readVector(in);
        joined256[i] = readVector(in);
      }
    }
  }

  private static void writeVector(DataOutputStream out, float[] v) throws IOException {
    for (float x : v) {
      out.writeFloat(x);
    }
  }

  private static float[] readVector(DataInputStream in) throws IOException {
    float[] v = new float[SentenceEncoder.DIMENSIONS];
    for (int d = 0; d < v.length; d++) {
      v[d] = in.readFloat();
    }
    return v;
  }

  private void links(List<Cable> cables) {
    for (Cable cable : cables) {
      int from = index.get(cable.id().value());
      for (ReferenceId cited : cable.citedIds()) {
        Integer to = index.get(cited.value());
        if (to != null && to != from) {
          links.computeIfAbsent(from, k -> new HashSet<>()).add(to);
          links.computeIfAbsent(to, k -> new HashSet<>()).add(from);
        }
      }
    }
  }

  private void wordRankings(Path data, List<KnownItemQueries.KnownItem> items) throws Exception {
    try (Archive archive = LuceneArchive.openReadOnly(data)) {
      for (int cable : links.keySet()) {
        moreLikeThis.put(cable, positions(archive.related(ReferenceId.of(ids.get(cable)), DEPTH, SearchMode.WORDS)));
      }
      for (KnownItemQueries.KnownItem item : items) {
        knownTargets.add(index.get(item.id()));
        allWords.add(search(archive, item.query()));
        anyWord.add(search(archive, String.join(" OR ", item.query().split(" "))));
      }
    }
    try (SentenceEncoder encoder = new SentenceEncoder(128)) {
      queries = items.stream().map(i -> encoder.encode(i.query()).vector()).toArray(float[][]::new);
    }
  }

  private List<Integer> search(Archive archive, String query) throws Exception {
    return positions(archive.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, DEPTH, null, false, 0, null, false))
        .hits().stream().map(h -> h.cable()).toList());
  }

  private List<Integer> positions(List<CableSummary> summaries) {
    return summaries.stream().map(s -> index.get(s.id().value())).toList();
  }

  private void compare() {
    result.put("cables", ids.size());
    result.put("linkedCables", links.size());
    result.put("passages", java.util.Arrays.stream(passages).mapToInt(p -> p.length).sum());
    result.put("load", Machine.loadAverage());
    result.put("relatedByWords", related(moreLikeThis::get));
    result.put("knownItemsAllWords", known(allWords::get));
    result.put("knownItemsAnyWord", known(anyWord::get));
    Map<String, float[][]> openings = new LinkedHashMap<>();
    openings.put("first passage (subject and summary), up to 128 pieces", mean(1, Integer.MAX_VALUE));
    openings.put("joined opening, 128 pieces", joined128);
    openings.put("joined opening, 256 pieces", joined256);
    for (int budget : new int[] {128, 192, 256, 384}) {
      openings.put("mean of whole passages until " + budget + " pieces", mean(Integer.MAX_VALUE, budget));
    }
    openings.put("mean of every passage (the whole cable)", mean(Integer.MAX_VALUE, Integer.MAX_VALUE));
    Map<String, Object> byOpening = new LinkedHashMap<>();
    for (Map.Entry<String, float[][]> opening : openings.entrySet()) {
      byOpening.put(opening.getKey(), figures(opening.getValue()));
      System.out.println(opening.getKey() + ": " + byOpening.get(opening.getKey()));
    }
    result.put("openings", byOpening);
    result.put("vectorPerPassage", passageVectors(openings.get("mean of whole passages until 128 pieces")));
    System.out.println("a vector per passage: " + result.get("vectorPerPassage"));
    result.put("fusion", fusion(openings.get("mean of whole passages until 128 pieces")));
    result.put("bytes", bytes(openings.get("mean of whole passages until 128 pieces")));
    System.out.println("bytes: " + result.get("bytes"));
  }

  /** The unit mean of each cable's first passages: at most {@code count}, until {@code budget} pieces are read. */
  private float[][] mean(int count, int budget) {
    float[][] means = new float[passages.length][];
    for (int i = 0; i < passages.length; i++) {
      float[] sum = new float[SentenceEncoder.DIMENSIONS];
      int read = 0;
      for (int p = 0; p < passages[i].length && p < count && read < budget; p++) {
        for (int d = 0; d < sum.length; d++) {
          sum[d] += pieces[i][p] * passages[i][p][d];
        }
        read += pieces[i][p];
      }
      means[i] = unit(sum);
    }
    return means;
  }

  private Map<String, Object> figures(float[][] vectors) {
    Map<Integer, List<Integer>> related = nearestCables(vectors);
    List<List<Integer>> found = nearestToQueries(vectors);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("relatedByMeaning", related(related::get));
    f.put("relatedByBoth", related(c -> fuse(moreLikeThis.get(c), related.get(c), 5, 0.75)));
    f.put("knownItemsByMeaning", known(found::get));
    f.put("knownItemsByBoth", known(i -> fuse(anyWord.get(i), found.get(i), 5, 0.75)));
    return f;
  }

  /** A vector for every passage, a cable as near as its nearest passage. */
  private Map<String, Object> passageVectors(float[][] cableVectors) {
    Map<Integer, List<Integer>> related = new ConcurrentHashMap<>();
    links.keySet().parallelStream().forEach(c -> related.put(c, nearest(i -> nearestPassage(cableVectors[c], i), c)));
    List<List<Integer>> found = IntStream.range(0, queries.length).parallel()
        .mapToObj(q -> nearest(i -> nearestPassage(queries[q], i), -1)).toList();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("relatedByMeaning", related(related::get));
    f.put("relatedByBoth", related(c -> fuse(moreLikeThis.get(c), related.get(c), 5, 0.75)));
    f.put("knownItemsByMeaning", known(found::get));
    f.put("knownItemsByBoth", known(i -> fuse(anyWord.get(i), found.get(i), 5, 0.75)));
    return f;
  }

  private float nearestPassage(float[] query, int cable) {
    float best = -2;
    for (float[] passage : passages[cable]) {
      best = Math.max(best, dot(query, passage));
    }
    return best;
  }

  private Map<String, Object> fusion(float[][] vectors) {
    Map<Integer, List<Integer>> related = nearestCables(vectors);
    List<List<Integer>> found = nearestToQueries(vectors);
    Map<String, Object> sweep = new LinkedHashMap<>();
    for (int k : new int[] {1, 2, 5, 10, 20, 60}) {
      for (double weight : new double[] {0.5, 0.75, 1}) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("relatedByBoth", related(c -> fuse(moreLikeThis.get(c), related.get(c), k, weight)));
        f.put("knownItemsByBoth", known(i -> fuse(anyWord.get(i), found.get(i), k, weight)));
        f.put("knownItemsByBothAllWords", known(i -> fuse(allWords.get(i), found.get(i), k, weight)));
        sweep.put("K " + k + ", meaning weight " + weight, f);
        System.out.println("K " + k + ", meaning weight " + weight + ": " + f);
      }
    }
    return sweep;
  }

  /** The same measures on the vectors as the archive stores them (bytes) as on the floats. */
  private Map<String, Object> bytes(float[][] vectors) {
    float[][] stored = new float[vectors.length][];
    float[][] storedQueries = new float[queries.length][];
    for (int i = 0; i < vectors.length; i++) {
      stored[i] = asFloats(StoredMeaning.vector(vectors[i]));
    }
    for (int i = 0; i < queries.length; i++) {
      storedQueries[i] = asFloats(StoredMeaning.vector(queries[i]));
    }
    Map<Integer, List<Integer>> related = new ConcurrentHashMap<>();
    links.keySet().parallelStream().forEach(c -> related.put(c, nearest(i -> dot(stored[c], stored[i]), c)));
    List<List<Integer>> found = IntStream.range(0, queries.length).parallel()
        .mapToObj(q -> nearest(i -> dot(storedQueries[q], stored[i]), -1)).toList();
    float largest = 0;
    for (float[] v : vectors) {
      for (float x : v) {
        largest = Math.max(largest, Math.abs(x));
      }
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("largestNumber", largest);
    f.put("relatedByMeaning", related(related::get));
    f.put("knownItemsByMeaning", known(found::get));
    return f;
  }

  private static float[] asFloats(byte[] bytes) {
    float[] v = new float[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      v[i] = bytes[i];
    }
    return v;
  }

  private Map<Integer, List<Integer>> nearestCables(float[][] vectors) {
    Map<Integer, List<Integer>> nearest = new ConcurrentHashMap<>();
    links.keySet().parallelStream().forEach(c -> nearest.put(c, nearest(i -> dot(vectors[c], vectors[i]), c)));
    return nearest;
  }

  private List<List<Integer>> nearestToQueries(float[][] vectors) {
    return IntStream.range(0, queries.length).parallel().mapToObj(q -> nearest(i -> dot(queries[q], vectors[i]), -1)).toList();
  }

  /** The {@link #DEPTH} cables scoring highest, best first, {@code self} left out. */
  private List<Integer> nearest(java.util.function.IntToDoubleFunction score, int self) {
    PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(x -> x[0]));
    for (int i = 0; i < ids.size(); i++) {
      if (i == self) {
        continue;
      }
      double s = score.applyAsDouble(i);
      if (best.size() < DEPTH) {
        best.add(new double[] {s, i});
      } else if (s > best.peek()[0]) {
        best.poll();
        best.add(new double[] {s, i});
      }
    }
    List<double[]> sorted = new ArrayList<>(best);
    sorted.sort(Comparator.comparingDouble((double[] x) -> -x[0]).thenComparingDouble(x -> x[1]));
    return sorted.stream().map(x -> (int) x[1]).toList();
  }

  private static List<Integer> fuse(List<Integer> words, List<Integer> meaning, int k, double weight) {
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (int r = 0; r < words.size(); r++) {
      scores.merge(words.get(r), 1.0 / (k + r + 1), Double::sum);
    }
    for (int r = 0; r < meaning.size(); r++) {
      scores.merge(meaning.get(r), weight / (k + r + 1), Double::sum);
    }
    List<Integer> fused = new ArrayList<>(scores.keySet());
    fused.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    return fused;
  }

  /** The mean share of each linked cable's cited and citing cables among its first ten related. */
  private double related(IntFunction<List<Integer>> related) {
    double shares = 0;
    for (Map.Entry<Integer, Set<Integer>> cable : links.entrySet()) {
      List<Integer> list = related.apply(cable.getKey());
      shares += list.subList(0, Math.min(10, list.size())).stream().filter(cable.getValue()::contains).count()
          / (double) cable.getValue().size();
    }
    return round(shares / links.size());
  }

  /** MRR@10 and recall@10 of the known-item queries. */
  private Map<String, Double> known(IntFunction<List<Integer>> found) {
    double reciprocal = 0;
    int within = 0;
    for (int q = 0; q < knownTargets.size(); q++) {
      List<Integer> list = found.apply(q);
      int rank = list.subList(0, Math.min(10, list.size())).indexOf(knownTargets.get(q));
      if (rank >= 0) {
        reciprocal += 1.0 / (rank + 1);
        within++;
      }
    }
    return Map.of("mrr", round(reciprocal / knownTargets.size()), "recall", round(within / (double) knownTargets.size()));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += a[d] * b[d];
    }
    return sum;
  }

  private static float[] unit(float[] v) {
    double squares = 0;
    for (float x : v) {
      squares += (double) x * x;
    }
    if (squares == 0) {
      return v;
    }
    float[] u = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      u[d] = (float) (v[d] / Math.sqrt(squares));
    }
    return u;
  }
}
