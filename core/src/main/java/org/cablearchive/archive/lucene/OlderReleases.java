package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.io.IOException;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.cablearchive.model.ReferenceId;

/**
 * The releases stored in a layout older than a given one, found from the layout every release carries as
 * doc values (a release of layout 4 carries none): what {@code reparse} has left to do, whether it starts
 * or goes on after a stop.
 */
final class OlderReleases {
  private OlderReleases() {}

  /** The documents holding a release stored in a layout older than {@code layout}, in ID order, and how many such releases. */
  static LuceneArchive.Pending find(DirectoryReader reader, int layout) throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    long releases = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues of = DocValues.getSorted(leaf.reader(), VERSION_OF);
      NumericDocValues layouts = DocValues.getNumeric(leaf.reader(), VERSION_LAYOUT);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = of.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = of.nextDoc()) {
        boolean older = !layouts.advanceExact(doc) || layouts.longValue() < layout;
        if ((live == null || live.get(doc)) && older) {
          ids.add(of.lookupOrd(of.ordValue()).utf8ToString());
          releases++;
        }
      }
    }
    return new LuceneArchive.Pending(ids.stream().map(ReferenceId::of).toList(), releases);
  }
}
