package org.cablearchive.archive.lucene;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.cablearchive.archive.Statement;

/**
 * What makes two releases of a cable the same version: their header and body, verbatim, and what the
 * release states beside them ({@link Statement}: created, classification, origin). Other fields (release
 * date, source, articles) may differ between copies of one version. A release's hash is its text's hash
 * with its statement's mixed in, so that the text's hash is had back from the two
 * ({@link #text}): releases of one text with other statements are told apart, and found to share it.
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

  /** The hash of a release: its text's hash with its statement's mixed in ({@link Statement#releaseHash}). */
  static long release(long text, Statement statement) {
    return statement.releaseHash(text);
  }

  /** The text's hash of a release, from the release's hash and its statement's. */
  static long text(long release, long statement) {
    return Statement.textOf(release, statement);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
