package org.cablearchive.telegram.coverage;

/** Time spent reading sources and parsing telegrams, and how much was read. */
final class Throughput {
  int documents;
  long sourceBytes;
  long telegramChars;
  long readNanos;
  long parseNanos;

  void reset() {
    documents = 0;
    sourceBytes = 0;
    telegramChars = 0;
    readNanos = 0;
    parseNanos = 0;
  }

  void add(long bytes, long chars, long read, long parse) {
    documents++;
    sourceBytes += bytes;
    telegramChars += chars;
    readNanos += read;
    parseNanos += parse;
  }

  double documentsPerSecond() {
    return documents / seconds(readNanos + parseNanos);
  }

  double sourceMegabytesPerSecond() {
    return sourceBytes / 1e6 / seconds(readNanos + parseNanos);
  }

  double telegramMegabytesPerSecond() {
    return telegramChars / 1e6 / seconds(parseNanos);
  }

  private static double seconds(long nanos) {
    return Math.max(nanos, 1) / 1e9;
  }
}
