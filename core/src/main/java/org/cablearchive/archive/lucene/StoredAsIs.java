package org.cablearchive.archive.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Stored-field chunks written as they are: every stored cable is already compressed on its own
 * ({@link CableCompression}), and compressing chunks of them again would gain nothing.
 */
final class StoredAsIs extends CompressionMode {
  @Override
  public Compressor newCompressor() {
    return new Compressor() {
      @Override
      public void compress(ByteBuffersDataInput chunk, DataOutput out) throws IOException {
        out.copyBytes(chunk, chunk.length());
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public Decompressor newDecompressor() {
    return new AsIs();
  }

  @Override
  public String toString() {
    return "as-is";
  }

  private static final class AsIs extends Decompressor {
    @Override
    public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
      in.skipBytes(offset);
      in.readBytes(bytes.bytes, 0, length);
      bytes.offset = 0;
      bytes.length = length;
    }

    @Override
    public Decompressor clone() {
      return new AsIs();
    }
  }
}
