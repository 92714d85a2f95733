package org.cablearchive.archive.lucene;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What makes two releases of a cable the same version: their header and body, verbatim. Other
 * fields (release date, source, articles) may differ between copies of one text.
 */
final class TextHash {
  private TextHash() {}

  /**
   * The first 64 bits of the SHA-256 of header and body as UTF-8, with a zero byte between (a missing
   * one counts as empty): only versions of one ID are compared. {@link CableCodec} takes it from the
   * bytes it stores, where header and body stand at {@code [headerAt, +headerLength)} and
   * {@code [bodyAt, +bodyLength)}.
   */
  static long of(byte[] bytes, int headerAt, int headerLength, int bodyAt, int bodyLength) {
    MessageDigest sha = sha256();
    sha.update(bytes, headerAt, headerLength);
    sha.update((byte) 0);
    sha.update(bytes, bodyAt, bodyLength);
    return ByteBuffer.wrap(sha.digest()).getLong();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
