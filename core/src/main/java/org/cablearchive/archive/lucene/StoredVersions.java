package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/** The version documents of one cable in a view of the index, oldest release first. */
final class StoredVersions {
  /** One version document: where it is, and what decides whether it is current. */
  record Entry(int doc, long hash, long released, boolean given) {}

  /** Oldest release first, as {@link Releases#isLater} orders them: by date, a given date before a stated one, by hash. */
  private static final Comparator<Entry> RELEASE_ORDER = Comparator.comparingLong(Entry::released)
      .thenComparing(entry -> !entry.given()).thenComparingLong(Entry::hash);

  private StoredVersions() {}

  static List<Entry> of(IndexSearcher searcher, ReferenceId id) throws IOException {
    Weight weight = searcher.createWeight(new TermQuery(new Term(VERSION_OF, id.value())), ScoreMode.COMPLETE_NO_SCORES, 1);
    List<Entry> entries = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      NumericDocValues hashes = DocValues.getNumeric(leaf.reader(), VERSION_HASH);
      NumericDocValues released = DocValues.getNumeric(leaf.reader(), VERSION_RELEASED);
      NumericDocValues given = DocValues.getNumeric(leaf.reader(), VERSION_GIVEN);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
          continue;
        }
        long hash = hashes.advanceExact(doc) ? hashes.longValue() : 0;
        long when = released.advanceExact(doc) ? released.longValue() : Releases.UNKNOWN;
        entries.add(new Entry(leaf.docBase + doc, hash, when, given.advanceExact(doc) && given.longValue() != 0));
      }
    }
    entries.sort(RELEASE_ORDER);
    return entries;
  }

  /** The current version: the latest release (the last of {@link #of}'s order). */
  static Entry current(List<Entry> entries) {
    return entries.get(entries.size() - 1);
  }

  static Cable cable(IndexSearcher searcher, Entry entry) throws IOException {
    return cable(searcher.storedFields(), entry.doc());
  }

  /** The release a document holds (a cable document holds its current release). */
  static Cable cable(StoredFields stored, int doc) throws IOException {
    BytesRef bytes = stored.document(doc, Set.of(VERSION_CABLE)).getBinaryValue(VERSION_CABLE);
    return StoredForms.cable(bytes);
  }
}
