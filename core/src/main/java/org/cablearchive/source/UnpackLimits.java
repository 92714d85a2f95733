package org.cablearchive.source;

/**
 * How far one file may unpack: a small archive can expand a thousandfold at every level of nesting (a
 * zip of zips of zeros), so the bytes that come out of its compressed streams and zip members, summed
 * over every level, the members of its archives, counted at every level, and how many times its own size
 * it unpacks to, are limited. Reaching a limit stops that file with one rejection naming the limit; what was
 * read before it is kept.
 *
 * @param bytes the most bytes unpacked from one file (xz and gzip streams, zip members), every level counted
 * @param members the most archive members (files and folders) of one file, every level counted
 * @param ratio the most bytes unpacked per byte of the file, checked once it has unpacked {@link #RATIO_FROM}
 */
public record UnpackLimits(long bytes, long members, long ratio) {
  /** Below this many unpacked bytes the ratio is not checked: a small file may compress very well. */
  public static final long RATIO_FROM = 256L << 20;

  /**
   * 64 GiB, two million members, 200 times: the sample's 6,712 cable pages unpack from 17 MB to 475 MB (28
   * times) in 6,851 members, so the whole release as cable pages is some 18 GB in 260,000 members; a zip of
   * zips of zeros unpacks thousands of times its size at each level.
   */
  public static final UnpackLimits DEFAULT = new UnpackLimits(64L << 30, 2_000_000, 200);

  public UnpackLimits {
    if (bytes < 1 || members < 1 || ratio < 1) {
      throw new IllegalArgumentException("unpack limits must be positive, not " + bytes + " bytes, " + members
          + " members and " + ratio + " times");
    }
  }
}
