package org.cablearchive.bench;

import java.util.Arrays;

/**
 * Percentiles of measured durations, in milliseconds (nearest-rank: p50 of 1..100 is 50).
 *
 * @param samples how many durations were measured
 */
public record Latency(int samples, double p50, double p95, double p99, double max, double mean) {

  public static Latency of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latency(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new Latency(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1] / 1e6, mean);
  }

  private static double rank(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
