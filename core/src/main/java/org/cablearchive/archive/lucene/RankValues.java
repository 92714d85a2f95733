package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.cablearchive.network.CableNetwork;

/**
 * Each cable document's citation rank from the view's network, for sorting by it: looked up once per
 * segment and ID ordinal, so that a sort reads an array.
 */
final class RankValues extends DoubleValuesSource {
  private final CableNetwork network;
  private final Map<Integer, double[]> byLeafOrd = new ConcurrentHashMap<>();

  RankValues(CableNetwork network) {
    this.network = network;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    SortedDocValues ids = DocValues.getSorted(ctx.reader(), IndexFields.VERSION_OF);
    double[] byOrd = byLeafOrd.computeIfAbsent(ctx.ord, leaf -> ranksByOrd(ctx));
    return new DoubleValues() {
      private int ord = -1;

      @Override
      public double doubleValue() {
        return ord < 0 ? 0 : byOrd[ord];
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        ord = ids.advanceExact(doc) ? ids.ordValue() : -1;
        return true;
      }
    };
  }

  private double[] ranksByOrd(LeafReaderContext ctx) {
    try {
      SortedDocValues ids = DocValues.getSorted(ctx.reader(), IndexFields.VERSION_OF);
      double[] byOrd = new double[ids.getValueCount()];
      for (int ord = 0; ord < byOrd.length; ord++) {
        byOrd[ord] = network.rank(ids.lookupOrd(ord).utf8ToString());
      }
      return byOrd;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(network);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RankValues r && r.network == network;
  }

  @Override
  public String toString() {
    return "rank";
  }
}
