package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The cables of one view (live cable documents) in the order a search by relevance gives hits that
 * all score alike: by reference ID, then by document. A page of such a search is then the first of its
 * hits in this order, read from the hits' marks ({@link FacetCounting}), instead of comparing every
 * hit's ID with the page's last (Lucene's {@code TopFieldCollector}: a doc-values look-up per hit,
 * which was most of the time {@code tag:PREL}, 188,000 hits, took; with {@link CableSearch}'s one pass
 * it went from 8.65 to 2.29 ms on the full generated release, docs/benchmarks.md).
 */
final class IdOrder {
  private final IndexReader reader;
  /** The cable documents, in ID order. */
  private final int[] docs;
  /** Each document's place in {@link #docs}, or -1 for one that is not a live cable. */
  private final int[] places;

  private IdOrder(IndexReader reader, int[] docs, int[] places) {
    this.reader = reader;
    this.docs = docs;
    this.places = places;
  }

  /** Orders the view's cables: their IDs' ordinals across segments (Lucene's {@link OrdinalMap}), then a counting sort. */
  static IdOrder read(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] ids = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      ids[leaf.ord] = DocValues.getSorted(leaf.reader(), IndexFields.VERSION_OF);
    }
    OrdinalMap map = OrdinalMap.build(null, ids, PackedInts.DEFAULT);
    int[] ordOf = new int[reader.maxDoc()];
    Arrays.fill(ordOf, -1);
    int[] perOrd = new int[Math.toIntExact(map.getValueCount()) + 1];
    int cables = 0;
    for (LeafReaderContext leaf : leaves) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), IndexFields.VERSION_OF);
      LongValues global = map.getGlobalOrds(leaf.ord);
      TermsEnum kinds = leaf.reader().terms(IndexFields.KIND) == null ? null : leaf.reader().terms(IndexFields.KIND).iterator();
      if (kinds == null || !kinds.seekExact(new BytesRef(IndexFields.KIND_CABLE))) {
        continue;
      }
      PostingsEnum cable = kinds.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = cable.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cable.nextDoc()) {
        if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
          int ord = (int) global.get(values.ordValue());
          ordOf[leaf.docBase + doc] = ord;
          perOrd[ord + 1]++;
          cables++;
        }
      }
    }
    for (int ord = 1; ord < perOrd.length; ord++) {
      perOrd[ord] += perOrd[ord - 1];
    }
    int[] docs = new int[cables];
    int[] places = new int[reader.maxDoc()];
    Arrays.fill(places, -1);
    for (int doc = 0; doc < ordOf.length; doc++) { // by document, so that equal IDs keep document order
      if (ordOf[doc] >= 0) {
        int place = perOrd[ordOf[doc]]++;
        docs[place] = doc;
        places[doc] = place;
      }
    }
    return new IdOrder(reader, docs, places);
  }

  /** How many cables the view holds. */
  int size() {
    return docs.length;
  }

  /**
   * The first {@code limit} hits from place {@code from} on, in ID order. {@code hits} marks each hit
   * by its document (a bit per document of the view), {@code total} of them; null means every cable.
   * Walking the order until enough hits are found takes about {@code limit} times the cables per hit
   * steps: cheap when hits are many; when they are few, each hit's place is read instead.
   */
  int[] page(long[] hits, long total, int from, int limit) {
    if (hits == null) {
      return Arrays.copyOfRange(docs, Math.min(from, docs.length), (int) Math.min(docs.length, (long) from + limit));
    }
    if ((double) limit * docs.length / Math.max(1, total) <= total) {
      return walk(hits, from, limit);
    }
    return select(hits, from, limit);
  }

  private int[] walk(long[] hits, int from, int limit) {
    int[] page = new int[limit];
    int size = 0;
    for (int place = from; place < docs.length && size < limit; place++) {
      int doc = docs[place];
      if ((hits[doc >>> 6] & 1L << doc) != 0) {
        page[size++] = doc;
      }
    }
    return Arrays.copyOf(page, size);
  }

  /** The hits with the {@code limit} lowest places from {@code from}: their places, sorted. */
  private int[] select(long[] hits, int from, int limit) {
    int[] lowest = new int[limit];
    int size = 0;
    int worst = 0;
    for (int word = 0; word < hits.length; word++) {
      long bits = hits[word];
      while (bits != 0) {
        int place = places[word << 6 | Long.numberOfTrailingZeros(bits)];
        bits &= bits - 1;
        if (place < from) {
          continue;
        }
        if (size < limit) {
          lowest[size++] = place;
          worst = size == limit ? highest(lowest) : worst;
        } else if (place < lowest[worst]) {
          lowest[worst] = place;
          worst = highest(lowest);
        }
      }
    }
    int[] page = Arrays.copyOf(lowest, size);
    Arrays.sort(page);
    for (int i = 0; i < size; i++) {
      page[i] = docs[page[i]];
    }
    return page;
  }

  private static int highest(int[] places) {
    int at = 0;
    for (int i = 1; i < places.length; i++) {
      at = places[i] > places[at] ? i : at;
    }
    return at;
  }

  /**
   * The first place after the hit a page ended with: its ID and document (a cursor's), as Lucene's
   * sort orders them (IDs as unsigned bytes, then documents).
   */
  int placeAfter(BytesRef id, int doc) throws IOException {
    int low = 0;
    int high = docs.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int cmp = id(docs[middle]).compareTo(id);
      if (cmp < 0 || (cmp == 0 && docs[middle] <= doc)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The ID a document sorts by (a copy). */
  BytesRef id(int doc) throws IOException {
    return ids(new int[] {doc})[0];
  }

  /** The IDs the documents sort by (copies), in the order given: each segment's read in document order. */
  BytesRef[] ids(int[] docs) throws IOException {
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a], docs[b]));
    List<LeafReaderContext> leaves = reader.leaves();
    BytesRef[] ids = new BytesRef[docs.length];
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (int i : byDoc) {
      if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
        values = DocValues.getSorted(leaf.reader(), IndexFields.VERSION_OF);
      }
      if (!values.advanceExact(docs[i] - leaf.docBase)) {
        throw new IllegalStateException("cable document " + docs[i] + " has no ID");
      }
      ids[i] = BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()));
    }
    return ids;
  }
}
