package org.cablearchive.archive.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with the archive's own stored fields: each cable arrives compressed on its
 * own ({@link CableCompression}, with the {@link CableDictionary}) and is written as it is, so that
 * showing one cable decompresses nothing besides it. Found by name through {@code META-INF/services},
 * so that segments written with it open again.
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

  /** Public and without arguments, as codec lookup requires. */
  public ArchiveCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return STORED_FIELDS;
  }
}
