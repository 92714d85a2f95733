package org.cablearchive.archive.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A text lower-cased for finding a query's words in it, as {@code toLowerCase(Locale.ROOT)} does.
 * {@code toLowerCase} looks every character up in Unicode's tables, which took most of the time of
 * finding a hit's snippets: here ASCII is lower-cased by arithmetic and only other characters are
 * looked up.
 */
final class LowerCased {
  private final String text;
  private final boolean isAscii;

  private LowerCased(String text, boolean isAscii) {
    this.text = text;
    this.isAscii = isAscii;
  }

  static LowerCased of(String original) {
    char[] chars = original.toCharArray();
    boolean ascii = true;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        // without a branch: upper and lower case come mixed, and mispredicted branches cost more than this
        int upper = ((c - 'A') - 26) >>> 31 & ~(c - 'A') >>> 31;
        chars[i] = (char) (c + (upper << 5));
      } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
        // lower-cased to two characters, by context, or as a code point: as toLowerCase does
        return new LowerCased(original.toLowerCase(Locale.ROOT), false);
      } else {
        ascii = false;
        chars[i] = Character.toLowerCase(c);
      }
    }
    return new LowerCased(new String(chars), ascii);
  }

  String text() {
    return text;
  }

  /** The lower-cased text's bytes when it is ASCII (as nearly every cable is), else null. */
  byte[] ascii() {
    return isAscii ? text.getBytes(StandardCharsets.ISO_8859_1) : null;
  }
}
