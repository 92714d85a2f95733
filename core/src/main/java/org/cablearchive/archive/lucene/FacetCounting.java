package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the facet values of a search's hits while they are collected: each searching thread into
 * its own counts, summed at the end. Gathering the hits first and counting them afterwards (as
 * drill-sideways searches do) builds a set of every hit and counts them on one thread. Each hit is
 * also marked, a bit per document of the view: the marks say which hits a page of hits that all score
 * alike takes ({@link IdOrder}).
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counted> {
  private final SortedSetDocValuesReaderState state;
  private final FacetOrdinals ordinals;

  FacetCounting(SortedSetDocValuesReaderState state, FacetOrdinals ordinals) {
    this.state = state;
    this.ordinals = ordinals;
  }

  /** What a search counted: its hits' facets, each hit marked by its document, and how many there were. */
  record Counted(HitFacetCounts facets, long[] hits, long total) {}

  @Override
  public Counter newCollector() throws IOException {
    return new Counter(ordinals.tally(state), FixedBitSet.bits2words(state.getReader().maxDoc()));
  }

  @Override
  public Counted reduce(Collection<Counter> counters) {
    int[] sum = new int[state.getSize()];
    long[] hits = null;
    long total = 0;
    for (Counter counter : counters) {
      int[] counts = counter.tally.counts();
      for (int ord = 0; ord < sum.length; ord++) {
        sum[ord] += counts[ord];
      }
      if (hits == null) {
        hits = counter.marks;
      } else {
        for (int word = 0; word < hits.length; word++) {
          hits[word] |= counter.marks[word];
        }
      }
      total += counter.total;
    }
    return new Counted(new HitFacetCounts(state, ordinals, sum), hits, total);
  }

  /**
   * Hits are marked as they are collected and counted when their segment ends
   * ({@link FacetOrdinals.Tally#countMarked}): a loop that only counts lets the processor fetch the
   * values of many hits at once, where counting each hit between finding the next waited on every
   * fetch; and knowing a segment's hits, the fewer of them or of the documents they leave out are counted.
   */
  static final class Counter implements Collector {
    private final FacetOrdinals.Tally tally;
    private final long[] marks;
    private long total;

    private Counter(FacetOrdinals.Tally tally, int words) {
      this.tally = tally;
      this.marks = new long[words];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      tally.segment(context);
      int docBase = context.docBase;
      return new LeafCollector() {
        private int count;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          int hit = docBase + doc;
          marks[hit >>> 6] |= 1L << hit;
          count++;
        }

        @Override
        public void finish() {
          tally.countMarked(marks, docBase, count);
          tally.finishSegment();
          total += count;
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
