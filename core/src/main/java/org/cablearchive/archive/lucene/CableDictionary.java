package org.cablearchive.archive.lucene;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cablearchive.model.Cable;

/**
 * The Zstandard dictionary stored cables are compressed with: what cables have in common (header
 * lines, captions, classification markings, the binary layout of {@link CableCodec}) learnt from the
 * 6,712 real cables of the sample. With it, one cable compresses into less space than eight together
 * without it, so each is compressed on its own and showing one cable decompresses only that cable. It is part of the storage
 * format: a new dictionary needs a new name for the stored-fields format in {@link ArchiveCodec}.
 * Regenerate it with {@code org.cablearchive.bench.TrainDictionary} (see docs/archive.md).
 */
public final class CableDictionary {
  /** The size of dictionary Zstandard is asked to learn (bytes). */
  public static final int SIZE = 110 * 1024;
  private static final String RESOURCE = "cables.zstd-dict";

  private CableDictionary() {}

  /** The dictionary shipped with the archive (public for benchmarks of other compression settings). */
  public static byte[] shipped() {
    try (InputStream in = CableDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the stored-cable dictionary " + RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cable's stored form before compression: what the dictionary was learnt from and compresses. */
  public static byte[] storedForm(Cable cable) {
    return CableCodec.encode(cable);
  }

  /** Learns a dictionary from cables in their stored form. */
  public static byte[] train(Iterable<Cable> cables, int size) {
    List<byte[]> samples = new ArrayList<>();
    for (Cable cable : cables) {
      samples.add(storedForm(cable));
    }
    byte[] dictionary = new byte[size];
    long length = Zstd.trainFromBuffer(samples.toArray(byte[][]::new), dictionary);
    if (Zstd.isError(length)) {
      throw new IllegalArgumentException("no dictionary could be learnt: " + Zstd.getErrorName(length));
    }
    return Arrays.copyOf(dictionary, (int) length);
  }
}
