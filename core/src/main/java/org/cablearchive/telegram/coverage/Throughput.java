package org.cablearchive.telegram.coverage;

/** Time spent reading sources and parsing telegrams, and how much was read. */
final class Throughput {
  int documents;
  long sourceBytes;
  long telegramChars;
  long readNanos;
  long parseNanos;

  /** Takes the figures of {@code other} when it spent less time in all (or when this has none yet). */
  void keepFaster(Throughput other) {
    if (documents == 0 || other.readNanos + other.parseNanos < readNanos + parseNanos) {
      documents = other.documents;
      sourceBytes = other.sourceBytes;
      telegramChars = other.telegramChars;
      readNanos = other.readNanos;
      parseNanos = other.parseNanos;
    }
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
