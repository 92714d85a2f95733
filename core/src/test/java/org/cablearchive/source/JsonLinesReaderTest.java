package org.cablearchive.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private static String seedLine() throws IOException {
    try (InputStream in = JsonLinesReaderTest.class.getResourceAsStream("/json/09MEXICO3093.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private static Collected read(String text) throws IOException {
    return Collected.read(new JsonLinesReader(), text, "parsed.jsonl");
  }

  private static SourceLocation at(int line) {
    return new SourceLocation(SourceFormat.JSONL, "parsed.jsonl", line);
  }

  @Test
  void takesWhatTheJsonStatesAndLeavesTheRestToTheParser() throws IOException {
    Collected read = read("\n" + seedLine() + "\n");

    SourceDocument d = read.documents().get(0);
    assertThat(read.items()).hasSize(1);
    assertThat(d.location()).isEqualTo(at(2));
    assertThat(d.idAsPublished()).isEqualTo("09MEXICO3093");
    assertThat(d.created()).isEqualTo(Instant.parse("2009-10-27T22:38:00Z"));
    assertThat(d.released()).isEqualTo(Instant.parse("2011-08-30T01:44:00Z"));
    assertThat(d.classification()).isEqualTo(Classification.CONFIDENTIAL);
    assertThat(d.origin()).isEqualTo("Embassy Mexico");
    assertThat(d.title()).isEqualTo("SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS");
    assertThat(d.articles()).containsExactly("http://wikileaks.jornada.com.mx/notas/para-calderon-las-violaciones-a-"
        + "los-derechos-son-un-precio-a-pagar-informo-la-embajada");
    assertThat(d.header()).startsWith("VZCZCXRO1782\nRR RUEHCD").endsWith("\nRHMFISS/DEPT OF JUSTICE WASHINGTON DC");
    assertThat(d.body()).startsWith("C O N F I D E N T I A L SECTION 01 OF 04 MEXICO 003093\n").endsWith("\nFEELEY");
    assertThat(d.bodyLine()).isZero();
    assertThat(d.citedIds()).isEmpty();
    assertThat(d.problems()).isEmpty();
  }

  /** What {@code cables parse} writes reads back into the same cables, whatever the first source was. */
  @Test
  void readsBackWhatTheParserWroteAsTheSameCables() throws IOException {
    byte[] csv;
    try (InputStream in = JsonLinesReaderTest.class.getResourceAsStream("/sources/csv/sample-rows.csv")) {
      csv = in.readAllBytes();
    }
    TelegramParser parser = new TelegramParser();
    List<Cable> first = Collected.read(new CsvReader(), csv, "cables.csv").documents().stream().map(parser::parse)
        .toList();
    String jsonLines = first.stream().map(CableJson::write).collect(Collectors.joining("\n", "", "\n"));

    List<Cable> again = read(jsonLines).documents().stream().map(parser::parse).toList();

    assertThat(again).hasSize(27);
    for (int i = 0; i < first.size(); i++) {
      Cable expected = first.get(i);
      assertThat(again.get(i).withSource(expected.source()))
          .usingRecursiveComparison().ignoringFields("problems").isEqualTo(expected);
      assertThat(again.get(i).source()).isEqualTo(at(i + 1));
      assertThat(again.get(i).problems()).extracting(Problem::code)
          .containsExactlyElementsOf(expected.problems().stream().map(Problem::code).toList());
    }
  }

  @Test
  void prefersTheIdAsPublished() throws IOException {
    SourceDocument d = read("{\"id\":\"08MANAMA492\",\"idAsPublished\":\"08ECTION01OF02MANAMA492\",\"body\":\"B\"}")
        .documents().get(0);

    assertThat(d.idAsPublished()).isEqualTo("08ECTION01OF02MANAMA492");
    assertThat(d.header()).isEmpty();
  }

  @Test
  void unreadableStatedValuesAreProblemsOfTheLine() throws IOException {
    SourceDocument d = read("{}\n{\"body\":\"B\",\"created\":\"27 Oct 2009\",\"classification\":\"RESTRICTED\"}")
        .documents().get(0);

    assertThat(d.created()).isNull();
    assertThat(d.classification()).isNull();
    assertThat(d.problems()).containsExactly(
        new Problem("UNREADABLE_CREATED", 2, "\"created\" is not an ISO-8601 UTC time: 27 Oct 2009"),
        new Problem("UNKNOWN_CLASSIFICATION", 2, "the classification \"RESTRICTED\" is none of the release's six"));
  }

  @Test
  void badLinesAreRejectedWithTheirLineAndReadingGoesOn() throws IOException {
    Collected read = read(String.join("\n", List.of(
        "{\"body\":\"one\"}",
        "{\"body\":\"two\"",
        "[1,2]",
        "{\"id\":\"09X1\"}",
        "{\"body\":42}",
        "{\"body\":\"B\",\"articles\":\"http://x\"}",
        "{\"body\":\"B\"} trailing",
        "{\"body\":\"three\"}")));

    assertThat(read.documents()).extracting(SourceDocument::body).containsExactly("one", "three");
    assertThat(read.rejections()).extracting(r -> r.location().line(), Rejection::reason).containsExactly(
        tuple(2, "not JSON at column 14: Unexpected end-of-input: expected close marker for Object"),
        tuple(3, "not a cable: the line holds a JSON array, not an object"),
        tuple(4, "not a cable: it has neither \"header\" nor \"body\""),
        tuple(5, "not a cable: \"body\" is not a string"),
        tuple(6, "not a cable: \"articles\" is not a list"),
        tuple(7, "not JSON at column 14: Unrecognized token 'trailing': was expecting "
            + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
    assertThat(read.rejections().get(0).raw()).isEqualTo("{\"body\":\"two\"");
    assertThat(read.rejections().get(0).location()).isEqualTo(at(2));
  }

  @Test
  void aLineLongerThanTheBoundIsRejectedWithItsBeginning() throws IOException {
    String huge = "{\"body\":\"" + "X".repeat(JsonLinesReader.MAX_LINE_CHARS) + "\"}";

    Collected read = read(huge + "\n{\"body\":\"after\"}\n");

    assertThat(read.rejections()).singleElement().satisfies(r -> {
      assertThat(r.location()).isEqualTo(at(1));
      assertThat(r.reason()).isEqualTo("the line is longer than 16777216 characters");
      assertThat(r.raw()).hasSize(CsvRowScanner.MAX_RAW_KEPT).startsWith("{\"body\":\"XXX");
    });
    assertThat(read.documents()).singleElement().satisfies(d -> assertThat(d.location()).isEqualTo(at(2)));
  }
}
