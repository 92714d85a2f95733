package org.cablearchive.archive.lucene;

import java.time.Instant;

/**
 * Which of two releases of a cable is the later one. A release without a date (cables.csv states
 * none) counts as older than any dated one; equal dates are ordered by text hash so that the
 * current version does not depend on the order releases were imported in.
 */
final class Releases {
  static final long UNKNOWN = Long.MIN_VALUE;

  private Releases() {}

  static long epochMillis(Instant released) {
    return released == null ? UNKNOWN : released.toEpochMilli();
  }

  static boolean isLater(long released, long hash, long otherReleased, long otherHash) {
    return released != otherReleased ? released > otherReleased : hash > otherHash;
  }
}
