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

/**
 * Counts the facet values of a search's hits while they are collected: each searching thread into
 * its own counts, summed at the end. Gathering the hits first and counting them afterwards (as
 * drill-sideways searches do) builds a set of every hit and counts them on one thread.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, HitFacetCounts> {
  private final SortedSetDocValuesReaderState state;
  private final FacetOrdinals ordinals;

  FacetCounting(SortedSetDocValuesReaderState state, FacetOrdinals ordinals) {
    this.state = state;
    this.ordinals = ordinals;
  }

  @Override
  public Counter newCollector() throws IOException {
    return new Counter(ordinals.tally(state));
  }

  @Override
  public HitFacetCounts reduce(Collection<Counter> counters) {
    int[] sum = new int[state.getSize()];
    for (Counter counter : counters) {
      int[] counts = counter.tally.counts();
      for (int ord = 0; ord < sum.length; ord++) {
        sum[ord] += counts[ord];
      }
    }
    return new HitFacetCounts(state, ordinals, sum);
  }

  /**
   * Hits are counted a batch at a time: a loop that only counts lets the processor fetch the values of
   * many hits at once, where counting each hit between finding the next waited on every fetch.
   */
  private static final int BATCH = 256;

  static final class Counter implements Collector {
    private final FacetOrdinals.Tally tally;

    private Counter(FacetOrdinals.Tally tally) {
      this.tally = tally;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      tally.segment(context);
      return new LeafCollector() {
        private final int[] docs = new int[BATCH];
        private int size;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          docs[size++] = doc;
          if (size == BATCH) {
            tally.count(docs, size);
            size = 0;
          }
        }

        @Override
        public void finish() {
          tally.count(docs, size);
          size = 0;
          tally.finishSegment();
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
