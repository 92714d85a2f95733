package org.cablearchive.ingest;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.cablearchive.archive.StoreOutcome;

/** The running counts of one import, updated by every worker. */
final class ImportCounts {
  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder versionsAdded = new LongAdder();
  private final LongAdder dated = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder parts = new LongAdder();
  private final LongAdder bytes = new LongAdder();

  void stored(StoreOutcome outcome, boolean part) {
    switch (outcome) {
      case ADDED -> added.increment();
      case UPDATED -> updated.increment();
      case VERSION_ADDED -> versionsAdded.increment();
      case DATED -> dated.increment();
      case UNCHANGED -> unchanged.increment();
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
    return added.sum() + updated.sum() + versionsAdded.sum() + dated.sum() + unchanged.sum() + rejected.sum();
  }

  ImportSummary summary(Duration elapsed) {
    return new ImportSummary(processed(), added.sum(), updated.sum(), versionsAdded.sum(), dated.sum(), unchanged.sum(),
        rejected.sum(), parts.sum(), elapsed);
  }
}
