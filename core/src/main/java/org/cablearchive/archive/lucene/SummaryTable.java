package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;

/**
 * What a list shows of every cable a view holds, read once with the view's network and kept in arrays:
 * a cable page's related and citing cables, a thread's and a person's cables are then read from memory.
 * Reading them from doc values on each request was a fifth of a cable page's first view at full scale
 * (docs/benchmarks.md, "Summaries with the view's network"); the table costs about 130 bytes a cable.
 */
final class SummaryTable {
  private static final long NONE = Long.MIN_VALUE;
  private static final Classification[] CLASSIFICATIONS = Classification.values();

  private final String[] subjects;
  private final long[] created;
  private final long[] released;
  /** One string per origin, shared by its cables. */
  private final String[] origins;
  /** The classification's ordinal, or -1 when the cable states none. */
  private final byte[] classifications;

  private SummaryTable(Builder b) {
    this.subjects = Arrays.copyOf(b.subjects, b.size);
    this.created = Arrays.copyOf(b.created, b.size);
    this.released = Arrays.copyOf(b.released, b.size);
    this.origins = Arrays.copyOf(b.origins, b.size);
    this.classifications = Arrays.copyOf(b.classifications, b.size);
  }

  /** The summary of the {@code n}th cable, which is {@code id}. */
  CableSummary summary(int n, ReferenceId id) {
    byte classification = classifications[n];
    return new CableSummary(id, subjects[n], instant(created[n]), instant(released[n]), origins[n],
        classification < 0 ? null : CLASSIFICATIONS[classification]);
  }

  private static Instant instant(long millis) {
    return millis == NONE ? null : Instant.ofEpochMilli(millis);
  }

  private static long millis(Instant instant) {
    return instant == null ? NONE : instant.toEpochMilli();
  }

  /** Summaries added in the order of the view's held cables. */
  static final class Builder {
    private final Map<String, String> originNames = new HashMap<>();
    private String[] subjects = new String[1024];
    private long[] created = new long[1024];
    private long[] released = new long[1024];
    private String[] origins = new String[1024];
    private byte[] classifications = new byte[1024];
    private int size;

    /** Adds the summary of a segment's document, the next held cable. */
    void add(Summaries.InSegment segment, int doc, ReferenceId id) throws IOException {
      CableSummary summary = segment.read(doc, id);
      if (size == subjects.length) {
        grow();
      }
      subjects[size] = summary.subject();
      created[size] = millis(summary.created());
      released[size] = millis(summary.released());
      origins[size] = summary.origin() == null ? null : originNames.computeIfAbsent(summary.origin(), o -> o);
      classifications[size] = (byte) (summary.classification() == null ? -1 : summary.classification().ordinal());
      size++;
    }

    private void grow() {
      int length = size * 2;
      subjects = Arrays.copyOf(subjects, length);
      created = Arrays.copyOf(created, length);
      released = Arrays.copyOf(released, length);
      origins = Arrays.copyOf(origins, length);
      classifications = Arrays.copyOf(classifications, length);
    }

    SummaryTable build() {
      return new SummaryTable(this);
    }
  }
}
