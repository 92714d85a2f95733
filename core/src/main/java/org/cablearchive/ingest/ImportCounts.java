package org.cablearchive.ingest;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.model.ReferenceId;

/**
 * The running counts of one import, updated by every worker. What the summary says must not depend on
 * which worker stored which release first: two releases of a cable new to the archive are "added" then
 * "updated" in one order and "added" then "older version" in the other. So the outcomes are kept per
 * cable, and the summary counts cables: a cable is added when any of its releases was, updated when it
 * was held before and a release became its current text, and every other new text is a version added.
 * A second statement of a text ({@link StoreOutcome#CONFLICT}) is a conflict whichever statement came
 * first. A text dated by a later copy ({@link StoreOutcome#DATED}) of a cable this import added is counted
 * unchanged: in the other order the dated copy comes first and the undated one is unchanged.
 */
final class ImportCounts {
  /**
   * What this import did to one cable: bits of {@link StoreOutcome#ordinal()} it stored, how many new texts,
   * how many of its texts were dated.
   */
  private static final class Touched {
    private int outcomes;
    private int texts;
    private int dated;

    synchronized void add(StoreOutcome outcome) {
      outcomes |= 1 << outcome.ordinal();
      if (outcome == StoreOutcome.DATED) {
        dated++;
      } else if (outcome != StoreOutcome.CONFLICT) {
        texts++;
      }
    }

    synchronized int dated() {
      return dated;
    }

    synchronized boolean had(StoreOutcome outcome) {
      return (outcomes & 1 << outcome.ordinal()) != 0;
    }

    synchronized int texts() {
      return texts;
    }
  }

  private final ConcurrentHashMap<ReferenceId, Touched> touched = new ConcurrentHashMap<>();
  private final LongAdder stored = new LongAdder();
  private final LongAdder conflicts = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder parts = new LongAdder();
  private final LongAdder bytes = new LongAdder();

  void stored(ReferenceId id, StoreOutcome outcome, boolean part) {
    stored.increment();
    switch (outcome) {
      case UNCHANGED -> unchanged.increment();
      case CONFLICT -> {
        conflicts.increment();
        touched.computeIfAbsent(id, k -> new Touched()).add(outcome);
      }
      default -> touched.computeIfAbsent(id, k -> new Touched()).add(outcome);
    }
    if (part) {
      parts.increment();
    }
  }

  void rejected() {
    rejected.increment();
  }

  void bytes(long n) {
    bytes.add(n);
  }

  long bytes() {
    return bytes.sum();
  }

  long processed() {
    return stored.sum() + rejected.sum();
  }

  ImportSummary summary(Duration elapsed) {
    long added = 0;
    long updated = 0;
    long texts = 0;
    long dated = 0;
    long unchangedCopies = 0;
    for (Touched t : touched.values()) {
      texts += t.texts();
      if (t.had(StoreOutcome.ADDED)) {
        added++;
        unchangedCopies += t.dated();
      } else {
        dated += t.dated();
        if (t.had(StoreOutcome.UPDATED)) {
          updated++;
        }
      }
    }
    return new ImportSummary(processed(), added, updated, texts - added - updated, conflicts.sum(), dated,
        unchanged.sum() + unchangedCopies, rejected.sum(), parts.sum(), elapsed);
  }
}
