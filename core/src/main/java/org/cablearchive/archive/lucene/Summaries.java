package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;

/** Reads what a result list shows from doc values, so that listing hits never decompresses a cable. */
final class Summaries {
  private Summaries() {}

  /**
   * The summaries of documents, in the order given. They are read in document order, a segment at a
   * time, so that each segment's doc values are opened once rather than once per hit.
   */
  static List<CableSummary> read(IndexReader reader, int[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    CableSummary[] summaries = new CableSummary[docs.length];
    List<LeafReaderContext> leaves = reader.leaves();
    InSegment segment = null;
    for (int i : order) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      if (segment == null || segment.leaf != leaf) {
        segment = new InSegment(leaf);
      }
      summaries[i] = segment.read(docs[i] - leaf.docBase, null);
    }
    return List.of(summaries);
  }

  /**
   * One segment's summary doc values, read forwards. The origin and classification of each value number
   * are looked up once: a segment has a few hundred of them, and looking one up decompresses a block of
   * the segment's values.
   */
  static final class InSegment {
    private final LeafReaderContext leaf;
    private final SortedDocValues ids;
    private final BinaryDocValues subjects;
    private final SortedDocValues classifications;
    private final NumericDocValues created;
    private final NumericDocValues released;
    private final SortedDocValues origins;
    private final String[] originNames;
    private final String[] classificationNames;

    InSegment(LeafReaderContext leaf) throws IOException {
      LeafReader r = leaf.reader();
      this.leaf = leaf;
      this.ids = DocValues.getSorted(r, VERSION_OF);
      this.subjects = DocValues.getBinary(r, SUBJECT_DV);
      this.classifications = DocValues.getSorted(r, CLASSIFICATION_DV);
      this.created = DocValues.getNumeric(r, CREATED);
      this.released = DocValues.getNumeric(r, RELEASED);
      this.origins = DocValues.getSorted(r, ORIGIN_DV);
      this.originNames = new String[origins.getValueCount()];
      this.classificationNames = new String[classifications.getValueCount()];
    }

    /** The summary of a document of this segment (its number within the segment), read forwards. */
    CableSummary read(int doc, ReferenceId id) throws IOException {
      String classification = named(classifications, classificationNames, doc);
      return new CableSummary(
          id != null ? id : new ReferenceId(sorted(ids, doc)),
          subjects.advanceExact(doc) ? subjects.binaryValue().utf8ToString() : "",
          instant(created, doc),
          instant(released, doc),
          named(origins, originNames, doc),
          classification == null ? null : Classification.valueOf(classification));
    }
  }

  private static String named(SortedDocValues values, String[] names, int doc) throws IOException {
    if (!values.advanceExact(doc)) {
      return null;
    }
    int ord = values.ordValue();
    if (names[ord] == null) {
      names[ord] = values.lookupOrd(ord).utf8ToString();
    }
    return names[ord];
  }

  private static String sorted(SortedDocValues values, int doc) throws IOException {
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }

  private static Instant instant(NumericDocValues values, int doc) throws IOException {
    return values.advanceExact(doc) ? Instant.ofEpochMilli(values.longValue()) : null;
  }
}
