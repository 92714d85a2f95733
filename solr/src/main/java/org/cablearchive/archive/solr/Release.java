package org.cablearchive.archive.solr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.cablearchive.archive.Statement;
import org.cablearchive.model.Cable;

/**
 * One stored release of a cable: the hash of its text and statement ({@link Statement#releaseHash}), and when it
 * was released. A release without a date
 * (cables.csv states none) counts as older than any dated one; a date given at import counts as the date it
 * names, but at the same instant a date the source states is the later; equal dates are then ordered by
 * hash, so the current version does not depend on the order of imports.
 *
 * @param hash a 64-bit hash of the header and body with the statement's mixed in
 * @param released the release date in epoch milliseconds, or {@link #UNKNOWN}
 * @param given whether the date was given at import rather than stated by the source
 * @param statement the hash of the release's {@link Statement}
 */
record Release(long hash, long released, boolean given, long statement) implements Comparable<Release> {
  static final long UNKNOWN = Long.MIN_VALUE;

  static Release of(Cable cable) {
    Statement statement = Statement.of(cable);
    return new Release(statement.releaseHash(textHash(cable)), cable.released() == null ? UNKNOWN : cable.released().toEpochMilli(),
        cable.releasedGiven(), statement.hash());
  }

  /** The release a version document stands for, from its key ({@code ID/hash}), release date and statement's hash. */
  static Release ofVersion(String versionKey, long released, boolean given, long statement) {
    return new Release(Long.parseUnsignedLong(versionKey.substring(versionKey.lastIndexOf('/') + 1), 16), released, given,
        statement);
  }

  /** Whether {@code other} is a release of the same text (with another statement, when its hash differs). */
  boolean sameText(Release other) {
    return Statement.textOf(hash, statement) == Statement.textOf(other.hash, other.statement);
  }

  /**
   * How much the date can be trusted: 2 when the source states it, 1 when it was given at import, 0 when
   * unknown. A text stored again replaces its date only with a more trustworthy one.
   */
  int trust() {
    return released == UNKNOWN ? 0 : given ? 1 : 2;
  }

  /** The key of this release's version document. */
  String versionKey(String id) {
    return id + "/" + Long.toHexString(hash);
  }

  Instant releasedAt() {
    return released == UNKNOWN ? null : Instant.ofEpochMilli(released);
  }

  /** Older releases first. */
  @Override
  public int compareTo(Release other) {
    if (released != other.released) {
      return Long.compare(released, other.released);
    }
    return given != other.given ? (given ? -1 : 1) : Long.compare(hash, other.hash);
  }

  @Override
  public String toString() {
    return Long.toHexString(hash) + " released " + (released == UNKNOWN ? "at an unknown date" : releasedAt());
  }

  private static long textHash(Cable cable) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(cable.header().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] digest = sha.digest(cable.body().getBytes(StandardCharsets.UTF_8));
      long hash = 0;
      for (int i = 0; i < 8; i++) {
        hash = hash << 8 | (digest[i] & 0xff);
      }
      return hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
