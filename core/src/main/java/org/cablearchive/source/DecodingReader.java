package org.cablearchive.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.model.Problem;

/**
 * Source bytes as text, in the encodings the release's sources were saved in: UTF-8 (with or without
 * a byte order mark), UTF-16 (with a byte order mark, or without one, told by its zero bytes), and
 * Latin-1 / windows-1252 where bytes are not UTF-8.
 *
 * <p>Without a UTF-16 byte order mark or zero bytes the text is read as UTF-8, and each byte sequence
 * that is not UTF-8 is read as windows-1252 on its own: a Latin-1 row in a UTF-8 cables.csv keeps its
 * {@code CAFÉ SÃO PAULO}, and the UTF-8 rows around it stay as they were. Whatever had to be guessed
 * is noted with the line it is on, so that a reader records it as a problem on the cable that holds
 * it: nothing is replaced silently. UTF-16 that is not well-formed (an unpaired surrogate) is the one
 * thing that cannot be decoded; it becomes U+FFFD and is noted too, as is a U+FFFD the source itself holds.
 */
final class DecodingReader extends Reader {
  /** How much of the beginning tells the encoding (a BOM, or the zero bytes of UTF-16). */
  static final int HEAD_BYTES = 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char[] WINDOWS_1252_CHARS = windows1252();
  private static final char REPLACEMENT = '\uFFFD';

  /** What had to be guessed or could not be decoded. */
  enum Guess {
    /** Bytes that are not UTF-8, read as windows-1252. */
    NOT_UTF8,
    /** Bytes that are not well-formed UTF-16, stored as U+FFFD. */
    UNDECODABLE,
    /** A U+FFFD in the source itself: a character lost before the text reached us. */
    REPLACEMENT_IN_SOURCE
  }

  private record Noted(int line, Guess guess) {}

  private final InputStream in;
  private final Charset charset;
  private final boolean utf16WithoutMark;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final ArrayDeque<Noted> noted = new ArrayDeque<>();
  /** A decoded character not yet handed out: the second half of a surrogate pair split by a read. */
  private int pending = -1;
  private final CharBuffer pair = CharBuffer.allocate(2);
  private boolean endOfInput;
  private boolean flushed;
  private int line = 1;

  DecodingReader(InputStream source) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(source, 1 << 16);
    buffered.mark(HEAD_BYTES);
    byte[] head = buffered.readNBytes(HEAD_BYTES);
    buffered.reset();
    Encoding encoding = Encoding.of(head);
    buffered.skipNBytes(encoding.markLength);
    this.in = buffered;
    this.charset = encoding.charset;
    this.utf16WithoutMark = encoding.guessed;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The encoding read from a beginning: its byte order mark (and its length), else UTF-16's zero bytes, else UTF-8. */
  private record Encoding(Charset charset, int markLength, boolean guessed) {
    static Encoding of(byte[] head) {
      if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
        return new Encoding(StandardCharsets.UTF_8, 3, false);
      }
      if (startsWith(head, 0xFF, 0xFE)) {
        return new Encoding(StandardCharsets.UTF_16LE, 2, false);
      }
      if (startsWith(head, 0xFE, 0xFF)) {
        return new Encoding(StandardCharsets.UTF_16BE, 2, false);
      }
      Charset utf16 = utf16ByZeroBytes(head);
      return utf16 == null ? new Encoding(StandardCharsets.UTF_8, 0, false) : new Encoding(utf16, 0, true);
    }

