package org.cablearchive.archive.lucene;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.network.CableFacts;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.NetworkBuilder;

/**
 * Builds the network of one view of the index from the facts each cable document keeps in doc values
 * ({@link IndexFields#FACTS_DV}): a few hundred bytes per cable, no body decompressed.
 */
final class NetworkOfView {
  private NetworkOfView() {}

  static CableNetwork build(IndexReader reader) throws IOException {
    NetworkBuilder builder = new NetworkBuilder();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues facts = DocValues.getBinary(leaf.reader(), IndexFields.FACTS_DV);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = facts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = facts.nextDoc()) {
        if (live == null || live.get(doc)) {
          BytesRef bytes = facts.binaryValue();
          builder.add(CableFacts.decode(bytes.bytes, bytes.offset, bytes.length));
        }
      }
    }
    return builder.build();
  }
}
