package org.cablearchive.ingest;

import java.time.Duration;

/**
 * How far an import has come.
 *
 * @param processed source items handled so far (stored or rejected)
 * @param bytes characters of cable text handled so far
 * @param elapsed time since the import started
 */
public record ImportProgress(long processed, long bytes, Duration elapsed) {

  public double itemsPerSecond() {
    return perSecond(processed);
  }

  public double bytesPerSecond() {
    return perSecond(bytes);
  }

  private double perSecond(long amount) {
    long millis = elapsed.toMillis();
    return millis == 0 ? 0 : amount * 1000.0 / millis;
  }

  /** Receives progress a few times a second from a background thread, and once more at the end. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = progress -> {};

    void progress(ImportProgress progress);
  }
}
