package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.io.IOException;
import java.time.Instant;
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

  static CableSummary read(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    LeafReader r = leaf.reader();
    int d = doc - leaf.docBase;
    String id = sorted(DocValues.getSorted(r, VERSION_OF), d);
    BinaryDocValues subject = DocValues.getBinary(r, SUBJECT_DV);
    String classification = sorted(DocValues.getSorted(r, CLASSIFICATION_DV), d);
    return new CableSummary(
        new ReferenceId(id),
        subject.advanceExact(d) ? subject.binaryValue().utf8ToString() : "",
        instant(DocValues.getNumeric(r, CREATED), d),
        instant(DocValues.getNumeric(r, RELEASED), d),
        sorted(DocValues.getSorted(r, ORIGIN_DV), d),
        classification == null ? null : Classification.valueOf(classification));
  }

  private static String sorted(SortedDocValues values, int doc) throws IOException {
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }

  private static Instant instant(NumericDocValues values, int doc) throws IOException {
    return values.advanceExact(doc) ? Instant.ofEpochMilli(values.longValue()) : null;
  }
}
