package org.cablearchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine was doing while a figure was measured: other work on its cores changes every timing. */
final class Machine {
  private Machine() {}

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them ("" where there is none). */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "";
    }
  }
}
