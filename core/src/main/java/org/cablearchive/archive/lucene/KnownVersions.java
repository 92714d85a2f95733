package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Which texts the archive holds for each reference ID, kept in memory so that storing a cable
 * never reads the index: a new ID is added blind, a known text is recognised by its hash. Loaded
 * from the committed index when the archive opens, so it always agrees with what is durable.
 */
final class KnownVersions {
  private final ConcurrentHashMap<String, Texts> byId = new ConcurrentHashMap<>();

  /**
   * The texts of one ID: hashes and release dates, index-aligned, and which one is current.
   */
  record Texts(long[] hashes, long[] released, int current) {
    static Texts first(long hash, long released) {
      return new Texts(new long[] {hash}, new long[] {released}, 0);
    }

    boolean contains(long hash) {
      for (long h : hashes) {
        if (h == hash) {
          return true;
        }
      }
      return false;
    }

    /** Whether a new text released at {@code released} would replace the current one. */
    boolean isLater(long hash, long released) {
      return Releases.isLater(released, hash, this.released[current], hashes[current]);
    }

    Texts plus(long hash, long released) {
      long[] h = Arrays.copyOf(hashes, hashes.length + 1);
      long[] r = Arrays.copyOf(this.released, this.released.length + 1);
      h[hashes.length] = hash;
      r[hashes.length] = released;
      return new Texts(h, r, isLater(hash, released) ? hashes.length : current);
    }

    long currentHash() {
      return hashes[current];
    }
  }

  Texts get(String id) {
    return byId.get(id);
  }

  void put(String id, Texts texts) {
    byId.put(id, texts);
  }

  static KnownVersions load(DirectoryReader reader) throws IOException {
    KnownVersions known = new KnownVersions();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), VERSION_OF);
      NumericDocValues hashes = DocValues.getNumeric(leaf.reader(), VERSION_HASH);
      NumericDocValues released = DocValues.getNumeric(leaf.reader(), VERSION_RELEASED);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        long hash = hashes.advanceExact(doc) ? hashes.longValue() : 0;
        long when = released.advanceExact(doc) ? released.longValue() : Releases.UNKNOWN;
        Texts texts = known.byId.get(id);
        known.byId.put(id, texts == null ? Texts.first(hash, when) : texts.plus(hash, when));
      }
    }
    return known;
  }
}
