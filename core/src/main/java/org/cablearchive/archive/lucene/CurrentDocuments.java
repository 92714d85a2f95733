package org.cablearchive.archive.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.Archive;
import org.cablearchive.model.ReferenceId;

/** Finds cable documents (the current versions) by ID, and walks those a query matches. */
final class CurrentDocuments {
  private CurrentDocuments() {}

  /** The cable document of an ID in this view, or -1. */
  static int find(IndexReader reader, ReferenceId id) throws IOException {
    BytesRef term = new BytesRef(IndexFields.keyword(id.value()));
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          return leaf.docBase + doc;
        }
      }
    }
    return -1;
  }

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
