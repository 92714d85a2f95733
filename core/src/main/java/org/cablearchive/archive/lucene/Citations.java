package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * How many archived cables cite each ID, counted once per view of the index from the {@code cites}
 * postings. A citing cable added later changes a cited cable's count without touching its document,
 * which is why this is counted rather than stored.
 */
final class Citations {
  private final Map<String, Integer> byId;
  /** Per segment of this view: the count for each ID ordinal, computed on the first sort by count. */
  private final Map<Integer, int[]> byLeafOrd = new java.util.concurrent.ConcurrentHashMap<>();

  private Citations(Map<String, Integer> byId) {
    this.byId = byId;
  }

  static Citations count(IndexReader reader) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.CITES);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum cited = terms.iterator();
      for (BytesRef term = cited.next(); term != null; term = cited.next()) {
        postings = cited.postings(postings, PostingsEnum.NONE);
        int n = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            n++;
          }
        }
        if (n > 0) {
          counts.merge(term.utf8ToString(), n, Integer::sum);
        }
      }
    }
    return new Citations(counts);
  }

  int citedBy(String id) {
    return byId.getOrDefault(IndexFields.keyword(id), 0);
  }

  /** Each cable document's cited-by count, for sorting by it. */
  LongValuesSource source() {
    return new CitedByCount();
  }

  private final class CitedByCount extends LongValuesSource {
    @Override
    public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
      SortedDocValues ids = DocValues.getSorted(ctx.reader(), IndexFields.VERSION_OF);
      int[] byOrd = byLeafOrd.computeIfAbsent(ctx.ord, leaf -> countsByOrd(ctx));
      return new LongValues() {
        private int ord = -1;

        @Override
        public long longValue() {
          return ord < 0 ? 0 : byOrd[ord];
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          ord = ids.advanceExact(doc) ? ids.ordValue() : -1;
          return true;
        }
      };
    }

    private int[] countsByOrd(LeafReaderContext ctx) {
      try {
        SortedDocValues ids = DocValues.getSorted(ctx.reader(), IndexFields.VERSION_OF);
        int[] byOrd = new int[ids.getValueCount()];
        for (int ord = 0; ord < byOrd.length; ord++) {
          byOrd[ord] = citedBy(ids.lookupOrd(ord).utf8ToString());
        }
        return byOrd;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public boolean needsScores() {
      return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(Citations.this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CitedByCount c && c.owner() == Citations.this;
    }

    private Citations owner() {
      return Citations.this;
    }

    @Override
    public String toString() {
      return "citedBy";
    }
  }
}
