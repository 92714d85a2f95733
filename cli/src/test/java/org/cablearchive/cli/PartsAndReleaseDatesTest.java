package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cablearchive.archive.PublishedParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import, show and reparse as a user runs them on the release's sections published on their own (real
 * pages, and the same cables as cables.csv rows), release dates given at import, and an archive built by
 * the previous version.
 */
class PartsAndReleaseDatesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PARTS = "/org/cablearchive/archive/parts/";

  @TempDir static Path temp;
  static Path pages;
  static Path csv;

  @BeforeAll
  static void copyFixtures() throws IOException {
    pages = temp.resolve("pages");
    for (String page : PublishedParts.PAGES) {
      Path file = pages.resolve("cable").resolve(page);
      Files.createDirectories(file.getParent());
      try (InputStream in = PublishedParts.class.getResourceAsStream(PARTS + page)) {
        Files.copy(in, file);
      }
    }
    csv = temp.resolve("cables.csv");
    try (InputStream in = PublishedParts.class.getResourceAsStream(PARTS + "cables.csv")) {
      Files.copy(in, csv);
    }
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void everyPageIsADocumentAndTheImportSaysHowManyAreSections() throws IOException {
    Path data = temp.resolve("pages-data");
    CliRun imported = CliRun.of("import", "--data", data.toString(), pages.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("read 8, added 8, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 0 in ")
        .contains("5 of them are sections of a telegram published on their own, kept under their published IDs");
    assertThat(json(CliRun.of("stats", "--json", "--data", data.toString())).get("cables").asLong()).isEqualTo(8);

    CliRun part = CliRun.of("show", "--data", data.toString(), "08SCTION02OF02SAOPAULO335");
    assertThat(part.exitCode()).as(part.err()).isZero();
    assertThat(part.out()).startsWith("""
        Cable 08SCTION02OF02SAOPAULO335: AMBASSADOR DISCUSSES BRAZILIAN OIL CONCESSION MODEL WITH DELFIM NETTO
        Created 2008-06-26T09:09:00Z  Released 2011-01-20T00:12:00Z  CONFIDENTIAL  Consulate Sao Paulo
        Section 2 of 2 of telegram 08SAOPAULO335, published on its own; its sections in the release:
          SECTION 1 OF 2  08SAOPAULO335 (the telegram's own text)
          SECTION 2 OF 2  08SCTION02OF02SAOPAULO335 (published on its own)
        """);
    assertThat(json(CliRun.of("show", "--json", "--data", data.toString(), "08sction02of02saopaulo335")).get("part").asBoolean())
        .isTrue();

    CliRun sections = CliRun.of("show", "--data", data.toString(), "09SANJOSE525");
    assertThat(sections.exitCode()).as(sections.err()).isZero();
    assertThat(sections.out()).isEqualTo("""
        The archive holds 09SANJOSE525 only as sections published on their own:
          SECTION 1 OF 3  09SECTION01OF03SANJOSE525 (published on its own)
          SECTION 2 OF 3  not in the release
          SECTION 3 OF 3  not in the release
        """);
    assertThat(json(CliRun.of("show", "--json", "--data", data.toString(), "09 SAN JOSE 525")).toString())
        .isEqualTo("{\"id\":\"09SANJOSE525\",\"sections\":3,\"documents\":[{\"id\":\"09SECTION01OF03SANJOSE525\",\"part\":true,"
            + "\"section\":{\"number\":1,\"of\":3},\"holds\":[1],\"mayHoldMore\":false}],\"missing\":[2,3]}");
  }

  @Test
  void aDateGivenAtImportIsShownAsGivenAndAPageStatingItsOwnReplacesIt() throws IOException {
    Path data = temp.resolve("csv-data");
    JsonNode fromCsv = json(CliRun.of("import", "--json", "--released", "2011-09-02", "--data", data.toString(), csv.toString()));
    assertThat(fromCsv.toString()).startsWith("{\"read\":8,\"added\":8,\"updated\":0,\"versionsAdded\":0,\"conflicts\":0,\"dated\":0,"
        + "\"unchanged\":0,\"rejected\":0,\"parts\":5,");
    JsonNode shown = json(CliRun.of("show", "--json", "--data", data.toString(), "08SAOPAULO335"));
    assertThat(shown.get("released").asText()).isEqualTo("2011-09-02T00:00:00Z");
    assertThat(shown.get("releasedGiven").asBoolean()).isTrue();
    assertThat(shown.get("versions").get(0).get("releasedGiven").asBoolean()).isTrue();
    assertThat(CliRun.of("show", "--data", data.toString(), "08SAOPAULO335").out())
        .contains("Released 2011-09-02T00:00:00Z (given at import)");

    JsonNode fromPages = json(CliRun.of("import", "--json", "--data", data.toString(), pages.toString()));
    // the Tripoli pages hold the text of their cables.csv rows: their dates replace the one given; the six other
    // pages link their tags, which cables.csv does not, so their texts are older versions of the release given
    assertThat(fromPages.toString()).startsWith("{\"read\":8,\"added\":0,\"updated\":0,\"versionsAdded\":6,\"conflicts\":0,\"dated\":2,"
        + "\"unchanged\":0,\"rejected\":0,\"parts\":5,");
    JsonNode dated = json(CliRun.of("show", "--json", "--data", data.toString(), "09TRIPOLI583"));
    assertThat(dated.get("released").asText()).isEqualTo("2011-01-31T21:09:00Z");
    assertThat(dated.get("releasedGiven").asBoolean()).isFalse();
    assertThat(dated.get("versions")).hasSize(1);
    assertThat(dated.get("versions").get(0).get("source").get("format").asText()).isEqualTo("html");
    JsonNode both = json(CliRun.of("show", "--json", "--data", data.toString(), "08SAOPAULO335"));
    assertThat(both.get("releasedGiven").asBoolean()).isTrue();
    assertThat(both.get("versions").findValuesAsText("released")).containsExactly("2011-01-20T00:12:00Z", "2011-09-02T00:00:00Z");
    assertThat(both.get("versions").findValuesAsText("releasedGiven")).containsExactly("false", "true");
  }

  @Test
  void aReleaseDateThatIsNoDateIsAUsageError() {
    CliRun run = CliRun.of("import", "--released", "2 September 2011", "--data", temp.resolve("unused").toString(), csv.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'2 September 2011' is not a date (2011-09-02) or a date-time (2011-09-02T12:00Z)");
    assertThat(Files.exists(temp.resolve("unused"))).isFalse();
  }

  @Test
  void anArchiveOfThePreviousVersionIsReadWithANoteRefusedForImportsAndReparsed() throws IOException {
    Path data = temp.resolve("old-data");
    try (InputStream in = PublishedParts.class.getResourceAsStream("/org/cablearchive/archive/lucene/layout4-archive.zip");
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          Files.createDirectories(data.resolve(entry.getName()).getParent());
          Files.copy(zip, data.resolve(entry.getName()));
        }
      }
    }
    String note = "the archive in " + data + " was built by an earlier version of Cable Archive (layout 4: sections"
        + " published on their own are kept as versions of their telegram, cables lack their headings and subject"
        + " markings, and the pages of people, posts and threads know none of them); bring it up to date with: cables"
        + " reparse --data " + data;
    CliRun stats = CliRun.of("stats", "--json", "--data", data.toString());
    assertThat(stats.err()).isEqualTo("cables: note: " + note + System.lineSeparator());
    assertThat(json(stats).get("cables").asLong()).isEqualTo(5);

    CliRun refused = CliRun.of("import", "--data", data.toString(), pages.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).isEqualTo("cables import: " + note.replace("; bring it up to date with:",
        "; nothing can be stored into it until it is brought up to date with:") + System.lineSeparator());

    CliRun reparse = CliRun.of("reparse", "--data", data.toString());
    assertThat(reparse.exitCode()).as(reparse.err()).isZero();
    assertThat(reparse.err()).startsWith("reading again 8 releases of 5 documents stored by an earlier version")
        .contains("read again 8 releases in ").contains(": 5 documents before, 8 now")
        .contains("stored the related cables of 8 cables in ");
    CliRun after = CliRun.of("stats", "--json", "--data", data.toString());
    assertThat(after.err()).isEmpty();
    assertThat(json(after).get("cables").asLong()).isEqualTo(8);
    assertThat(json(CliRun.of("import", "--json", "--data", data.toString(), pages.toString())).get("unchanged").asLong())
        .isEqualTo(8);
    CliRun again = CliRun.of("reparse", "--data", data.toString());
    assertThat(again.err()).isEqualTo("the archive in " + data + " is up to date: nothing to read again" + System.lineSeparator());
  }
}
