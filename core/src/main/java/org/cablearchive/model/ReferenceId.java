package org.cablearchive.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A cable reference ID: two-digit year, station, serial without leading zeros, e.g.
 * {@code 09MEXICO3093}. The release holds a few IDs of other shapes ({@code 90STATE255195TOSEC140301}),
 * so this only checks the characters; turning published or cited spellings into canonical IDs is
 * the telegram parser's work.
 */
public record ReferenceId(String value) implements Comparable<ReferenceId> {
  private static final Pattern CANONICAL = Pattern.compile("\\d{2}[A-Z0-9]*[A-Z][A-Z0-9]*");
  /**
   * The longest an ID may be: the longest of the release has 35 characters ({@code 08ACCRA001382SUSPECTEDDUPLICATE1392}),
   * and a longer one would make a page address that cannot be opened.
   */
  public static final int MAX_LENGTH = 64;

  public ReferenceId {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a reference ID has at most " + MAX_LENGTH + " characters, not "
          + value.length() + ": '" + shown(value) + "'");
    }
    if (!CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException("not a canonical reference ID: '" + shown(value) + "'");
    }
  }

  /** The text as a message shows it: at most 80 characters, a longer one cut with an ellipsis. */
  public static String shown(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  public static ReferenceId of(String value) {
    return new ReferenceId(value);
  }

  /** Whether the text is already a canonical ID. */
  public static boolean isCanonical(String text) {
    return text != null && text.length() <= MAX_LENGTH && CANONICAL.matcher(text).matches();
  }

  /** The two-digit year as a four-digit year: 66..99 are 1966..1999, 00..65 are 2000..2065. */
  public int year() {
    int yy = Integer.parseInt(value.substring(0, 2));
    return yy >= 66 ? 1900 + yy : 2000 + yy;
  }

  /** The station part, e.g. {@code MEXICO}. */
  public String station() {
    int end = value.length();
    while (end > 2 && Character.isDigit(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(2, end);
  }

  /** The serial number, e.g. {@code 3093}. */
  public long serial() {
    int end = value.length();
    int start = end;
    while (start > 2 && Character.isDigit(value.charAt(start - 1))) {
      start--;
    }
    return Long.parseLong(value.substring(start, end));
  }

  @Override
  public int compareTo(ReferenceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
