package org.cablearchive.archive.lucene;

import java.time.Instant;

/**
 * Which of two releases of a cable is the later one. A release without a date (cables.csv states
 * none) counts as older than any dated one; a date given at import counts as the date it names, but at
 * the same instant a date the source states is the later; equal dates are then ordered by text hash, so
 * that the current version does not depend on the order releases were imported in.
 */
final class Releases {
  static final long UNKNOWN = Long.MIN_VALUE;

  private Releases() {}

  static long epochMillis(Instant released) {
    return released == null ? UNKNOWN : released.toEpochMilli();
  }

  static boolean isLater(long released, boolean given, long hash, long otherReleased, boolean otherGiven, long otherHash) {
    if (released != otherReleased) {
      return released > otherReleased;
    }
    if (given != otherGiven) {
      return otherGiven;
    }
    return hash > otherHash;
  }

  /**
   * How much a release's date can be trusted: 2 when its source states it, 1 when it was given at import,
   * 0 when unknown. A text stored again replaces its date only with a more trustworthy one.
   */
  static int trust(long released, boolean given) {
    return released == UNKNOWN ? 0 : given ? 1 : 2;
  }
}
