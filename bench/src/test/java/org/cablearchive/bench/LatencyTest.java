package org.cablearchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();

    assertThat(Latency.of(nanos)).isEqualTo(new Latency(100, 50, 95, 99, 100, 50.5));
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    assertThat(Latency.of(new long[] {2_500_000})).isEqualTo(new Latency(1, 2.5, 2.5, 2.5, 2.5, 2.5));
  }

  @Test
  void noSamplesGiveZeros() {
    assertThat(Latency.of(new long[0])).isEqualTo(new Latency(0, 0, 0, 0, 0, 0));
  }
}
