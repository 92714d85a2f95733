package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.Version;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real cables saved in the encodings the release's sources were passed around in — windows-1252 and
 * Latin-1, UTF-16 with and without a byte order mark, and a cables.csv whose rows mix UTF-8 and Latin-1
 * — in every format, imported by the real {@code cables import}. Each is read, not rejected; its text
 * is what the UTF-8 original says; each guess is a problem on the cable; and no cable in the archive
 * holds a replacement character or a NUL that no problem accounts for.
 */
class SourceEncodingsImportTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Path data;
  private static CommandRun imported;

  @BeforeAll
  static void importEveryEncoding() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String row = resource("/sources/encodings/09SAOPAULO487.csv");
    String page = resource("/sources/encodings/09SAOPAULO487.html");
    String pageText = Files.readString(BundledSample.seedPageText());
    // a UTF-8 cables.csv with one row in Latin-1 between two in UTF-8
    Files.write(in.resolve("mixed.csv"), concat(
        withId(row, "09SAOPAULO901").getBytes(StandardCharsets.UTF_8),
        withId(row, "09SAOPAULO902").replace("SUBJECT: ", "SUBJECT: CAFÉ SÃO PAULO: ").getBytes(WINDOWS_1252),
        withId(row, "09SAOPAULO903").getBytes(StandardCharsets.UTF_8)));
    Files.write(in.resolve("utf16-with-mark.csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        withId(row, "09SAOPAULO904").getBytes(StandardCharsets.UTF_16LE)));
    Files.write(in.resolve("utf16-without-mark.csv"), withId(row, "09SAOPAULO905").getBytes(StandardCharsets.UTF_16BE));
    Files.write(in.resolve("windows-1252.html"), withId(page, "09SAOPAULO906").getBytes(WINDOWS_1252));
    Files.write(in.resolve("utf16-page.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        pageText.getBytes(StandardCharsets.UTF_16BE)));
    Files.write(in.resolve("09SAOPAULO907.txt"), telegram(row).getBytes(StandardCharsets.UTF_16LE));
    imported = CommandRun.inProcess("import", "--data", (data = dir.resolve("data")).toString(), in.toString());
  }

  @Test
  void everyFileIsReadAndNothingRejected() {
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("read 8, added 8, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 0");
  }

  @Test
  void aLatin1RowKeepsItsAccentsAndSaysItWasGuessed() throws IOException {
    JsonNode cable = show("09SAOPAULO902");
    assertThat(cable.get("subject").asText()).startsWith("CAFÉ SÃO PAULO: ");
    assertThat(cable.get("body").asText()).contains("Track impresión", "EL PAÍS").doesNotContain("\uFFFD");
    assertThat(codes(cable)).contains("NOT_UTF8");
    for (String utf8 : List.of("09SAOPAULO901", "09SAOPAULO903")) {
      assertThat(show(utf8).get("body").asText()).contains("Track impresión", "EL PAÍS");
      assertThat(codes(show(utf8))).doesNotContain("NOT_UTF8");
    }
  }

  @Test
  void utf16IsReadWithOrWithoutAByteOrderMark() throws IOException {
    String original = show("09SAOPAULO901").get("body").asText();
    assertThat(show("09SAOPAULO904").get("body").asText()).isEqualTo(original);
    assertThat(codes(show("09SAOPAULO904"))).doesNotContain("NO_BYTE_ORDER_MARK");
    assertThat(show("09SAOPAULO905").get("body").asText()).isEqualTo(original);
    assertThat(codes(show("09SAOPAULO905"))).contains("NO_BYTE_ORDER_MARK");
    JsonNode telegram = show("09SAOPAULO907");
    assertThat(telegram.get("body").asText()).contains("UNCLAS SAO PAULO 000487", "Track impresión", "EL PAÍS")
        .doesNotContain("\u0000");
    assertThat(codes(telegram)).contains("NO_BYTE_ORDER_MARK");
    assertThat(show("09MEXICO3093").get("subject").asText()).startsWith("SCENESETTER FOR");
  }

  @Test
  void aWindows1252PageIsReadAsItsUtf8Original() throws IOException {
    JsonNode page = show("09SAOPAULO906");
    assertThat(page.get("body").asText()).isEqualTo(show("09SAOPAULO901").get("body").asText());
    assertThat(codes(page)).contains("NOT_UTF8");
  }

  @Test
  void noCableHoldsAReplacementCharacterOrANulThatNoProblemAccountsFor() throws IOException {
    int cables = 0;
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      SearchResult all = archive.search(new SearchRequest("", Map.of(), SortOrder.CREATED_ASC, 100, null, false, 0, null, false));
      for (Hit hit : all.hits()) {
        ArchivedCable found = archive.find(hit.cable().id()).orElseThrow();
        for (Version version : found.versions()) {
          Cable c = version.cable();
          String text = c.header() + c.body() + c.subject();
          List<String> codes = c.problems().stream().map(Problem::code).toList();
          if (text.contains("\uFFFD")) {
            assertThat(codes).as(c.id().value()).containsAnyOf("UNDECODABLE", "REPLACEMENT_CHARACTER");
          }
          assertThat(text).as(c.id().value()).doesNotContain("\u0000");
        }
        cables++;
      }
    }
    assertThat(cables).isEqualTo(8);
  }

  private static JsonNode show(String id) throws IOException {
    CommandRun show = CommandRun.inProcess("show", "--json", "--data", data.toString(), id);
    assertThat(show.exitCode()).as("cables show %s: %s", id, show.err()).isZero();
    JsonNode cable = JSON.readTree(show.out());
    return cable.has("cable") ? cable.get("cable") : cable;
  }

  private static List<String> codes(JsonNode cable) {
    List<String> codes = new ArrayList<>();
    cable.path("problems").forEach(p -> codes.add(p.get("code").asText()));
    return codes;
  }

  private static String withId(String text, String id) {
    return text.replace("09SAOPAULO487", id).replace("\"4873\"", "\"" + id.substring(10) + "\"");
  }

  /** The row's telegram: its header and body as a file of its own, named by its ID. */
  private static String telegram(String row) {
    int header = row.indexOf("\"VZCZC");
    int body = row.indexOf("\",\"", header);
    return row.substring(header + 1, body) + "\n\n" + row.substring(body + 3, row.lastIndexOf('"')).replace("\\\"", "\"") + "\n";
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SourceEncodingsImportTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
