package org.cablearchive.archive.lucene;

/** Months as one number ({@code year * 12 + month - 1}), so that histograms count with an int array. */
final class Months {
  private Months() {}

  static long index(int year, int month) {
    return year * 12L + month - 1;
  }

  static String key(long index) {
    return String.format("%04d-%02d", index / 12, index % 12 + 1);
  }

  static String yearKey(long index) {
    return String.format("%04d", index / 12);
  }
}
