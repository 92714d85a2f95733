package org.cablearchive.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query mix against one system: warm-up rounds, then measured rounds, keeping every
 * duration and each query's total hits (so that systems' answers can be compared).
 */
public final class QueryTiming {

  /** One system's way of answering a query: returns the total number of matching cables. */
  @FunctionalInterface
  public interface Answer {
    long total(BenchQuery query) throws Exception;
  }

  /** The figures of one run. */
  public record Result(Latency overall, Map<String, Latency> byKind, List<QueryResult> queries) {}

  /** One query's figures. */
  public record QueryResult(String kind, String query, long total, Latency latency) {}

  private QueryTiming() {}

  public static Result run(List<BenchQuery> mix, Answer answer, int warmUpRounds, int rounds) throws Exception {
    for (int r = 0; r < warmUpRounds; r++) {
      for (BenchQuery q : mix) {
        answer.total(q);
      }
    }
    long[][] nanos = new long[mix.size()][rounds];
    long[] totals = new long[mix.size()];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < mix.size(); i++) {
        long start = System.nanoTime();
        totals[i] = answer.total(mix.get(i));
        nanos[i][r] = System.nanoTime() - start;
      }
    }
    return summarise(mix, nanos, totals);
  }

  private static Result summarise(List<BenchQuery> mix, long[][] nanos, long[] totals) {
    List<QueryResult> queries = new ArrayList<>();
    Map<String, List<long[]>> byKind = new LinkedHashMap<>();
    List<long[]> all = new ArrayList<>();
    for (int i = 0; i < mix.size(); i++) {
      BenchQuery q = mix.get(i);
      queries.add(new QueryResult(q.kind(), q.archive(), totals[i], Latency.of(nanos[i])));
      byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(nanos[i]);
      all.add(nanos[i]);
    }
    Map<String, Latency> kinds = new LinkedHashMap<>();
    byKind.forEach((kind, list) -> kinds.put(kind, Latency.of(flatten(list))));
    return new Result(Latency.of(flatten(all)), kinds, queries);
  }

  private static long[] flatten(List<long[]> parts) {
    return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
  }
}
