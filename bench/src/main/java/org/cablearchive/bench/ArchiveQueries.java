package org.cablearchive.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.archive.lucene.QueryLanguage;
import org.cablearchive.meaning.MiniLmMeaning;

/**
 * The archive's side of the query benchmark, in process: {@code ArchiveQueries DATA_DIR RESULT.json
 * [WARMUP ROUNDS [snippets|no-snippets [words|meaning|both]]]} opens the archive an import built and runs
 * the mix as the search page asks it — 20 hits with snippets and facet counts — after at least WARMUP
 * rounds, and more until the JIT compiler is quiet ({@link QueryTiming.WarmUp}), at most ten times WARMUP. {@code no-snippets}
 * measures the same without snippets, to show what they cost. {@code meaning} and {@code both} search
 * by meaning (with the archive's meaning model, as the reading room does) the queries of the mix that
 * have words to look for; the time includes embedding the query.
 */
public final class ArchiveQueries {
  private static final int PAGE = 20;
  private static final int FACET_VALUES = 10;
  /** The most warm-up rounds, as a multiple of the least, when the compiler does not fall quiet. */
  private static final int WARM_UP_LIMIT = 10;

  private ArchiveQueries() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ArchiveQueries DATA_DIR RESULT.json [WARMUP ROUNDS [snippets|no-snippets [words|meaning|both]]]");
      System.exit(2);
    }
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    boolean snippets = !(args.length > 4 && args[4].equals("no-snippets"));
    SearchMode mode = args.length > 5 ? SearchMode.fromKey(args[5]).orElseThrow() : SearchMode.WORDS;
    List<BenchQuery> mix = mode == SearchMode.WORDS ? QueryMix.load()
        : QueryMix.load().stream().filter(q -> QueryLanguage.meaning(q.archive()).hasWords()).toList();
    try (LuceneArchive archive = LuceneArchive.openReadOnly(Path.of(args[0]), mode == SearchMode.WORDS ? null : new MiniLmMeaning())) {
      archive.searchTimeout(Duration.ofMinutes(1)); // a busy machine's first searches must not stop the run
      QueryTiming.Result r = QueryTiming.run(mix, q -> archive.search(request(q, snippets, mode)).total(),
          new QueryTiming.WarmUp(warmUp, WARM_UP_LIMIT * warmUp), rounds);
      JsonFile.write(Path.of(args[1]), Map.of("system", "archive", "snippets", snippets, "mode", mode.key(),
          "warmUpRounds", r.warmUpRounds(), "rounds", rounds, "result", r));
      System.out.printf("archive (%s): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries, after %d warm-up rounds;"
          + " %d ms compiling while measured%n", mode.key(), r.overall().p50(), r.overall().p95(), r.overall().p99(),
          r.overall().samples(), r.warmUpRounds(), r.compilingMsWhileMeasured());
    }
  }

  static SearchRequest request(BenchQuery q, boolean snippets, SearchMode mode) {
    return new SearchRequest(q.archive(), Map.of(), SortOrder.RELEVANCE, PAGE, null, true, FACET_VALUES, null, snippets, mode);
  }
}
