package org.cablearchive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueryTimingTest {
  private final List<BenchQuery> mix = List.of(new BenchQuery("word", "iran", "iran", null, "iran"),
      new BenchQuery("field", "tag:PREL", null, "tag = 'PREL'", null));

  @Test
  void aFixedWarmUpRunsItsRoundsThenTheMeasuredOnes() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    QueryTiming.Result result = QueryTiming.run(mix, q -> asked.incrementAndGet(), QueryTiming.WarmUp.rounds(3), 2);

    assertThat(asked).hasValue(2 * (3 + 2));
    assertThat(result.warmUpRounds()).isEqualTo(3);
    assertThat(result.overall().samples()).isEqualTo(4);
    assertThat(result.compilingMsWhileMeasured()).isNotNegative();
  }

  @Test
  void aWarmUpUntilTheCompilerIsQuietRunsAtLeastAndAtMostItsBounds() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    QueryTiming.Result result = QueryTiming.run(mix, q -> asked.incrementAndGet(), new QueryTiming.WarmUp(2, 40), 1);

    assertThat(result.warmUpRounds()).isBetween(2, 40);
    assertThat(asked).hasValue(2 * (result.warmUpRounds() + 1));
  }

  @Test
  void theCompilerIsQuietWhenItsLastRoundsSpentATenthOfTheirTimeCompilingAtMost() {
    assumeTrue(ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported());

    assertThat(QueryTiming.isQuiet(rounds(0, 0, 0, 0))).as("fewer rounds than the window").isFalse();
    assertThat(QueryTiming.isQuiet(rounds(0, 0, 0, 0, 0))).isTrue();
    assertThat(QueryTiming.isQuiet(rounds(400, 300, 10, 10, 10, 10, 10))).as("only the last five count").isTrue();
    assertThat(QueryTiming.isQuiet(rounds(0, 0, 0, 0, 51))).isFalse();
  }

  /** Warm-up rounds of 100 ms each, compiling as given. */
  private static List<QueryTiming.WarmUpRound> rounds(long... compilingMs) {
    return java.util.Arrays.stream(compilingMs).mapToObj(c -> new QueryTiming.WarmUpRound(100, 2, c)).toList();
  }
}
