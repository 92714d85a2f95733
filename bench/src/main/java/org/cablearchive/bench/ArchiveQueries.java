package org.cablearchive.bench;

import java.nio.file.Path;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;

/**
 * The archive's side of the query benchmark, in process: {@code ArchiveQueries DATA_DIR RESULT.json
 * [WARMUP ROUNDS [no-snippets]]} opens the archive an import built and runs the mix as the search page
 * asks it — 20 hits with snippets and facet counts. {@code no-snippets} measures the same without
 * snippets, to show what they cost.
 */
public final class ArchiveQueries {
  private static final int PAGE = 20;
  private static final int FACET_VALUES = 10;

  private ArchiveQueries() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ArchiveQueries DATA_DIR RESULT.json [WARMUP ROUNDS [no-snippets]]");
      System.exit(2);
    }
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    boolean snippets = !(args.length > 4 && args[4].equals("no-snippets"));
    try (Archive archive = LuceneArchive.open(Path.of(args[0]))) {
      QueryTiming.Result r = QueryTiming.run(QueryMix.load(), q -> archive.search(request(q, snippets)).total(), warmUp, rounds);
      JsonFile.write(Path.of(args[1]), Map.of("system", "archive", "snippets", snippets, "warmUpRounds", warmUp, "rounds", rounds, "result", r));
      System.out.printf("archive: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries%n",
          r.overall().p50(), r.overall().p95(), r.overall().p99(), r.overall().samples());
    }
  }

  static SearchRequest request(BenchQuery q, boolean snippets) {
    return new SearchRequest(q.archive(), Map.of(), SortOrder.RELEVANCE, PAGE, null, true, FACET_VALUES, null, snippets);
  }
}
