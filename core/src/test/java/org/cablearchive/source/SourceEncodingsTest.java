package org.cablearchive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format in every encoding the release's sources were saved in: a real cable re-encoded reads
 * as the same document as its UTF-8 original, format detection included, and whatever had to be
 * guessed is a problem on the document. No reader stores a replacement character without one.
 */
class SourceEncodingsTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] NO_MARK = {};

  /** How a test re-encodes a UTF-8 original: a charset, the byte order mark written first, and what a reader says of it. */
  enum Encoding {
    UTF8_WITH_MARK(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF16LE_WITH_MARK(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF16BE_WITH_MARK(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    UTF16LE_WITHOUT_MARK(StandardCharsets.UTF_16LE, NO_MARK),
    UTF16BE_WITHOUT_MARK(StandardCharsets.UTF_16BE, NO_MARK),
    WINDOWS_1252(SourceEncodingsTest.WINDOWS_1252, NO_MARK);

    final Charset charset;
    final byte[] mark;

    Encoding(Charset charset, byte[] mark) {
      this.charset = charset;
      this.mark = mark;
    }

    byte[] encode(String text) {
      byte[] body = text.getBytes(charset);
      byte[] all = new byte[mark.length + body.length];
      System.arraycopy(mark, 0, all, 0, mark.length);
      System.arraycopy(body, 0, all, mark.length, body.length);
      return all;
    }

    /** The problems a reader records for a document whose text spans {@code lines} (1-based) of the file. */
    List<Problem> problems(String text, int firstLine, int lastLine) {
      List<Problem> problems = new ArrayList<>();
      if (mark.length == 0 && charset != SourceEncodingsTest.WINDOWS_1252 && firstLine == 1) {
        problems.add(new Problem("NO_BYTE_ORDER_MARK", 1,
            "the text has no byte order mark; read as " + charset.name() + ", as its zero bytes show"));
      }
      if (charset == SourceEncodingsTest.WINDOWS_1252) {
        List<Integer> lines = linesWithNonAscii(text, firstLine, lastLine);
        if (!lines.isEmpty()) {
          problems.add(new Problem("NOT_UTF8", lines.get(0), "bytes on " + (lines.size() == 1 ? "this line"
              : lines.size() + " lines from this one") + " are not UTF-8; read as windows-1252 (Latin-1)"));
        }
      }
      return problems;
    }
  }

  private static List<Integer> linesWithNonAscii(String text, int firstLine, int lastLine) {
    List<Integer> lines = new ArrayList<>();
    String[] all = text.split("\n", -1);
    for (int i = firstLine; i <= lastLine && i <= all.length; i++) {
      if (all[i - 1].chars().anyMatch(c -> c > 127)) {
        lines.add(i);
      }
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SourceEncodingsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One real cable in each format, as UTF-8 text: its name, its format and the file's text. */
  static List<Arguments> originals() throws IOException {
    String page = resource("/sources/encodings/09SAOPAULO487.html");
    String row = resource("/sources/encodings/09SAOPAULO487.csv");
    SourceDocument fromRow = read(row.getBytes(StandardCharsets.UTF_8), "09SAOPAULO487.csv").get(0);
    Cable parsed = new TelegramParser().parse(fromRow);
    return List.of(
        Arguments.of("09SAOPAULO487.html", SourceFormat.HTML, page),
        Arguments.of("09SAOPAULO487.csv", SourceFormat.CSV, row),
        Arguments.of("09MEXICO3093-page.txt", SourceFormat.PAGE_TEXT, resource("/seed/09MEXICO3093-page.txt")),
        Arguments.of("09SAOPAULO487.txt", SourceFormat.TELEGRAM, fromRow.header() + "\n\n" + fromRow.body() + "\n"),
        Arguments.of("09SAOPAULO487.jsonl", SourceFormat.JSONL, CableJson.write(parsed) + "\n"));
  }

  static Stream<Arguments> everyFormatInEveryEncoding() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Arguments original : originals()) {
      for (Encoding encoding : Encoding.values()) {
        Object[] a = original.get();
        cases.add(Arguments.of(a[0], a[1], a[2], encoding));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} in {3}")
  @MethodSource("everyFormatInEveryEncoding")
  void readsTheSameDocumentAsFromUtf8AndSaysWhatItGuessed(String name, SourceFormat format, String text, Encoding encoding)
      throws IOException {
    SourceDocument expected = only(read(text.getBytes(StandardCharsets.UTF_8), name), format);

    SourceDocument actual = only(read(encoding.encode(text), name), format);

    assertThat(actual.location()).isEqualTo(expected.location());
    assertThat(actual.idAsPublished()).isEqualTo(expected.idAsPublished());
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.header()).isEqualTo(expected.header());
    assertThat(actual.body()).isEqualTo(expected.body()).doesNotContain("\uFFFD", "\u0000");
    assertThat(actual.articles()).isEqualTo(expected.articles());
    assertThat(actual.bodyLine()).isEqualTo(expected.bodyLine());
    List<Problem> problems = new ArrayList<>(encoding.problems(text, 1, (int) text.lines().count()));
    problems.addAll(expected.problems());
    assertThat(actual.problems()).containsExactlyInAnyOrderElementsOf(problems);
  }

  @Test
  void aLatin1RowInAUtf8CsvIsReadAsLatin1AndOnlyItIsMarked() throws IOException {
    String row = resource("/sources/encodings/09SAOPAULO487.csv");
    String latin1Row = row.replace("\"4873\",", "\"4874\",").replace("SUBJECT: ", "SUBJECT: CAFÉ SÃO PAULO: ");
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(row.getBytes(StandardCharsets.UTF_8));
    file.writeBytes(latin1Row.getBytes(WINDOWS_1252));
    file.writeBytes(row.getBytes(StandardCharsets.UTF_8));

    List<SourceDocument> read = read(file.toByteArray(), "cables.csv");

    int rowLines = (int) row.lines().count();
    assertThat(read).extracting(d -> d.location().line()).containsExactly(1, 1 + rowLines, 1 + 2 * rowLines);
    assertThat(read.get(0).problems()).isEmpty();
    assertThat(read.get(2).problems()).isEmpty();
    assertThat(read.get(1).body()).contains("SUBJECT: CAFÉ SÃO PAULO: ").contains("Track impresión").contains("EL PAÍS");
    int subjectLine = 1 + rowLines + (int) latin1Row.substring(0, latin1Row.indexOf("SUBJECT: ")).chars().filter(c -> c == '\n').count();
    assertThat(read.get(1).problems()).containsExactly(new Problem("NOT_UTF8", subjectLine,
        "bytes on 2 lines from this one are not UTF-8; read as windows-1252 (Latin-1)"));
    assertThat(new TelegramParser().parse(read.get(1)).subject()).startsWith("CAFÉ SÃO PAULO: ");
  }

  @Test
  void utf16ThatIsNotWellFormedIsStoredAsReplacementCharactersAndSaidSo() throws IOException {
    byte[] bytes = Encoding.UTF16LE_WITH_MARK.encode("UNCLAS ROME 000001\nSUBJECT: A# LOST HALF\n");
    // a high surrogate without its low half, where the # was (no encoder writes one)
    int hash = indexOfUnit(bytes, '#');
    bytes[hash] = 0x00;
    bytes[hash + 1] = (byte) 0xD8;

    SourceDocument d = only(read(bytes, "lost.txt"), SourceFormat.TELEGRAM);

    assertThat(d.body()).isEqualTo("UNCLAS ROME 000001\nSUBJECT: A\uFFFD LOST HALF");
    assertThat(d.problems()).containsExactly(
        new Problem("UNDECODABLE", 2, "bytes on this line are not well-formed UTF-16; stored as U+FFFD"));
  }

  private static int indexOfUnit(byte[] utf16le, char unit) {
    for (int i = 2; i + 1 < utf16le.length; i += 2) {
      if (utf16le[i] == unit && utf16le[i + 1] == 0) {
        return i;
      }
    }
    throw new AssertionError("no " + unit);
  }

  @Test
  void aReplacementCharacterTheSourceHoldsIsSaidSo() throws IOException {
    String row = resource("/sources/encodings/09SAOPAULO487.csv").replace("EL PAÍS", "EL PA\uFFFDS");

    SourceDocument d = only(read(row.getBytes(StandardCharsets.UTF_8), "cables.csv"), SourceFormat.CSV);

    assertThat(d.body()).contains("EL PA\uFFFDS");
    int line = 1 + (int) row.substring(0, row.indexOf('\uFFFD')).chars().filter(c -> c == '\n').count();
    assertThat(d.problems()).containsExactly(new Problem("REPLACEMENT_CHARACTER", line,
        "the source holds U+FFFD on this line: a character lost before it was published"));
  }

  /**
   * Bytes that are not UTF-8 put into every format: no document ever holds a U+FFFD, and every
   * document whose text holds such bytes says so (a page's navigation, before its cable, is not read).
   */
  @Test
  void strayBytesNeverBecomeReplacementCharactersAndAreAlwaysSaid() throws IOException {
    Random random = new Random(16);
    for (Arguments original : originals()) {
      String name = (String) original.get()[0];
      String text = (String) original.get()[2];
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      int heading = new String(utf8, StandardCharsets.ISO_8859_1).indexOf("Viewing cable ");
      int cableStart = heading < 0 ? 0 : heading + "Viewing cable ".length();
      for (int round = 0; round < 200; round++) {
        byte[] bytes = utf8.clone();
        int from = cableStart + random.nextInt(utf8.length - cableStart);
        bytes[from] = (byte) (0x80 + random.nextInt(0x80));
        List<SourceItem> items = new ArrayList<>();
        Sources.read(new ByteArrayInputStream(bytes), name, Optional.empty(), items::add);
        for (SourceItem item : items) {
          if (item instanceof Rejection r) {
            assertThat(r.raw()).doesNotContain("\uFFFD");
            continue;
          }
          SourceDocument d = (SourceDocument) item;
          assertThat(d.header() + d.body()).as("%s with byte %02x at %d", name, bytes[from], from).doesNotContain("\uFFFD");
          assertThat(String.valueOf(d.title())).doesNotContain("\uFFFD");
          if (!isUtf8(bytes)) {
            assertThat(d.problems()).as("%s with byte %02x at %d", name, bytes[from], from)
                .anyMatch(p -> p.code().equals("NOT_UTF8"));
          }
        }
      }
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void splitsOfMultiByteCharactersAcrossReadsAreDecodedWhole() throws IOException {
    StringBuilder text = new StringBuilder();
    Random random = new Random(7);
    String alphabet = "aé¶€𝄞ЖΩ\n";
    while (text.length() < 300_000) {
      text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    InputStream byteByByte = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
      }
    };
    try (DecodingReader reader = new DecodingReader(byteByByte)) {
      StringBuilder decoded = new StringBuilder();
      char[] chunk = new char[13];
      for (int n = reader.read(chunk, 0, 1 + random.nextInt(13)); n >= 0; n = reader.read(chunk, 0, 1 + random.nextInt(13))) {
        decoded.append(chunk, 0, n);
      }
      assertThat(decoded.toString()).isEqualTo(text.toString());
      assertThat(reader.problems(0)).isEmpty();
    }
  }

  private static List<SourceDocument> read(byte[] bytes, String name) {
    List<SourceDocument> documents = new ArrayList<>();
    Sources.read(new ByteArrayInputStream(bytes), name, Optional.empty(), item -> {
      assertThat(item).as("%s: %s", name, item).isInstanceOf(SourceDocument.class);
      documents.add((SourceDocument) item);
    });
    return documents;
  }

  private static SourceDocument only(List<SourceDocument> documents, SourceFormat format) {
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0).location().format()).isEqualTo(format);
    return documents.get(0);
  }
}
