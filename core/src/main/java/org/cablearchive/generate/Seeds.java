package org.cablearchive.generate;

/**
 * Derives independent random seeds from (generator seed, row, purpose), so that a row's text does
 * not depend on how many random numbers earlier rows used.
 */
final class Seeds {
  private Seeds() {}

  static long of(long seed, int row, int purpose) {
    long z = seed * 0x9E3779B97F4A7C15L + row * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
