package org.cablearchive.archive.lucene;

/**
 * UTF-8 written into an array the caller holds, byte for byte what {@code String.getBytes(UTF_8)}
 * gives: a surrogate without its pair becomes {@code ?}, as there.
 */
final class Utf8 {
  private Utf8() {}

  /** Writes {@code s} at {@code out[at]}, which has room for three bytes a character; returns the end. */
  static int encode(String s, byte[] out, int at) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        at = threeBytes(c, out, at);
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        at = fourBytes(Character.toCodePoint(c, s.charAt(++i)), out, at);
      } else {
        out[at++] = '?';
      }
    }
    return at;
  }

  private static int threeBytes(char c, byte[] out, int at) {
    out[at] = (byte) (0xE0 | c >> 12);
    out[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
    out[at + 2] = (byte) (0x80 | c & 0x3F);
    return at + 3;
  }

  private static int fourBytes(int codePoint, byte[] out, int at) {
    out[at] = (byte) (0xF0 | codePoint >> 18);
    out[at + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
    out[at + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
    out[at + 3] = (byte) (0x80 | codePoint & 0x3F);
    return at + 4;
  }
}
