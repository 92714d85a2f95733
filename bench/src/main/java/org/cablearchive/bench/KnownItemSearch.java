package org.cablearchive.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.meaning.MiniLmMeaning;

/**
 * Known-item search: each query of {@link KnownItemQueries} is run as a reader would, and the rank of
 * the cable it was made from among the first ten hits gives the mean reciprocal rank (MRR@10) and the
 * share found at all (recall@10) and first (recall@1). By words as typed (all words required), by any of
 * the words (ORed, ranked by BM25: the best words alone can do), by meaning, and both ways (which ranks
 * by any of the words).
 *
 * <p>{@code KnownItemSearch DATA_DIR QUERIES.tsv RESULT.json}
 */
public final class KnownItemSearch {
  static final int TOP = 10;

  private KnownItemSearch() {}

  /** The figures of one way of searching. */
  public record Figures(double mrr, double recall, double recallAtOne, Latency latency) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: KnownItemSearch DATA_DIR QUERIES.tsv RESULT.json");
      System.exit(2);
    }
    List<KnownItemQueries.KnownItem> items = KnownItemQueries.read(Path.of(args[1]));
    try (Archive archive = LuceneArchive.open(Path.of(args[0]), new MiniLmMeaning())) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("queries", items.size());
      result.put("load", Machine.loadAverage());
      result.put("words", measure(archive, items, false, SearchMode.WORDS));
      result.put("anyWord", measure(archive, items, true, SearchMode.WORDS));
      result.put("meaning", measure(archive, items, false, SearchMode.MEANING));
      result.put("both", measure(archive, items, false, SearchMode.BOTH));
      result.put("loadAfter", Machine.loadAverage());
      result.forEach((k, v) -> {
        if (v instanceof Figures f) {
          System.out.printf("%-12s MRR@10 %.3f  recall@10 %.3f  recall@1 %.3f  p50 %.1f ms%n", k, f.mrr(), f.recall(), f.recallAtOne(),
              f.latency().p50());
        }
      });
      JsonFile.write(Path.of(args[2]), result);
    }
  }

  static Figures measure(Archive archive, List<KnownItemQueries.KnownItem> items, boolean anyWord, SearchMode mode)
      throws Exception {
    double reciprocal = 0;
    int found = 0;
    int first = 0;
    long[] nanos = new long[items.size()];
    for (int i = 0; i < items.size(); i++) {
      KnownItemQueries.KnownItem item = items.get(i);
      String query = anyWord ? String.join(" OR ", item.query().split(" ")) : item.query();
      long start = System.nanoTime();
      List<String> ids;
      try {
        ids = archive.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, TOP, null, false, 0, null, false, mode))
            .hits().stream().map(h -> h.cable().id().value()).toList();
      } catch (QueryException e) {
        throw new IllegalStateException("query " + (i + 1) + " (" + query + "): " + e.getMessage(), e);
      }
      nanos[i] = System.nanoTime() - start;
      int rank = ids.indexOf(item.id());
      if (rank >= 0) {
        reciprocal += 1.0 / (rank + 1);
        found++;
        first += rank == 0 ? 1 : 0;
      }
    }
    int n = items.size();
    return new Figures(reciprocal / n, (double) found / n, (double) first / n, Latency.of(nanos));
  }
}
