package org.cablearchive.web;

import java.util.Locale;

/** A count with its noun in the right number: "1 cable", "2,019 cables". */
public final class Counted {
  private Counted() {}

  public static String of(long count, String noun) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? noun : noun + "s");
  }
}
