package org.cablearchive.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query mix against one system: warm-up rounds, then measured rounds, keeping every
 * duration and each query's total hits (so that systems' answers can be compared).
 */
public final class QueryTiming {
  /** The warm-up rounds whose compiling is looked at together to call the compiler quiet. */
  static final int QUIET_ROUNDS = 5;
  /** Quiet: the compiler took at most this share of those rounds' time. */
  static final double QUIET_SHARE = 0.1;

  /**
   * How long to warm a system up: at least {@code atLeast} rounds; past those, until the JIT compiler
   * is quiet ({@link #QUIET_ROUNDS} rounds in a row spent at most {@link #QUIET_SHARE} of their time
   * compiling), at most {@code atMost} rounds. On two cores the compiler's thread takes a core from
   * the searches it times: after 30 rounds of the mix the JVM was still compiling a tenth to a half of
   * the time, and the rounds it compiled in had medians a third higher (docs/benchmarks.md).
   */
  public record WarmUp(int atLeast, int atMost) {
    /** Exactly {@code rounds} rounds. */
    public static WarmUp rounds(int rounds) {
      return new WarmUp(rounds, rounds);
    }
  }

  /** One system's way of answering a query: returns the total number of matching cables. */
  @FunctionalInterface
  public interface Answer {
    long total(BenchQuery query) throws Exception;
  }

  /** The figures of one run. */
  public record Result(Latency overall, Map<String, Latency> byKind, List<QueryResult> queries, List<WarmUpRound> warmUp,
      long compilingMsWhileMeasured) {
    public int warmUpRounds() {
      return warmUp.size();
    }
  }

  /** One warm-up round: its time, its median query, and the time the JIT compiler's threads compiled meanwhile. */
  public record WarmUpRound(double tookMs, double medianMs, long compilingMs) {}

  /** One query's figures. */
  public record QueryResult(String kind, String query, long total, Latency latency) {}

  private QueryTiming() {}

  public static Result run(List<BenchQuery> mix, Answer answer, int warmUpRounds, int rounds) throws Exception {
    return run(mix, answer, WarmUp.rounds(warmUpRounds), rounds);
  }

  public static Result run(List<BenchQuery> mix, Answer answer, WarmUp warmUp, int rounds) throws Exception {
    List<WarmUpRound> warmed = warmUp(mix, answer, warmUp);
    long compiling = compilingMs();
    long[][] nanos = new long[mix.size()][rounds];
    long[] totals = new long[mix.size()];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < mix.size(); i++) {
        long start = System.nanoTime();
        totals[i] = answer.total(mix.get(i));
        nanos[i][r] = System.nanoTime() - start;
      }
    }
    return summarise(mix, nanos, totals, warmed, compilingMs() - compiling);
  }

  /** Runs the warm-up rounds; returns their figures. */
  private static List<WarmUpRound> warmUp(List<BenchQuery> mix, Answer answer, WarmUp warmUp) throws Exception {
    List<WarmUpRound> rounds = new ArrayList<>();
    while (rounds.size() < warmUp.atMost() && !(rounds.size() >= warmUp.atLeast() && isQuiet(rounds))) {
      long compiledBefore = compilingMs();
      long[] nanos = new long[mix.size()];
      for (int i = 0; i < mix.size(); i++) {
        long start = System.nanoTime();
        answer.total(mix.get(i));
        nanos[i] = System.nanoTime() - start;
      }
      long compiled = compilingMs() - compiledBefore;
      Latency latency = Latency.of(nanos);
      rounds.add(new WarmUpRound(latency.mean() * nanos.length, latency.p50(), compiled));
    }
    return rounds;
  }

  /**
   * Whether the last {@link #QUIET_ROUNDS} rounds spent at most {@link #QUIET_SHARE} of their time
   * compiling; without the compiler's figures, always.
   */
  static boolean isQuiet(List<WarmUpRound> rounds) {
    if (!compilerTimed()) {
      return true;
    }
    if (rounds.size() < QUIET_ROUNDS) {
      return false;
    }
    List<WarmUpRound> last = rounds.subList(rounds.size() - QUIET_ROUNDS, rounds.size());
    return last.stream().mapToLong(WarmUpRound::compilingMs).sum() <= QUIET_SHARE * last.stream().mapToDouble(WarmUpRound::tookMs).sum();
  }

  private static boolean compilerTimed() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported();
  }

  /** Milliseconds the JIT compiler's threads have spent compiling so far (0 when the JVM does not say). */
  private static long compilingMs() {
    return compilerTimed() ? ManagementFactory.getCompilationMXBean().getTotalCompilationTime() : 0;
  }

  private static Result summarise(List<BenchQuery> mix, long[][] nanos, long[] totals, List<WarmUpRound> warmUp,
      long compilingMs) {
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
    return new Result(Latency.of(flatten(all)), kinds, queries, warmUp, compilingMs);
  }

  private static long[] flatten(List<long[]> parts) {
    return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
  }
}
