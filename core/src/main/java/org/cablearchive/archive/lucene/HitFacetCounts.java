package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.PriorityQueue;

/**
 * The facet counts of one search's hits, counted by a {@link FacetOrdinals.Tally}. Values of a
 * dimension rank by count, then by label, as Lucene ranks them.
 */
final class HitFacetCounts extends Facets {
  private final SortedSetDocValuesReaderState state;
  private final FacetOrdinals ordinals;
  private final int[] counts;

  /** @param counts the hits' count of each of the view's facet values, by the view's ordinal */
  HitFacetCounts(SortedSetDocValuesReaderState state, FacetOrdinals ordinals, int[] counts) {
    this.state = state;
    this.ordinals = ordinals;
    this.counts = counts;
  }

  /**
   * Counts the hits a facets collector gathered (drill-sideways searches gather them so). A segment's
   * hits gathered as a bit set (when they are more than a few) are counted from their bits, so that
   * the fewer of them or of the documents they leave out are counted.
   */
  static HitFacetCounts of(SortedSetDocValuesReaderState state, FacetOrdinals ordinals, FacetsCollector hits)
      throws IOException {
    FacetOrdinals.Tally tally = ordinals.tally(state);
    for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
      if (segment.totalHits == 0) {
        continue;
      }
      tally.segment(segment.context);
      if (segment.bits instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet marks
          && marks.length() >= segment.context.reader().maxDoc()) {
        tally.countMarked(marks.getBits(), 0, segment.totalHits);
      } else {
        DocIdSetIterator docs = segment.bits.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          tally.count(doc);
        }
      }
      tally.finishSegment();
    }
    return new HitFacetCounts(state, ordinals, tally.counts());
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    OrdRange range = range(dim);
    PriorityQueue<int[]> top = new PriorityQueue<>(Math.max(1, Math.min(topN, range.end - range.start + 1))) {
      @Override
      protected boolean lessThan(int[] a, int[] b) {
        return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
      }
    };
    int children = 0;
    long total = 0;
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        children++;
        total += counts[ord];
        top.insertWithOverflow(new int[] {ord, counts[ord]});
      }
    }
    if (children == 0) {
      return null;
    }
    LabelAndValue[] labels = new LabelAndValue[top.size()];
    for (int i = labels.length - 1; i >= 0; i--) {
      int[] entry = top.pop();
      labels[i] = new LabelAndValue(ordinals.label(entry[0]), entry[1]);
    }
    return new FacetResult(dim, path, total, labels, children);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    OrdRange range = range(dim);
    List<LabelAndValue> labels = new ArrayList<>();
    long total = 0;
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        total += counts[ord];
        labels.add(new LabelAndValue(ordinals.label(ord), counts[ord]));
      }
    }
    return labels.isEmpty() ? null : new FacetResult(dim, path, total, labels.toArray(LabelAndValue[]::new), labels.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    if (path.length != 1) {
      throw new IllegalArgumentException("a flat dimension's value has a path of one label");
    }
    long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < 0 ? -1 : counts[(int) ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    List<FacetResult> dims = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult result = getTopChildren(topN, dim);
      if (result != null) {
        dims.add(result);
      }
    }
    dims.sort(Comparator.comparingLong((FacetResult r) -> -r.value.longValue()).thenComparing(r -> r.dim));
    return dims;
  }

  private OrdRange range(String dim) {
    OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
    }
    return range;
  }

}
