package org.cablearchive.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work as one line on a terminal's stderr, redrawn in place: how far (a percentage
 * when the total is known: bytes of the input files, compressed or not, or the items to make), the
 * count, the rates, and the time left. When stderr is not a terminal nothing is printed: the command's
 * summary says what was done, and logs of scripted runs stay clean.
 */
final class Progress implements AutoCloseable {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final String task;
  private final String unit;
  private final long totalItems;
  private final long totalBytes;
  private final PrintStream terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private long items;
  private long bytes;
  private int width;

  /**
   * @param totalItems the items to do when known in advance (generate), else -1
   * @param totalBytes the input's size when known (every input a file), else -1
   * @param terminal where to draw the line, or null for none
   */
  Progress(String task, String unit, long totalItems, long totalBytes, PrintStream terminal) {
    this.task = task;
    this.unit = unit;
    this.totalItems = totalItems;
    this.totalBytes = totalBytes;
    this.terminal = terminal;
  }

  /** Drawn on stderr when it is a terminal, else quiet. */
  static Progress onTerminal(String task, String unit, long totalItems, long totalBytes) {
    return new Progress(task, unit, totalItems, totalBytes, System.console() != null ? System.err : null);
  }

  synchronized void stepTo(long itemsDone, long bytesDone) {
    items = itemsDone;
    bytes = bytesDone;
    long now = System.nanoTime();
    if (terminal != null && now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw(line(false, (now - started) / 1e9));
    }
  }

  @Override
  public synchronized void close() {
    if (terminal != null && lastDrawn >= 0) {
      draw(line(true, (System.nanoTime() - started) / 1e9));
      terminal.println();
      lastDrawn = -1;
    }
  }

  private void draw(String line) {
    // Spaces cover what a longer line before left; the line is redrawn from its start.
    terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    terminal.flush();
    width = line.length();
  }

  /** The line for the counts so far; {@code done} when the work has ended (100 %, and the time it took). */
  String line(boolean done, double seconds) {
    double elapsed = Math.max(seconds, 1e-3);
    StringBuilder line = new StringBuilder(task).append(": ");
    double fraction = totalBytes > 0 ? (double) bytes / totalBytes : totalItems > 0 ? (double) items / totalItems : -1;
    if (done && fraction >= 0) {
      fraction = 1;
    }
    if (fraction >= 0) {
      line.append(String.format(Locale.ROOT, "%d%% · ", (int) Math.floor(Math.min(1, fraction) * 100)));
    }
    if (totalBytes > 0) {
      line.append(String.format(Locale.ROOT, "%.1f of %.1f MB · ", (done ? totalBytes : bytes) / 1e6, totalBytes / 1e6));
    }
    line.append(String.format(Locale.ROOT, "%,d", items));
    if (totalItems > 0) {
      line.append(String.format(Locale.ROOT, " of %,d", totalItems));
    }
    line.append(' ').append(unit);
    if (totalBytes <= 0) {
      line.append(String.format(Locale.ROOT, " · %.1f MB", bytes / 1e6));
    }
    line.append(String.format(Locale.ROOT, " · %,.0f %s/s · %.1f MB/s", items / elapsed, unit, bytes / 1e6 / elapsed));
    if (done) {
      line.append(" · done in ").append(duration(seconds));
    } else if (fraction > 0) {
      line.append(" · ETA ").append(duration(elapsed * (1 - fraction) / fraction));
    }
    return line.toString();
  }

  /** "42 s", "3 min 05 s", "1 h 02 min". */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
