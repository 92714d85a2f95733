package org.cablearchive.archive.solr;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.Cable;

/**
 * Not a test: times the comparison's query mix on the bundled sample in the embedded archive and in an
 * in-process SolrCloud (2 nodes, 2 shards × 2 replicas), each query asked as the reading room asks it
 * (20 hits with snippets, all facets, a year histogram). Prints the median and 95th percentile per backend.
 * Run with {@code args[0]} rounds (default 20) after three warm-up rounds; see docs/scaling.md for the command.
 */
public final class BackendLatency {
  private static final int WARM_UP_ROUNDS = 3;

  private BackendLatency() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<Cable> sample = SampleCorpus.cables();
    MiniSolrCloudCluster cluster = SolrCluster.get();
    try (Archive lucene = LuceneArchive.open(Files.createTempDirectory("lucene-archive"));
        Archive solr = SolrArchive.connect(SolrCluster.zkHost(), SolrCluster.newCollection("latency"))) {
      for (Archive archive : List.of(lucene, solr)) {
        long start = System.nanoTime();
        for (Cable cable : sample) {
          archive.store(cable);
        }
        archive.commit();
        System.out.printf("%-8s stored %d releases in %d ms%n", name(archive), sample.size(),
            (System.nanoTime() - start) / 1_000_000);
      }
      for (Archive archive : List.of(lucene, solr)) {
        time(archive, WARM_UP_ROUNDS);
        List<Long> micros = time(archive, rounds);
        System.out.printf("%-8s %d queries: median %.1f ms, p95 %.1f ms%n", name(archive), micros.size(),
            percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0);
      }
    } finally {
      cluster.shutdown();
    }
  }

  private static List<Long> time(Archive archive, int rounds) throws Exception {
    List<Long> micros = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String query : BackendComparisonTest.QUERIES) {
        long start = System.nanoTime();
        archive.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 20, null, true, 10,
            HistogramInterval.YEAR, true));
        micros.add((System.nanoTime() - start) / 1000);
      }
    }
    return micros;
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }

  private static String name(Archive archive) {
    return archive instanceof SolrArchive ? "solr" : "embedded";
  }
}
