package org.cablearchive.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr: a live bar (count, rate, ETA) on a terminal, and a plain line
 * every few seconds otherwise, so that logs of scripted runs stay readable. Work is counted in
 * items; when the total amount of input is known up front, the bar follows megabytes of it so
 * that it can show an ETA.
 */
final class Progress implements AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final String task;
  private final String unit;
  private final long maxMegabytes;
  /** The number of items in all when it is known up front (and not the input's size), else -1. */
  private final long maxItems;
  private final ProgressBar bar;
  private final PrintStream plain;
  private final long started = System.nanoTime();
  private long lastPlain = started;
  /** The count the last plain line gave, -1 before the first. */
  private long lastPrintedItems = -1;
  private long items;
  private long megabytes;

  /**
   * @param unit what the items are ("cables")
   * @param maxMegabytes the input's total size when known, else -1 (the bar then counts items)
   */
  Progress(String task, String unit, long maxMegabytes) {
    this(task, unit, maxMegabytes, -1);
  }

  /** Progress through a number of items known up front, with an ETA. */
  static Progress ofItems(String task, String unit, long total) {
    return new Progress(task, unit, -1, total);
  }

  private Progress(String task, String unit, long maxMegabytes, long maxItems) {
    this.task = task;
    this.unit = unit;
    this.maxMegabytes = maxMegabytes;
    this.maxItems = maxItems;
    if (System.console() != null) {
      this.bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(maxMegabytes > 0 ? maxMegabytes : maxItems)
          .setUnit(maxMegabytes > 0 ? " MB" : " " + unit, 1)
          .setStyle(ProgressBarStyle.ASCII)
          .showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
      this.plain = null;
    } else {
      this.bar = null;
      this.plain = System.err;
    }
  }

  synchronized void stepTo(long itemsDone, long bytesDone) {
    items = itemsDone;
    megabytes = bytesDone / 1_000_000;
    if (bar != null) {
      bar.stepTo(maxMegabytes > 0 ? megabytes : items);
      if (maxMegabytes > 0) {
        bar.setExtraMessage(items + " " + unit);
      }
      return;
    }
    long now = System.nanoTime();
    if (now - lastPlain >= PLAIN_EVERY_NANOS) {
      lastPlain = now;
      printPlain(line(now));
    }
  }

  private String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    if (maxItems > 0) {
      String eta = items > 0 ? String.format(", ETA %.0f s", (maxItems - items) * seconds / items) : "";
      return String.format("%s: %d of %d %s in %.0f s (%.0f %s/s%s)", task, items, maxItems, unit, seconds, items / seconds,
          unit, eta);
    }
    String eta = maxMegabytes > 0 && megabytes > 0
        ? String.format(", ETA %.0f s", (maxMegabytes - megabytes) * seconds / megabytes) : "";
    return String.format("%s: %d %s, %d MB in %.0f s (%.0f %s/s, %.1f MB/s%s)", task, items, unit, megabytes, seconds,
        items / seconds, unit, megabytes / seconds, eta);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    } else if (items > 0 && items != lastPrintedItems) {
      // work that ended right after a periodic line: that line already gave the final count
      printPlain(line(System.nanoTime()));
    }
  }

  private void printPlain(String line) {
    plain.println(line);
    lastPrintedItems = items;
  }
}
