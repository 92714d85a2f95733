package org.cablearchive.archive;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * How meaning vectors are stored, the same way by every backend, so that both find the same cables.
 *
 * <ul>
 *   <li>A cable's vector: one signed byte per number, {@code round(x * SCALE)} kept within ±127 — a
 *       quarter of the floats' size, searched by the index's HNSW graph as bytes.
 *   <li>Its passages' vectors, read only to choose the passage a hit shows: one bit per number (its
 *       sign), behind the paragraph number, 1 + 48 bytes a passage.
 * </ul>
 */
public final class StoredMeaning {
  /**
   * Bytes per stored number: the numbers of a unit vector of 384 lie within ±0.35 but for a few in a
   * thousand vectors, which are clipped there (docs/meaning.md).
   */
  public static final float SCALE = 127 / 0.35f;

  private StoredMeaning() {}

  /** A unit vector as stored. */
  public static byte[] vector(float[] unit) {
    byte[] bytes = new byte[unit.length];
    for (int i = 0; i < unit.length; i++) {
      bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(unit[i] * SCALE)));
    }
    return bytes;
  }

  /** The passages' vectors as stored: for each, its paragraph number (a variable-length int), then its signs. */
  public static byte[] passages(List<CableMeaning.Passage> passages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (CableMeaning.Passage passage : passages) {
      writeVariable(out, passage.paragraph());
      float[] v = passage.vector();
      byte[] signs = new byte[(v.length + 7) / 8];
      for (int i = 0; i < v.length; i++) {
        if (v[i] > 0) {
          signs[i >> 3] |= (byte) (1 << (i & 7));
        }
      }
      out.writeBytes(signs);
    }
    return out.toByteArray();
  }

  /**
   * The paragraph number of the stored passage nearest {@code query} (a unit vector of {@code dimensions}),
   * or -1 when none is stored: each passage scores the sum of the query's numbers where the passage's are
   * positive, less the rest.
   */
  public static int nearestPassage(byte[] stored, int offset, int length, float[] query) {
    int signBytes = (query.length + 7) / 8;
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    int at = offset;
    int end = offset + length;
    while (at < end) {
      int paragraph = 0;
      int shift = 0;
      byte b;
      do {
        b = stored[at++];
        paragraph |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      double score = 0;
      for (int i = 0; i < query.length; i++) {
        boolean positive = (stored[at + (i >> 3)] & (1 << (i & 7))) != 0;
        score += positive ? query[i] : -query[i];
      }
      at += signBytes;
      if (score > bestScore) {
        bestScore = score;
        best = paragraph;
      }
    }
    return best;
  }

  private static void writeVariable(ByteArrayOutputStream out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }
}
