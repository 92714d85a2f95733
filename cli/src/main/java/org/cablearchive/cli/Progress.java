package org.cablearchive.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr: a live bar (count, rate, ETA) on a terminal, and a plain line
 * every few seconds otherwise, so that logs of scripted runs stay readable.
 */
final class Progress implements AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final String task;
  private final String unit;
  private final long max;
  private final ProgressBar bar;
  private final PrintStream plain;
  private final long started = System.nanoTime();
  private long lastPlain = started;
  private long current;

  /** @param max the expected total, or -1 when unknown */
  Progress(String task, String unit, long max) {
    this.task = task;
    this.unit = unit;
    this.max = max;
    if (System.console() != null) {
      this.bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(max)
          .setUnit(" " + unit, 1)
          .setStyle(ProgressBarStyle.ASCII)
          .showSpeed()
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
      this.plain = null;
    } else {
      this.bar = null;
      this.plain = System.err;
    }
  }

  synchronized void stepTo(long value) {
    current = value;
    if (bar != null) {
      bar.stepTo(value);
      return;
    }
    long now = System.nanoTime();
    if (now - lastPlain >= PLAIN_EVERY_NANOS) {
      lastPlain = now;
      plain.println(line(now));
    }
  }

  private String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String of = max > 0 ? " of " + max : "";
    return String.format("%s: %d%s %s, %.0f %s/s, %.0f s", task, current, of, unit, current / seconds, unit, seconds);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    } else if (current > 0) {
      plain.println(line(System.nanoTime()));
    }
  }
}
