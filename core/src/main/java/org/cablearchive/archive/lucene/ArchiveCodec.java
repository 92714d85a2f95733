package org.cablearchive.archive.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;

/**
 * Lucene's default codec with the archive's own stored fields: each cable arrives compressed on its
 * own ({@link CableCompression}, with the {@link CableDictionary}) and is written as it is, so that
 * showing one cable decompresses nothing besides it. Found by name through {@code META-INF/services},
 * so that segments written with it open again.
 *
 * <p>Meaning vectors (bytes, quantized by the archive: {@link org.cablearchive.archive.StoredMeaning})
 * go into Lucene's HNSW graph format, named here rather than left to the default so that a later Lucene
 * changes nothing unasked. Each segment records the vector format of each field by that format's own
 * name, which Lucene finds again by name: adding the format left the codec's name, and the reading of
 * segments without vectors, as they were. Lucene's own scalar quantization keeps every vector's floats
 * beside the quantized bytes, four times the bytes kept here (docs/meaning.md).
 */
public final class ArchiveCodec extends FilterCodec {
  static final String NAME = "CableArchive912";
  /** Names the stored form and its dictionary: segments written with another one refuse to open. */
  private static final String STORED_FIELDS_FORMAT = "CableArchiveCompressedCables1";
  private static final int CHUNK_BYTES = 8 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 1024;
  private static final int BLOCK_SHIFT = 10;

  private static final StoredFieldsFormat STORED_FIELDS = new Lucene90CompressingStoredFieldsFormat(
      STORED_FIELDS_FORMAT, new StoredAsIs(), CHUNK_BYTES, MAX_DOCS_PER_CHUNK,
      BLOCK_SHIFT);

  /** The HNSW graph of the vectors, with Lucene's default connections and beam width. */
  private static final KnnVectorsFormat MEANING_VECTORS = new Lucene99HnswVectorsFormat(
      Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH);
  private static final KnnVectorsFormat VECTORS = new PerFieldKnnVectorsFormat() {
    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
      return MEANING_VECTORS;
    }
  };

  /** Public and without arguments, as codec lookup requires. */
  public ArchiveCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return STORED_FIELDS;
  }

  @Override
  public KnnVectorsFormat knnVectorsFormat() {
    return VECTORS;
  }
}
