package org.cablearchive.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cablearchive.model.Problem;

/**
 * A whole file's bytes (or their part from an offset) as text, decoded as {@link DecodingReader}
 * decodes a stream: UTF-8, UTF-16 with or without a byte order mark, windows-1252 where bytes are not
 * UTF-8.
 *
 * @param text the decoded text, without a byte order mark
 * @param charset the charset used (UTF-8 also where some bytes were read as windows-1252)
 * @param problems what had to be guessed or could not be decoded, with lines counted from the text's first
 */
record DecodedText(String text, Charset charset, List<Problem> problems) {

  static DecodedText of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  static DecodedText of(byte[] bytes, int offset, int length) {
    byte[] head = Arrays.copyOfRange(bytes, offset, offset + Math.min(length, DecodingReader.HEAD_BYTES));
    if (DecodingReader.isUnmarkedUtf8(head)) {
      // the common case, decoded by the JDK's fast path: text without U+FFFD came from well-formed UTF-8
      String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new DecodedText(text, StandardCharsets.UTF_8, List.of());
      }
    }
    try (DecodingReader reader = new DecodingReader(new ByteArrayInputStream(bytes, offset, length))) {
      StringBuilder text = new StringBuilder(length);
      char[] chunk = new char[1 << 14];
      for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
        text.append(chunk, 0, n);
      }
      return new DecodedText(text.toString(), reader.charset(), reader.problems(0));
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory cannot fail", e);
    }
  }

  /** The problems with their lines counted from {@code firstLine}, the line of the file the text starts on. */
  List<Problem> problemsFrom(int firstLine) {
    return problems.stream().map(p -> new Problem(p.code(), p.line() + firstLine - 1, p.message())).toList();
  }
}
