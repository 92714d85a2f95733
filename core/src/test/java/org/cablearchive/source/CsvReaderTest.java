package org.cablearchive.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static final String GOOD_ROW = "\"9\",\"1/2/1967 0:00\",\"67X9\",\"Embassy X\",\"SECRET\",\"\",\"H\",\"B\"\n";

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CsvReaderTest.class.getResourceAsStream("/sources/csv/" + name)) {
      return in.readAllBytes();
    }
  }

  private static Collected read(String text) throws IOException {
    return Collected.read(new CsvReader(), text, "cables.csv");
  }

  /** The expected file was written from the same rows by an independent CSV implementation. */
  @Test
  void readsRealRowsExactlyAsTheReleaseStatesThem() throws IOException {
    Collected read = Collected.read(new CsvReader(), resource("sample-rows.csv"), "sample-rows.csv");

    List<String> actual = read.documents().stream().map(CsvReaderTest::summary).toList();

    assertThat(read.rejections()).isEmpty();
    assertThat(actual).containsExactlyElementsOf(
        new String(resource("sample-rows.expected.tsv"), StandardCharsets.UTF_8).lines().toList());
  }

  private static String summary(SourceDocument d) {
    return String.join("\t", String.valueOf(d.location().line()), d.idAsPublished(), d.created().toString(),
        d.classification().label(), d.origin(), String.valueOf(d.bodyLine()), String.valueOf(d.header().length()),
        sha(d.header()), String.valueOf(d.body().length()), sha(d.body()));
  }

  private static String sha(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsTheFirstCableOfTheRelease() throws IOException {
    SourceDocument first = Collected.read(new CsvReader(), resource("sample-rows.csv"), "sample-rows.csv")
        .documents().get(0);

    assertThat(first.location()).isEqualTo(new SourceLocation(SourceFormat.CSV, "sample-rows.csv", 1));
    assertThat(first.idAsPublished()).isEqualTo("66BUENOSAIRES2481");
    assertThat(first.created()).isEqualTo(Instant.parse("1966-12-28T18:06:00Z"));
    assertThat(first.classification()).isEqualTo(Classification.UNCLASSIFIED);
    assertThat(first.origin()).isEqualTo("Embassy Buenos Aires");
    assertThat(first.citedIds()).isEmpty();
    assertThat(first.header()).startsWith("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n").endsWith("\nSTATE GRNC");
    assertThat(first.body()).startsWith("UNCLASSIFIED BUENOS AIRES 2481 \n")
        .contains("OF \"PREFERENTIAL JURISDICTION\" FOR FISHING PURPOSES.")
        .endsWith("\nGP-3 \nSACCIO");
    assertThat(first.bodyLine()).isEqualTo(14);
    assertThat(first.problems()).isEmpty();
  }

  @Test
  void aFieldEndingInAnEscapedBackslashEndsThere() throws IOException {
    SourceDocument bogota = Collected.read(new CsvReader(), resource("sample-rows.csv"), "sample-rows.csv")
        .documents().stream().filter(d -> d.idAsPublished().equals("04BOGOTA11339")).findFirst().orElseThrow();

    assertThat(bogota.body()).endsWith("Brazil and others now need to do the same. \\\nWOOD \\");
  }

  @Test
  void unescapesQuotesAndBackslashesAndKeepsOtherBackslashes() throws IOException {
    SourceDocument d = read("\"1\",\"1/2/1967 0:00\",\"67X1\",\"E\",\"SECRET\",\"\",\"\",\"A \\\"Q\\\" B\\\\ C\\n D\\\\\"\n")
        .documents().get(0);

    assertThat(d.body()).isEqualTo("A \"Q\" B\\ C\\n D\\");
    assertThat(d.header()).isEmpty();
  }

  /**
   * Seeded random bodies of plain characters (Latin-1 and beyond), escaped quotes and backslashes, and
   * backslashes before other characters, some longer than the scanner keeps for unescaping between rows.
   */
  @Test
  void unescapesRandomBodiesOfEveryLength() throws IOException {
    String[][] pieces = {{"a", "a"}, {"\u00e9", "\u00e9"}, {"\u0416", "\u0416"}, {" ", " "}, {"\\\"", "\""},
        {"\\\\", "\\"}, {"\\n", "\\n"}};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 300; round++) {
      int length = round % 50 == 0 ? 150_000 + random.nextInt(200_000) : random.nextInt(round % 7 == 0 ? 40_000 : 60);
      StringBuilder written = new StringBuilder();
      StringBuilder meant = new StringBuilder();
      for (int i = 0; i < length; i++) {
        String[] piece = pieces[random.nextInt(pieces.length)];
        written.append(piece[0]);
        meant.append(piece[1]);
      }
      SourceDocument d = read("\"1\",\"1/2/1967 0:00\",\"67X1\",\"E\",\"SECRET\",\"\",\"H\",\"" + written + "\"\n" + GOOD_ROW)
          .documents().get(0);
      assertThat(d.body()).as("round %d", round).isEqualTo(meant.toString());
    }
  }

  @Test
  void keepsUnescapedQuotesThatDoNotEndAField() throws IOException {
    Collected read = read("\"1\",\"1/2/1967 0:00\",\"67X1\",\"E\",\"SECRET\",\"\",\"H\",\"He said \"yes\", then \"left\"\n"
        + "THE END\"\n" + GOOD_ROW);

    assertThat(read.rejections()).isEmpty();
    assertThat(read.documents()).extracting(SourceDocument::body)
        .containsExactly("He said \"yes\", then \"left\"\nTHE END", "B");
  }

  @Test
  void splitsCitedIdsAndReportsUnreadableColumns() throws IOException {
    SourceDocument d = read("\"1\",\"13/2/1967 0:00\",\"\",\" \",\"TOP SECRET\",\"08STATE1| 08STATE2 |\",\"H\",\"B\"")
        .documents().get(0);

    assertThat(d.citedIds()).containsExactly("08STATE1", "08STATE2");
    assertThat(d.idAsPublished()).isNull();
    assertThat(d.origin()).isNull();
    assertThat(d.created()).isNull();
    assertThat(d.classification()).isNull();
    assertThat(d.problems()).containsExactly(
        new Problem("NO_REFERENCE_ID", 1, "the reference ID column is empty"),
        new Problem("UNREADABLE_CREATED", 1, "the created date \"13/2/1967 0:00\" is not M/D/YYYY H:MM"),
        new Problem("UNKNOWN_CLASSIFICATION", 1, "the classification \"TOP SECRET\" is none of the release's six"));
  }

  @Test
  void anUnterminatedQuoteRejectsTheRowAndReadingResumesAtTheNextRow() throws IOException {
    String bad = "\"1\",\"1/2/1967 0:00\",\"67X1\",\"E\",\"SECRET\",\"\",\"H\",\"BODY \"QUOTED\nMORE\n";

    Collected read = read(bad + GOOD_ROW);

    assertThat(read.rejections()).containsExactly(new Rejection(new SourceLocation(SourceFormat.CSV, "cables.csv", 1),
        "malformed cables.csv row: field 8 has no closing quote before the next row on line 3",
        bad.substring(0, bad.length() - 1)));
    assertThat(read.documents()).extracting(d -> d.location().line(), SourceDocument::idAsPublished)
        .containsExactly(tuple(3, "67X9"));
  }

  @Test
  void aRowWithTooFewFieldsIsRejected() throws IOException {
    Collected read = read(GOOD_ROW + "\"2\",\"1/2/1967 0:00\",\"67X2\",\"E\"\n" + GOOD_ROW);

    assertThat(read.items()).hasSize(3);
    assertThat(read.rejections()).singleElement().satisfies(r -> {
      assertThat(r.location().line()).isEqualTo(2);
      assertThat(r.reason()).isEqualTo("malformed cables.csv row: the row has 4 fields, expected 8");
      assertThat(r.raw()).isEqualTo("\"2\",\"1/2/1967 0:00\",\"67X2\",\"E\"");
    });
  }

  @Test
  void garbageLinesAreOneRejectionUpToTheNextRow() throws IOException {
    Collected read = read("garbage here\nmore, \"garbage\"\n" + GOOD_ROW);

    assertThat(read.rejections()).containsExactly(new Rejection(new SourceLocation(SourceFormat.CSV, "cables.csv", 1),
        "malformed cables.csv row: field 1 does not start with a quote", "garbage here\nmore, \"garbage\""));
    assertThat(read.documents()).singleElement().extracting(d -> d.location().line()).isEqualTo(3);
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfTheFileIsRejected() throws IOException {
    Collected read = read(GOOD_ROW + "\"2\",\"1/2/1967 0:00\",\"67X2\",\"E\",\"SECRET\",\"\",\"H\",\"B\\\"");

    assertThat(read.rejections()).singleElement().satisfies(r -> {
      assertThat(r.location().line()).isEqualTo(2);
      assertThat(r.reason()).isEqualTo("malformed cables.csv row: field 8 has no closing quote before the end of the input");
    });
  }

  @Test
  void readsFieldsLongerThan64KiBAndWindowsLineEnds() throws IOException {
    String line = "PARAGRAPH WITH \\\"QUOTES\\\" AND A BACKSLASH \\\\ IN IT.\r\n";
    String body = line.repeat(2_000);
    String row = "\"1\",\"1/2/1967 0:00\",\"67X1\",\"E\",\"SECRET\",\"\",\"H\",\"" + body + "\\\\\"\r\n";

    List<SourceDocument> docs = read(row + row).documents();

    String expected = "PARAGRAPH WITH \"QUOTES\" AND A BACKSLASH \\ IN IT.\r\n".repeat(2_000) + "\\";
    assertThat(expected.length()).isGreaterThan(64 * 1024);
    assertThat(docs).extracting(SourceDocument::body).containsExactly(expected, expected);
    assertThat(docs).extracting(d -> d.location().line()).containsExactly(1, 2002);
  }

  @Test
  void skipsBlankLinesAndAByteOrderMark() throws IOException {
    Collected read = read("\uFEFF\n" + GOOD_ROW + "\n\n" + GOOD_ROW);

    assertThat(read.rejections()).isEmpty();
    assertThat(read.documents()).extracting(d -> d.location().line()).containsExactly(2, 5);
  }

  @Test
  void anEmptyFileHasNoCables() throws IOException {
    assertThat(read("").items()).isEmpty();
  }
}
