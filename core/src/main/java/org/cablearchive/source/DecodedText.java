package org.cablearchive.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A whole file's bytes as text. Cables saved by hand come in UTF-8, UTF-16 (with a byte order mark)
 * or a Windows code page; the charset is chosen from the byte order mark, else UTF-8 when the bytes
 * are valid UTF-8, else windows-1252 (which maps every byte, so nothing is lost).
 *
 * @param text the decoded text, without a byte order mark
 * @param charset the charset used
 */
record DecodedText(String text, Charset charset) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static DecodedText of(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      String text = new String(bytes, StandardCharsets.UTF_16);
      return new DecodedText(text, StandardCharsets.UTF_16);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new DecodedText(text, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }
  }

  /** Whether the charset is a guess: the bytes had no byte order mark and were not UTF-8. */
  boolean isGuessed() {
    return charset.equals(WINDOWS_1252);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
