package org.cablearchive.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.source.UnpackLimits;
import picocli.CommandLine.Option;

/** How far each input file may unpack (archives and compressed files), checked before anything is read. */
final class UnpackLimitsOption {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)I?B?", Pattern.CASE_INSENSITIVE);

  @Option(names = "--max-unpacked-bytes", paramLabel = "SIZE",
      description = {"Stop reading a file that unpacks to more than this, every level of archives inside it counted",
        "(default: 64G; a number of bytes, or with K, M, G or T for KiB, MiB, GiB, TiB)."})
  String bytes = "64G";

  @Option(names = "--max-archive-members", paramLabel = "N",
      description = "Stop reading a file whose archives hold more members than this, every level counted (default: ${DEFAULT-VALUE}).")
  long members = UnpackLimits.DEFAULT.members();

  @Option(names = "--max-unpack-ratio", paramLabel = "TIMES",
      description = {"Stop reading a file that, past its first 256 MiB unpacked, unpacks to more than this many times",
        "its own size, every level counted (default: ${DEFAULT-VALUE}; the sample's cable pages unpack to 28 times their size)."})
  long ratio = UnpackLimits.DEFAULT.ratio();

  /** The limits, or a one-line error for a bad value. */
  UnpackLimits limits() {
    if (members < 1) {
      throw new UserError("--max-archive-members takes a number of members, 1 or more; got " + members);
    }
    if (ratio < 1) {
      throw new UserError("--max-unpack-ratio takes a number of times, 1 or more; got " + ratio);
    }
    return new UnpackLimits(bytes(), members, ratio);
  }

  private long bytes() {
    Matcher m = SIZE.matcher(bytes.strip());
    if (!m.matches()) {
      throw new UserError("--max-unpacked-bytes takes a size such as 16G, 500M or 1048576; got '" + bytes + "'");
    }
    int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      case "T" -> 40;
      default -> 0;
    };
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 1 || value > (Long.MAX_VALUE >> shift)) {
      throw new UserError("--max-unpacked-bytes takes a size from 1 byte to 8 EiB; got '" + bytes + "'");
    }
    return value << shift;
  }
}
