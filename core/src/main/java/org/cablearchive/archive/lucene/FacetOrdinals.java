package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

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
}