    /**
     * UTF-16 without a byte order mark, told by its zero bytes: mostly-ASCII text has a zero in every
     * other byte, at odd offsets in UTF-16LE and at even ones in UTF-16BE. Text in any of the 8-bit
     * encodings has none (crafted input may have a few).
     */
    private static Charset utf16ByZeroBytes(byte[] head) {
      int pairs = head.length / 2;
      if (pairs < 2) {
        return null;
      }
      int evenZeros = 0;
      int oddZeros = 0;
      for (int i = 0; i + 1 < head.length; i += 2) {
        evenZeros += head[i] == 0 ? 1 : 0;
        oddZeros += head[i + 1] == 0 ? 1 : 0;
      }
      if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
        return StandardCharsets.UTF_16LE;
      }
      if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
        return StandardCharsets.UTF_16BE;
      }
      return null;
    }
  }

  /** Whether bytes beginning so are read as UTF-8 without a byte order mark (else as UTF-16, or after a mark). */
  static boolean isUnmarkedUtf8(byte[] head) {
    Encoding encoding = Encoding.of(head);
    return encoding.charset.equals(StandardCharsets.UTF_8) && encoding.markLength == 0;
  }

  /** The charset the text is read in (UTF-8 also where some bytes were read as windows-1252). */
  Charset charset() {
    return charset;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    if (pending >= 0) {
      out.put((char) pending);
      pending = -1;
    }
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      if (out.remaining() == 1) {
        decodeOneInto(out);
      } else {
        decodeInto(out);
      }
    }
    return out.position() - offset;
  }

  /** Decodes into room for one character: a surrogate pair is decoded whole and its second half kept. */
  private void decodeOneInto(CharBuffer out) throws IOException {
    pair.clear();
    while (pair.position() == 0 && !flushed) {
      decodeInto(pair);
    }
    pair.flip();
    if (pair.hasRemaining()) {
      out.put(pair.get());
    }
    if (pair.hasRemaining()) {
      pending = pair.get();
    }
  }

  /** Decodes what is buffered into {@code out}, reading more input when nothing could be decoded. */
  private void decodeInto(CharBuffer out) throws IOException {
    int from = out.position();
    CoderResult result = decoder.decode(bytes, out, endOfInput);
    look(out.array(), out.arrayOffset() + from, out.arrayOffset() + out.position());
    if (result.isError() && out.hasRemaining()) {
      undecodable(result.length(), out);
    } else if (result.isUnderflow() && out.position() == from) {
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
      } else {
        fill();
      }
    }
  }

  /**
   * Reads bytes that are not the charset's: as windows-1252 in 8-bit input, one character each (as
   * many as {@code out} has room for: the decoder reports the rest again), or in UTF-16 a code unit
   * that is not well-formed as one U+FFFD.
   */
  private void undecodable(int count, CharBuffer out) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      for (int i = Math.min(count, out.remaining()); i > 0; i--) {
        out.put(WINDOWS_1252_CHARS[bytes.get() & 0xFF]);
      }
      note(Guess.NOT_UTF8);
    } else {
      // one code unit at a time: the JDK counts the unit after an unpaired surrogate into the error
      bytes.position(bytes.position() + Math.min(count, 2));
      out.put(REPLACEMENT);
      note(Guess.UNDECODABLE);
    }
  }

  /** Counts the lines of decoded text and notes any U+FFFD the source holds. */
  private void look(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '\n') {
        line++;
      } else if (c == REPLACEMENT) {
        note(Guess.REPLACEMENT_IN_SOURCE);
      }
    }
  }

  private void note(Guess guess) {
    Noted last = noted.peekLast();
    if (last == null || last.line() != line || last.guess() != guess) {
      noted.add(new Noted(line, guess));
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /**
   * The problems of lines {@code from} (1-based) up to {@code to} (exclusive) of the text, one per kind
   * of guess, each at the first line it occurs on; what was noted before {@code to} is then forgotten.
   *
   * @param lineShift added to every line, for text that starts further down a file
   */
  List<Problem> problemsOn(int from, int to, int lineShift) {
    Map<Guess, int[]> lines = new EnumMap<>(Guess.class);
    while (!noted.isEmpty() && noted.peekFirst().line() < to) {
      Noted n = noted.removeFirst();
      if (n.line() >= from) {
        int[] firstAndCount = lines.computeIfAbsent(n.guess(), g -> new int[] {n.line(), 0});
        firstAndCount[1]++;
      }
    }
    List<Problem> problems = new ArrayList<>(lines.size() + 1);
    if (utf16WithoutMark && from == 1) {
      problems.add(new Problem("NO_BYTE_ORDER_MARK", 1 + lineShift,
          "the text has no byte order mark; read as " + charset.name() + ", as its zero bytes show"));
    }
    lines.forEach((guess, firstAndCount) -> problems.add(problem(guess, firstAndCount[0] + lineShift, firstAndCount[1])));
    return problems;
  }

  /** Every problem of the text read so far. */
  List<Problem> problems(int lineShift) {
    return problemsOn(1, Integer.MAX_VALUE, lineShift);
  }

  private static Problem problem(Guess guess, int line, int lines) {
    String where = lines == 1 ? "on this line" : "on " + lines + " lines from this one";
    return switch (guess) {
      case NOT_UTF8 -> new Problem("NOT_UTF8", line, "bytes " + where + " are not UTF-8; read as windows-1252 (Latin-1)");
      case UNDECODABLE -> new Problem("UNDECODABLE", line, "bytes " + where + " are not well-formed UTF-16; stored as U+FFFD");
      case REPLACEMENT_IN_SOURCE -> new Problem("REPLACEMENT_CHARACTER", line,
          "the source holds U+FFFD " + where + ": a character lost before it was published");
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
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

  /** windows-1252 byte by byte; its five unassigned bytes become the C1 controls Latin-1 gives them. */
  private static char[] windows1252() {
    char[] chars = new char[256];
    for (int b = 0; b < 256; b++) {
      char c = new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
      chars[b] = c == REPLACEMENT ? (char) b : c;
    }
    return chars;
  }
}
