package org.cablearchive.web;

/** Counts as pages write them: "2,019", and with a noun in the right number, "1 cable", "2,019 cables". */
public final class Counted {
  private Counted() {}

  public static String of(long count, String noun) {
    return grouped(count) + " " + (count == 1 ? noun : noun + "s");
  }

  /**
   * A count with commas between thousands, as {@code %,d} writes it in the root locale, without a formatter:
   * a first view's formatter parse was a twenty-fifth of its time (docs/benchmarks.md).
   */
  public static String grouped(long count) {
    String digits = Long.toString(count);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    int lead = count < 0 ? 1 : 0;
    for (int i = 0; i < digits.length(); i++) {
      if (i > lead && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
