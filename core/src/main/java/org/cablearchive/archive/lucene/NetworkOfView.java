package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableFacts;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.NetworkBuilder;

/**
 * The network of one view of the index, built from the facts each cable document keeps in doc values
 * ({@link IndexFields#FACTS_DV}): a few hundred bytes per cable, no body decompressed. It also keeps each
 * held cable's document in the view, so that a cable the graph names is read without looking its ID up in
 * every segment's terms, and what a list shows of it ({@link SummaryTable}): a cable page's citing and
 * related cables are then read from memory.
 */
final class NetworkOfView {
  private final CableNetwork network;
  /** The view's document of each held cable, in the network's order of held cables. */
  private final int[] documents;
  private final SummaryTable summaries;

  private NetworkOfView(CableNetwork network, int[] documents, SummaryTable summaries) {
    this.network = network;
    this.documents = documents;
    this.summaries = summaries;
  }

  CableNetwork network() {
    return network;
  }

  /** The view's cable document kept under {@code id}, or -1 when the view holds none. */
  int document(ReferenceId id) {
    int n = network.heldIndex(id);
    return n < 0 ? -1 : documents[n];
  }

  /** What a list shows of the cable held under {@code id}, or null when the view holds none. */
  CableSummary summary(ReferenceId id) {
    int n = network.heldIndex(id);
    return n < 0 ? null : summaries.summary(n, id);
  }

  static NetworkOfView build(IndexReader reader) throws IOException {
    NetworkBuilder builder = new NetworkBuilder();
    IntList documents = new IntList();
    SummaryTable.Builder summaries = new SummaryTable.Builder();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues facts = DocValues.getBinary(leaf.reader(), IndexFields.FACTS_DV);
      Summaries.InSegment segment = new Summaries.InSegment(leaf);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = facts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = facts.nextDoc()) {
        if (live == null || live.get(doc)) {
          BytesRef bytes = facts.binaryValue();
          int before = builder.heldCount();
          CableFacts cable = CableFacts.decode(bytes.bytes, bytes.offset, bytes.length);
          builder.add(cable);
          if (builder.heldCount() > before) {
            documents.add(leaf.docBase + doc);
            summaries.add(segment, doc, cable.id());
          }
        }
      }
    }
    return new NetworkOfView(builder.build(), documents.toArray(), summaries.build());
  }

  /** A growing list of ints. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
