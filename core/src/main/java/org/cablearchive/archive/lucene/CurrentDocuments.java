package org.cablearchive.archive.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.cablearchive.archive.Archive;

/** Walks the cable documents (the current versions) a query matches. */
final class CurrentDocuments {
  private CurrentDocuments() {}

  /**
   * Hands every matching cable to the sink, a segment at a time in document order: nothing is collected
   * first, so memory stays flat for the whole archive.
   */
  static void forEach(IndexSearcher searcher, Query query, Archive.CableSink sink) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          sink.accept(StoredVersions.cable(stored, doc));
        }
      }
    }
  }
}
