package org.cablearchive.archive.lucene;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Zstandard compression of stored-field chunks, with a dictionary. Deflate (Lucene's high-compression
 * mode) was a third of an import's CPU; Zstandard at level 3 with the dictionary compresses cables into
 * less space for a fraction of that, and decompresses faster, which every snippet and cable page pays
 * (docs/benchmarks.md). A chunk is written as its compressed length and one Zstandard frame.
 */
final class ZstdChunks extends CompressionMode {
  private final int level;
  private final ZstdDictCompress compressionDictionary;
  private final DecompressionContexts decompression;

  ZstdChunks(int level, byte[] dictionary) {
    this.level = level;
    this.compressionDictionary = new ZstdDictCompress(dictionary, level);
    this.decompression = new DecompressionContexts(new ZstdDictDecompress(dictionary));
  }

  @Override
  public Compressor newCompressor() {
    return new ChunkCompressor(level, compressionDictionary);
  }

  @Override
  public Decompressor newDecompressor() {
    return new ChunkDecompressor(decompression);
  }

  @Override
  public String toString() {
    return "zstd(level=" + level + ")";
  }

  private static final class ChunkCompressor extends Compressor {
    private final ZstdCompressCtx context = new ZstdCompressCtx();
    private byte[] input = BytesRef.EMPTY_BYTES;
    private byte[] output = BytesRef.EMPTY_BYTES;

    ChunkCompressor(int level, ZstdDictCompress dictionary) {
      context.setLevel(level);
      context.loadDict(dictionary);
    }

    @Override
    public void compress(ByteBuffersDataInput chunk, DataOutput out) throws IOException {
      int length = Math.toIntExact(chunk.length());
      input = ArrayUtil.growNoCopy(input, length);
      chunk.readBytes(input, 0, length);
      output = ArrayUtil.growNoCopy(output, Math.toIntExact(Zstd.compressBound(length)));
      int compressed = context.compressByteArray(output, 0, output.length, input, 0, length);
      out.writeVInt(compressed);
      out.writeBytes(output, 0, compressed);
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /**
   * Decompression contexts with the dictionary loaded, kept for reuse: making one per chunk (and
   * loading the dictionary into it) showed in every profile of a search. Contexts hold native memory that only closing frees, so at most
   * {@link #IDLE} are kept and the others closed.
   */
  private static final class DecompressionContexts {
    private static final int IDLE = 4 * Runtime.getRuntime().availableProcessors();
    private final ZstdDictDecompress dictionary;
    private final ArrayBlockingQueue<ZstdDecompressCtx> idle = new ArrayBlockingQueue<>(IDLE);

    DecompressionContexts(ZstdDictDecompress dictionary) {
      this.dictionary = dictionary;
    }

    ZstdDecompressCtx take() {
      ZstdDecompressCtx context = idle.poll();
      return context != null ? context : new ZstdDecompressCtx().loadDict(dictionary);
    }

    void give(ZstdDecompressCtx context) {
      if (!idle.offer(context)) {
        context.close();
      }
    }
  }

  private static final class ChunkDecompressor extends Decompressor {
    private final DecompressionContexts contexts;
    private byte[] compressed = BytesRef.EMPTY_BYTES;

    ChunkDecompressor(DecompressionContexts contexts) {
      this.contexts = contexts;
    }

    @Override
    public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
      int size = in.readVInt();
      compressed = ArrayUtil.growNoCopy(compressed, size);
      in.readBytes(compressed, 0, size);
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, originalLength);
      ZstdDecompressCtx context = contexts.take();
      int written;
      try {
        written = context.decompressByteArray(bytes.bytes, 0, originalLength, compressed, 0, size);
      } finally {
        contexts.give(context);
      }
      if (written != originalLength) {
        throw new IOException("a stored chunk decompressed to " + written + " bytes instead of " + originalLength);
      }
      bytes.offset = offset;
      bytes.length = length;
    }

    @Override
    public Decompressor clone() {
      return new ChunkDecompressor(contexts);
    }
  }
}
