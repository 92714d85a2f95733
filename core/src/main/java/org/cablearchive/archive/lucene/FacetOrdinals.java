package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;

/**
 * Every document's facet values (segment ordinals) of one view, read once into plain arrays. Reading
 * them from doc values for each hit of each search costs two address look-ups per document, which was
 * most of the time a search over the whole release spent counting facets; the arrays take 4 bytes per
 * value and per document.
 */
final class FacetOrdinals {
  /** One segment: the values of document {@code d} are {@code ords[starts[d]]} up to {@code ords[starts[d + 1]]}. */
  record Segment(int[] starts, int[] ords, int valueCount) {}

  private final Segment[] segments;

  private FacetOrdinals(Segment[] segments) {
    this.segments = segments;
  }

  static FacetOrdinals read(IndexReader reader, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Segment[] segments = new Segment[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      segments[leaf.ord] = segment(leaf, field);
    }
    return new FacetOrdinals(segments);
  }

  private static Segment segment(LeafReaderContext leaf, String field) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    int maxDoc = leaf.reader().maxDoc();
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 8)];
    int size = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      while (next <= doc) {
        starts[next++] = size;
      }
      int count = values.docValueCount();
      ords = ArrayUtil.grow(ords, size + count);
      for (int i = 0; i < count; i++) {
        ords[size++] = Math.toIntExact(values.nextOrd());
      }
    }
    while (next <= maxDoc) {
      starts[next++] = size;
    }
    return new Segment(starts, ArrayUtil.copyOfSubArray(ords, 0, size), Math.toIntExact(values.getValueCount()));
  }

  Segment segment(LeafReaderContext leaf) {
    return segments[leaf.ord];
  }

  /** Counts for one searching thread, over the view's ordinals. */
  Tally tally(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    return new Tally(new int[state.getSize()], map);
  }

  /**
   * Counts hits' values, a segment at a time: in the segment's own ordinals, and only the values that
   * occur are then mapped to the view's ordinals. Mapping every value of every hit instead (as Lucene's
   * counts do for a few thousand hits and more) took a third of a search over the whole release.
   */
  final class Tally {
    private final int[] counts;
    private final OrdinalMap map;
    private LeafReaderContext leaf;
    private int[] starts;
    private int[] ords;
    private int[] local;

    private Tally(int[] counts, OrdinalMap map) {
      this.counts = counts;
      this.map = map;
    }

    void segment(LeafReaderContext leaf) {
      Segment values = segments[leaf.ord];
      this.leaf = leaf;
      this.starts = values.starts();
      this.ords = values.ords();
      // one segment: its ordinals are the view's
      this.local = map == null ? counts : new int[values.valueCount()];
    }

    void count(int doc) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        local[ords[i]]++;
      }
    }

    void finishSegment() {
      if (map == null || local == null) {
        return;
      }
      LongValues global = map.getGlobalOrds(leaf.ord);
      for (int ord = 0; ord < local.length; ord++) {
        if (local[ord] != 0) {
          counts[(int) global.get(ord)] += local[ord];
        }
      }
      local = null;
    }

    int[] counts() {
      return counts;
    }
  }
}
