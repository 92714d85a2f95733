package org.cablearchive.archive.lucene;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Each stored cable is compressed on its own with Zstandard and the {@link CableDictionary}, when it
 * is encoded, so that an import compresses a batch of cables at a time instead of between the words
 * of every cable: inverting words then finds its tables still in the processor's caches. Zstandard at
 * level 3 with the dictionary compresses a cable into less space than Deflate did eight, and showing
 * one cable decompresses nothing besides it. Stored: the original length (vInt), then one frame.
 */
final class CableCompression {
  private static final int LEVEL = 3;
  static final CableCompression SHIPPED = new CableCompression(CableDictionary.shipped());

  private final ZstdDictCompress compressionDictionary;
  private final ZstdDictDecompress decompressionDictionary;
  /** Decompression contexts with the dictionary loaded, kept for reuse (each holds native memory). */
  private final ArrayBlockingQueue<ZstdDecompressCtx> idle =
      new ArrayBlockingQueue<>(4 * Runtime.getRuntime().availableProcessors());

  CableCompression(byte[] dictionary) {
    this.compressionDictionary = new ZstdDictCompress(dictionary, LEVEL);
    this.decompressionDictionary = new ZstdDictDecompress(dictionary);
  }

  /** Compresses for one thread at a time; keep one per thread. */
  Compressor compressor() {
    return new Compressor(compressionDictionary);
  }

  static final class Compressor {
    private final ZstdCompressCtx context = new ZstdCompressCtx();
    private byte[] output = BytesRef.EMPTY_BYTES;

    private Compressor(ZstdDictCompress dictionary) {
      context.setLevel(LEVEL);
      context.loadDict(dictionary);
    }

    /** The stored form of {@code bytes}: a new array. */
    byte[] compress(BytesRef bytes) {
      output = ArrayUtil.growNoCopy(output, 5 + Math.toIntExact(Zstd.compressBound(bytes.length)));
      int at = writeVInt(output, bytes.length);
      int compressed = context.compressByteArray(output, at, output.length - at, bytes.bytes, bytes.offset, bytes.length);
      return java.util.Arrays.copyOf(output, at + compressed);
    }

    /** Lets go of an output buffer grown past {@code bytes} by a large cable. */
    void shrinkTo(int bytes) {
      if (output.length > bytes) {
        output = BytesRef.EMPTY_BYTES;
      }
    }

    private static int writeVInt(byte[] out, int value) {
      int at = 0;
      while ((value & ~0x7F) != 0) {
        out[at++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out[at++] = (byte) value;
      return at;
    }
  }

  /** The bytes a stored cable was compressed from. */
  byte[] decompress(BytesRef stored) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
    int length = in.readVInt();
    int header = in.getPosition() - stored.offset;
    byte[] bytes = new byte[length];
    ZstdDecompressCtx context = take();
    int written;
    try {
      written = context.decompressByteArray(bytes, 0, length, stored.bytes, stored.offset + header, stored.length - header);
    } finally {
      give(context);
    }
    if (written != length) {
      throw new IOException("a stored cable decompressed to " + written + " bytes instead of " + length);
    }
    return bytes;
  }

  private ZstdDecompressCtx take() {
    ZstdDecompressCtx context = idle.poll();
    return context != null ? context : new ZstdDecompressCtx().loadDict(decompressionDictionary);
  }

  private void give(ZstdDecompressCtx context) {
    if (!idle.offer(context)) {
      context.close();
    }
  }
}
