package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.HistogramInterval;

/** Counts matching cables per month created, in one pass with the hits; buckets by year or month. */
final class MonthHistogram implements CollectorManager<MonthHistogram.Counter, TreeMap<Long, Long>> {

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public TreeMap<Long, Long> reduce(Collection<Counter> counters) {
    TreeMap<Long, Long> months = new TreeMap<>();
    for (Counter c : counters) {
      for (int i = 0; i < c.counts.length; i++) {
        if (c.counts[i] != 0) {
          months.merge(c.first + i, (long) c.counts[i], Long::sum);
        }
      }
    }
    return months;
  }

  /**
   * The buckets from the first to the last month (or year) with a cable, empty ones included, so
   * that a timeline shows gaps as gaps.
   */
  static List<HistogramBucket> buckets(TreeMap<Long, Long> months, HistogramInterval interval) {
    TreeMap<Long, Long> counts = new TreeMap<>();
    long width = interval == HistogramInterval.YEAR ? 12 : 1;
    months.forEach((month, n) -> counts.merge(month - Math.floorMod(month, width), n, Long::sum));
    List<HistogramBucket> buckets = new ArrayList<>();
    if (counts.isEmpty()) {
      return buckets;
    }
    for (long key = counts.firstKey(); key <= counts.lastKey(); key += width) {
      String label = interval == HistogramInterval.YEAR ? Months.yearKey(key) : Months.key(key);
      buckets.add(new HistogramBucket(label, counts.getOrDefault(key, 0L)));
    }
    return buckets;
  }

  /**
   * Counts one searching thread's hits in an array of consecutive months, widened as hits outside it
   * come: a search over the whole release counts a hundred thousand hits and more, for which a map
   * of boxed counts was several milliseconds.
   */
  static final class Counter extends SimpleCollector {
    private int[] counts = new int[0];
    /** The month {@code counts[0]} counts. */
    private long first;
    private NumericDocValues months;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      months = DocValues.getNumeric(context.reader(), IndexFields.MONTH_DV);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (months.advanceExact(doc)) {
        long month = months.longValue();
        if (month < first || month >= first + counts.length) {
          widen(month);
        }
        counts[(int) (month - first)]++;
      }
    }

    private void widen(long month) {
      if (counts.length == 0) {
        first = month;
        counts = new int[12];
        return;
      }
      long from = Math.min(first, month);
      long to = Math.max(first + counts.length, month + 1);
      int[] wider = new int[Math.toIntExact(to - from)];
      System.arraycopy(counts, 0, wider, (int) (first - from), counts.length);
      counts = wider;
      first = from;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
