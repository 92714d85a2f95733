package org.cablearchive.source;

/**
 * How far one file may unpack: a small archive can expand a thousandfold at every level of nesting (a
 * zip of zips of zeros), so the bytes that come out of its compressed streams and zip members, summed
 * over every level, and the members of its archives, counted at every level, are limited. Reaching either
 * limit stops that file with one rejection naming the limit; what was read before it is kept.
 *
 * @param bytes the most bytes unpacked from one file (xz and gzip streams, zip members), every level counted
 * @param members the most archive members (files and folders) of one file, every level counted
 */
public record UnpackLimits(long bytes, long members) {
  /**
   * 16 GiB and a million members: the release as cable pages unpacks to some 4 GB in 260,000 members,
   * its cables.csv to under 2 GB.
   */
  public static final UnpackLimits DEFAULT = new UnpackLimits(16L << 30, 1_000_000);

  public UnpackLimits {
    if (bytes < 1 || members < 1) {
      throw new IllegalArgumentException("unpack limits must be positive, not " + bytes + " bytes and " + members + " members");
    }
  }
}
