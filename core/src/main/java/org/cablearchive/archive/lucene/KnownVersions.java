package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Which releases the archive holds for each reference ID, kept in memory so that storing a cable
 * never reads the index: a new ID is added blind, a known release (text and statement) is recognised by its
 * hash, and a text held with another statement by the text's hash had back from it. Loaded
 * from the committed index when the archive opens, so it always agrees with what is durable.
 */
final class KnownVersions {
  private final ConcurrentHashMap<String, Texts> byId = new ConcurrentHashMap<>();

  /**
   * The releases of one ID: their hashes ({@link TextHash#release}: text and statement), their statements'
   * hashes, release dates and whether each date was given at import, index-aligned, and which one is current.
   */
  record Texts(long[] hashes, long[] statements, long[] released, boolean[] given, int current) {
    static Texts first(long hash, long statement, long released, boolean given) {
      return new Texts(new long[] {hash}, new long[] {statement}, new long[] {released}, new boolean[] {given}, 0);
    }

    /** Where the release with {@code hash} is, or -1. */
    int indexOf(long hash) {
      for (int i = 0; i < hashes.length; i++) {
        if (hashes[i] == hash) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Whether a release with {@code hash} and statement {@code statement}, not held itself, holds a text held
     * with another statement: two statements of one text.
     */
    boolean holdsTextOf(long hash, long statement) {
      long text = TextHash.text(hash, statement);
      for (int i = 0; i < hashes.length; i++) {
        if (TextHash.text(hashes[i], statements[i]) == text) {
          return true;
        }
      }
      return false;
    }

    /** Whether a new release released at {@code released} would replace the current one. */
    boolean isLater(long hash, long released, boolean given) {
      return Releases.isLater(released, given, hash, this.released[current], this.given[current], hashes[current]);
    }

    /** Whether a date stated (or given) for the held release {@code i} is more trustworthy than the one it has. */
    boolean betterDated(int i, long released, boolean given) {
      return Releases.trust(released, given) > Releases.trust(this.released[i], this.given[i]);
    }

    Texts plus(long hash, long statement, long released, boolean given) {
      int n = hashes.length;
      long[] h = Arrays.copyOf(hashes, n + 1);
      long[] s = Arrays.copyOf(statements, n + 1);
      long[] r = Arrays.copyOf(this.released, n + 1);
      boolean[] g = Arrays.copyOf(this.given, n + 1);
      h[n] = hash;
      s[n] = statement;
      r[n] = released;
      g[n] = given;
      return new Texts(h, s, r, g, isLater(hash, released, given) ? n : current);
    }

    /** The same releases with release {@code i} dated anew; the current one is then chosen again. */
    Texts redated(int i, long released, boolean given) {
      long[] r = this.released.clone();
      boolean[] g = this.given.clone();
      r[i] = released;
      g[i] = given;
      int latest = 0;
      for (int j = 1; j < hashes.length; j++) {
        latest = Releases.isLater(r[j], g[j], hashes[j], r[latest], g[latest], hashes[latest]) ? j : latest;
      }
      return new Texts(hashes, statements, r, g, latest);
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

  void remove(String id) {
    byId.remove(id);
  }

  /** Every ID held. */
  Set<String> ids() {
    return byId.keySet();
  }

  static KnownVersions load(DirectoryReader reader) throws IOException {
    KnownVersions known = new KnownVersions();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), VERSION_OF);
      NumericDocValues hashes = DocValues.getNumeric(leaf.reader(), VERSION_HASH);
      NumericDocValues released = DocValues.getNumeric(leaf.reader(), VERSION_RELEASED);
      NumericDocValues given = DocValues.getNumeric(leaf.reader(), VERSION_GIVEN);
      NumericDocValues statements = DocValues.getNumeric(leaf.reader(), VERSION_STATEMENT);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        long hash = hashes.advanceExact(doc) ? hashes.longValue() : 0;
        long when = released.advanceExact(doc) ? released.longValue() : Releases.UNKNOWN;
        boolean givenDate = given.advanceExact(doc) && given.longValue() != 0;
        // a release stored before statements were kept (layout 6 and older) has none: reparse stores it again
        long statement = statements.advanceExact(doc) ? statements.longValue() : 0;
        Texts texts = known.byId.get(id);
        known.byId.put(id, texts == null ? Texts.first(hash, statement, when, givenDate)
            : texts.plus(hash, statement, when, givenDate));
      }
    }
    return known;
  }
}
