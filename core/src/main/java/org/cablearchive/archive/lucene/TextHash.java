package org.cablearchive.archive.lucene;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.cablearchive.model.Cable;

/**
 * What makes two releases of a cable the same version: their header and body, verbatim. Other
 * fields (release date, source, articles) may differ between copies of one text.
 */
final class TextHash {
  private TextHash() {}

  /** The first 64 bits of the SHA-256 of header and body: only versions of one ID are compared. */
  static long of(Cable cable) {
    MessageDigest sha = sha256();
    sha.update(cable.header().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(cable.body().getBytes(StandardCharsets.UTF_8));
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
