package org.cablearchive.archive.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * A cable's related cables as worked out once and kept in its document ({@link IndexFields#RELATED_DV}),
 * so that a cable page reads a list instead of running "more like this".
 *
 * <p>Each related cable is kept with the hash of its text at the time: a list naming a cable whose
 * text has changed since (or that is no longer held) is out of date, and the pass after an import works
 * it out again. The list also names how it was worked out — {@code way} is the meaning model whose vector
 * of this cable was fused with its words, or empty for words alone — since a reader opened with another
 * model (or none) would work out another list.
 */
record StoredRelated(String way, List<Entry> cables) {
  /** One related cable: its ID and the hash of its current text when the list was worked out. */
  record Entry(String id, long textHash) {}

  /** The first byte of the form: raise it whenever the form changes (an older form is worked out again). */
  private static final int FORM = 1;

  StoredRelated {
    cables = List.copyOf(cables);
  }

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + cables.size() * 24);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORM);
      out.writeUTF(way);
      out.writeShort(cables.size());
      for (Entry entry : cables) {
        out.writeUTF(entry.id());
        out.writeLong(entry.textHash());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The list in these bytes, or null for a form this version does not write (worked out again). */
  static StoredRelated decode(BytesRef bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
      if (bytes.length == 0 || in.readByte() != FORM) {
        return null;
      }
      String way = in.readUTF();
      int count = in.readShort();
      List<Entry> cables = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        cables.add(new Entry(in.readUTF(), in.readLong()));
      }
      return new StoredRelated(way, cables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The list kept in a cable document of the view, or null when it has none. */
  static StoredRelated of(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    BinaryDocValues lists = DocValues.getBinary(leaf.reader(), IndexFields.RELATED_DV);
    return lists.advanceExact(doc - leaf.docBase) ? decode(lists.binaryValue()) : null;
  }

  /** What a list keeps of a cable document: its ID and the hash of its text. */
  static Entry entryOf(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    int inLeaf = doc - leaf.docBase;
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.VERSION_OF);
    NumericDocValues hashes = DocValues.getNumeric(leaf.reader(), IndexFields.VERSION_HASH);
    if (!ids.advanceExact(inLeaf) || !hashes.advanceExact(inLeaf)) {
      throw new IllegalStateException("document " + doc + " has no ID or text hash");
    }
    return new Entry(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.longValue());
  }

  private static LeafReaderContext leaf(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }
}
