package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.web.ReadingRoom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it, over the bundled sample of real cables. */
class CommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
  private static final Path SEED = SAMPLES.resolve("09MEXICO3093-page.txt");

  @TempDir static Path temp;
  static Path data;
  static List<JsonNode> parsed;

  @BeforeAll
  static void importSample() throws IOException {
    CliRun parse = CliRun.of("parse", SAMPLES.resolve("demo-cables.tar.xz").toString(), SEED.toString());
    assertThat(parse.exitCode()).as(parse.err()).isZero();
    parsed = new ArrayList<>();
    for (String line : parse.out().split("\n")) {
      parsed.add(JSON.readTree(line));
    }
    data = temp.resolve("data");
    CliRun imported = CliRun.of("import", "--json", "--data", data.toString(),
        SAMPLES.resolve("demo-cables.tar.xz").toString(), SEED.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  /** The latest release of each cable, computed from the parse output alone. */
  private static List<JsonNode> currentVersions() {
    Map<String, JsonNode> latest = new TreeMap<>();
    for (JsonNode c : parsed) {
      latest.merge(c.get("id").asText(), c,
          (a, b) -> a.get("released").asText().compareTo(b.get("released").asText()) >= 0 ? a : b);
    }
    return new ArrayList<>(latest.values());
  }

  @Test
  void parsesTheSeedPage() throws IOException {
    CliRun run = CliRun.of("parse", SEED.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode c = JSON.readTree(run.out());
    assertThat(c.get("id").asText()).isEqualTo("09MEXICO3093");
    assertThat(c.get("created").asText()).isEqualTo("2009-10-27T22:38:00Z");
    assertThat(c.get("released").asText()).isEqualTo("2011-08-30T01:44:00Z");
    assertThat(c.get("classification").asText()).isEqualTo("CONFIDENTIAL");
    assertThat(c.get("origin").asText()).isEqualTo("Embassy Mexico");
    assertThat(c.get("tags").toString()).isEqualTo("[\"PREL\",\"PGOV\",\"PINR\",\"MX\"]");
    assertThat(c.get("references").findValuesAsText("id")).containsExactly("09MEXICO2463", "08MEXICO3595");
    assertThat(c.get("paragraphs")).hasSize(12);
    assertThat(c.get("info")).hasSize(10);
    assertThat(c.get("signers").toString()).isEqualTo("[\"FEELEY\"]");
  }

  @Test
  void importingTheSameInputAgainChangesNothing() throws IOException {
    CliRun again = CliRun.of("import", "--json", "--data", data.toString(),
        SAMPLES.resolve("demo-cables.tar.xz").toString(), SEED.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    JsonNode summary = JSON.readTree(again.out());
    assertThat(summary.get("read").asLong()).isEqualTo(parsed.size());
    assertThat(summary.get("unchanged").asLong()).isEqualTo(parsed.size());
    assertThat(summary.get("added").asLong()).isZero();
    assertThat(summary.get("updated").asLong()).isZero();
    assertThat(summary.get("versionsAdded").asLong()).isZero();
  }

  @Test
  void searchCountsWhatTheParsedCablesSay() throws IOException {
    long prel = currentVersions().stream().filter(c -> c.get("tags").toString().toUpperCase(java.util.Locale.ROOT).contains("\"PREL\"")).count();
    CliRun run = CliRun.of("search", "--json", "--facets", "--histogram", "year", "--data", data.toString(), "tag:PREL");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("total").asLong()).isEqualTo(prel);
    assertThat(result.get("facets").get("classification")).isNotEmpty();
    long facetSum = 0;
    for (JsonNode f : result.get("facets").get("classification")) {
      facetSum += f.get("count").asLong();
    }
    assertThat(facetSum).isEqualTo(prel);
    long histogramSum = 0;
    for (JsonNode b : result.get("histogram")) {
      histogramSum += b.get("count").asLong();
    }
    assertThat(histogramSum).isEqualTo(prel);
  }

  @Test
  void showsACableByAnySpellingWithItsVersions() throws IOException {
    CliRun run = CliRun.of("show", "--json", "--data", data.toString(), "09 MEXICO 3093");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode c = JSON.readTree(run.out());
    assertThat(c.get("id").asText()).isEqualTo("09MEXICO3093");
    assertThat(c.get("versions")).hasSize(1);
    assertThat(c.get("versions").get(0).get("released").asText()).isEqualTo("2011-08-30T01:44:00Z");
    assertThat(c.has("citedBy")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"09MEXICO3093", "10TRIPOLI95"})
  void showJsonIsWhatTheApiAnswers(String id) throws Exception {
    CliRun show = CliRun.of("show", "--json", "--data", data.toString(), id);
    assertThat(show.exitCode()).as(show.err()).isZero();
    try (Archive archive = LuceneArchive.openReadOnly(data); ReadingRoom room = ReadingRoom.start(archive, "127.0.0.1", 0)) {
      HttpResponse<String> api = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + room.port() + "/api/cables/" + id)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(200);
      assertThat(show.out()).isEqualTo(api.body() + System.lineSeparator());
    }
    assertThat(JSON.readTree(show.out()).get("versions").size()).isEqualTo(id.equals("10TRIPOLI95") ? 2 : 1);
  }

  @Test
  void statsAddUp() throws IOException {
    CliRun run = CliRun.of("stats", "--json", "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode s = JSON.readTree(run.out());
    long distinct = parsed.stream().map(c -> c.get("id").asText()).distinct().count();
    assertThat(s.get("cables").asLong()).isEqualTo(distinct);
    long byClassification = 0;
    for (JsonNode n : s.get("byClassification")) {
      byClassification += n.asLong();
    }
    assertThat(byClassification).isEqualTo(distinct);
    assertThat(s.get("versions").asLong()).isGreaterThan(distinct);
  }

  @Test
  void generateCountsTheMegabytesItWrote() throws IOException {
    Path csv = temp.resolve("generated.csv");
    CliRun run = CliRun.of("generate", "--cables", "2000", "--seed", "1", csv.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.size(csv) / 1_000_000).isEqualTo(15);
    // not on a terminal: no progress line, only what was done
    assertThat(run.err()).isEqualTo("wrote 2,000 cables (16.0 MB) to " + csv + System.lineSeparator());
  }

  @Test
  void aQuerySyntaxErrorIsOneLineWithItsPosition() {
    CliRun run = CliRun.of("search", "--data", data.toString(), "tag:(PREL");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("cables search: query error at position").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void badInputIsReportedWithFileAndLineAndTheRunGoesOn() throws IOException {
    Path bad = temp.resolve("broken.csv");
    Files.writeString(bad, "\"1\",\"12/28/1966 18:06\",\"66BUENOSAIRES2481\n");
    CliRun run = CliRun.of("parse", bad.toString(), SEED.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(bad + ":1: ");
    assertThat(run.out()).contains("\"id\":\"09MEXICO3093\"");
  }

  @Test
  void aFileThatIsNoCablePageIsNamedOnceWithItsLine() throws IOException {
    Path page = temp.resolve("not-a-cable.html");
    Files.writeString(page, "<html><body>Nothing here</body></html>\n");
    CliRun run = CliRun.of("parse", page.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(page + ":1: not a cable page (no cable table, no <pre> blocks)");
  }

  /** import rejects what is not a cable; parse, by the same rule, prints nothing for it and exits 1. */
  @Test
  void parseRefusesWhatImportRejects() throws IOException {
    Path junk = temp.resolve("junk.txt");
    Files.writeString(junk, "hello\n");
    Path png = temp.resolve("picture.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    for (Path file : List.of(junk, png)) {
      CliRun run = CliRun.of("parse", file.toString());
      assertThat(run.exitCode()).as(file.toString()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().strip()).isEqualTo(file + ":1: no reference ID could be read");
      CliRun strict = CliRun.of("parse", "--strict", file.toString());
      assertThat(strict.exitCode()).isEqualTo(1);
      assertThat(strict.err().strip()).isEqualTo(file + ":1: no reference ID could be read");
    }
  }

  @Test
  void strictProblemsNameLinesOfTheFileFromOne() throws IOException {
    Path noTags = temp.resolve("no-tags.txt");
    Files.writeString(noTags, Files.readString(SEED).replaceFirst("(?m)^TAGS:.*\n", ""));
    CliRun run = CliRun.of("parse", "--strict", noTags.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(": NO_TAGS: ");
    for (String line : run.err().strip().split("\n")) {
      assertThat(line).matches(java.util.regex.Pattern.quote(noTags.toString()) + ":[1-9]\\d*: 09MEXICO3093: [A-Z_]+: .+");
    }
  }

  @Test
  void searchAndThePagesShareOneVocabularyAndOneSetOfLimits() {
    CliRun zero = CliRun.of("search", "--data", data.toString(), "--limit", "0", "merida");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err().strip()).isEqualTo("cables search: --limit must be a number from 1 to 100, not 0");
    CliRun sorted = CliRun.of("search", "--json", "--data", data.toString(), "--sort", "created-asc", "--limit", "2", "merida");
    assertThat(sorted.exitCode()).as(sorted.err()).isZero();
    CliRun old = CliRun.of("search", "--data", data.toString(), "--sort", "cited", "merida");
    assertThat(old.exitCode()).isEqualTo(2);
    assertThat(old.err().strip()).isEqualTo("cables search: unknown --sort 'cited'; use one of relevance, created-asc, created-desc,"
        + " released-asc, released-desc, cited-desc, rank");
    CliRun longQuery = CliRun.of("search", "--data", data.toString(), "a".repeat(1001));
    assertThat(longQuery.exitCode()).isEqualTo(1);
    assertThat(longQuery.err()).contains("query is longer than 1000 characters");
  }

  @Test
  void serveRefusesAPortThatIsNoPortInOneLine() {
    CliRun run = CliRun.of("serve", "--data", data.toString(), "--port", "99999");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("cables serve: --port must be a number from 0 to 65535, not 99999");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("parse", "--format", "pdf", SEED.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("cables parse: unknown format 'pdf'; use one of html, csv, telegram, page-text, jsonl");
  }

  @Test
  void anArchiveImportedWithoutMeaningSearchesByWordsSaysHowToAddVectorsAndEmbedAddsThem() throws IOException {
    String plain = temp.resolve("plain").toString();
    assertThat(CliRun.of("import", "--no-meaning", "--data", plain, SEED.toString()).exitCode()).isZero();
    CliRun stats = CliRun.of("stats", "--data", plain);
    assertThat(stats.out()).contains("0 of 1 cables have meaning vectors (all-MiniLM-L6-v2-q/opening-128/v1); add the rest"
        + " with: cables embed --data " + plain);
    CliRun meaning = CliRun.of("search", "--mode", "meaning", "--data", plain, "judicial", "reform");
    assertThat(meaning.exitCode()).isEqualTo(1);
    assertThat(meaning.err()).isEqualTo("cables search: query error: no cable in this archive has a meaning vector yet:"
        + " add them with cables embed\n");
    CliRun both = CliRun.of("search", "--json", "--mode", "both", "--data", plain, "merida");
    assertThat(JSON.readTree(both.out()).get("total").asLong()).isEqualTo(1);

    CliRun embed = CliRun.of("embed", "--json", "--data", plain);
    assertThat(embed.exitCode()).as(embed.err()).isZero();
    JsonNode embedded = JSON.readTree(embed.out());
    assertThat(embedded.get("embedded").asLong()).isEqualTo(1);
    assertThat(embedded.get("cables").asLong()).isEqualTo(1);
    CliRun again = CliRun.of("embed", "--data", plain);
    assertThat(again.err()).isEqualTo("all 1 cables have their meaning vectors (all-MiniLM-L6-v2-q/opening-128/v1)\n");
    CliRun found = CliRun.of("search", "--mode", "meaning", "--data", plain, "judicial", "reform");
    assertThat(found.exitCode()).isZero();
    assertThat(found.out()).startsWith("1 cable found by meaning\n\n09MEXICO3093").contains("  ≈ ¶");
    assertThat(CliRun.of("stats", "--json", "--data", plain).out()).contains(
        "\"meaning\":{\"model\":\"all-MiniLM-L6-v2-q/opening-128/v1\",\"cables\":1,\"withMeaning\":1}");
  }

  @Test
  void anImportStoresEveryCablesRelatedCablesAndRelateStoresThoseOfAnImportWithoutThem() throws IOException {
    CliRun done = CliRun.of("relate", "--json", "--data", data.toString());
    assertThat(done.exitCode()).as(done.err()).isZero();
    long cables = JSON.readTree(CliRun.of("stats", "--json", "--data", data.toString()).out()).get("cables").asLong();
    assertThat(JSON.readTree(done.out()).get("stored").asLong()).isZero();
    assertThat(JSON.readTree(done.out()).get("cables").asLong()).isEqualTo(cables);

    String without = temp.resolve("without-related").toString();
    CliRun imported = CliRun.of("import", "--no-meaning", "--no-related", "--data", without,
        SAMPLES.resolve("demo-cables.tar.xz").toString(), SEED.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).doesNotContain("related");
    CliRun relate = CliRun.of("relate", "--json", "--data", without);
    assertThat(relate.exitCode()).as(relate.err()).isZero();
    assertThat(JSON.readTree(relate.out()).get("stored").asLong()).isEqualTo(cables);
    CliRun again = CliRun.of("relate", "--data", without);
    assertThat(again.err()).isEqualTo("all " + cables + " cables have their related cables stored\n");
  }

  @Test
  void aSearchModeMustBeOneOfThree() {
    CliRun run = CliRun.of("search", "--mode", "vibes", "--data", data.toString(), "merida");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--mode takes words, meaning or both, not 'vibes'");
  }

  @Test
  void readingCommandsSayWhenThereIsNoArchive() {
    CliRun run = CliRun.of("stats", "--data", temp.resolve("nothing-here").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no archive at").contains("./cables import");
  }

  @Test
  void searchSaysWhenAWholeValueMatchesNothingAndWhatExists() throws IOException {
    CliRun run = CliRun.of("search", "--data", data.toString(), "origin:Embassy Mexico");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("0 cables");
    assertThat(run.err()).startsWith("cables search: origin:Embassy matches no cable: origin values are matched whole."
        + " Did you mean origin:\"Embassy Mexico\" (");
    JsonNode json = JSON.readTree(CliRun.of("search", "--json", "--data", data.toString(), "origin:mexico").out());
    assertThat(json.get("unmatched").get(0).get("suggestions").get(0).get("query").asText()).isEqualTo("origin:\"Embassy Mexico\"");
  }

  @Test
  void serveRefusesABaseUrlThatIsNotSchemeAndHost() {
    CliRun path = CliRun.of("serve", "--data", data.toString(), "--base-url", "https://example.org/cables");
    assertThat(path.exitCode()).isEqualTo(2);
    assertThat(path.err().strip()).isEqualTo("cables serve: --base-url: the base URL must be scheme://host[:port] only:"
        + " the reading room is served at the root of its address");
    CliRun both = CliRun.of("demo", "--base-url", "https://cables.example.org", "--trust-proxy");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err().strip()).isEqualTo("cables demo: give either --base-url (one fixed address) or --trust-proxy (the proxy's), not both");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "import", "reparse", "embed", "relate", "export", "parse", "search", "show", "stats", "serve", "generate", "solr-init"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cables " + command);
  }

  @Test
  void exportWritesEveryCurrentCableAndItsCsvImportsBackTheSame() throws IOException {
    CliRun jsonl = CliRun.of("export", "--data", data.toString());
    assertThat(jsonl.exitCode()).as(jsonl.err()).isZero();
    List<String> ids = new ArrayList<>();
    for (String line : jsonl.out().split("\n")) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(currentVersions().stream().map(c -> c.get("id").asText()).toList());
    assertThat(jsonl.err()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d cables written%n", ids.size()));

    Path csv = temp.resolve("export.csv");
    CliRun written = CliRun.of("export", "--format", "csv", "--out", csv.toString(), "--data", data.toString(), "tag:PREL");
    assertThat(written.exitCode()).as(written.err()).isZero();
    Path again = temp.resolve("again");
    assertThat(CliRun.of("import", "--data", again.toString(), csv.toString()).exitCode()).isZero();
    CliRun prel = CliRun.of("search", "--json", "--data", data.toString(), "tag:PREL");
    CliRun back = CliRun.of("search", "--json", "--data", again.toString(), "*:*");
    assertThat(JSON.readTree(back.out()).get("total").asLong()).isEqualTo(JSON.readTree(prel.out()).get("total").asLong());
  }

  @Test
  void exportWritesTheReferenceGraphAndRefusesWhatItCannotWrite() throws IOException {
    CliRun graph = CliRun.of("export", "--format", "graphml", "--data", data.toString());
    assertThat(graph.exitCode()).as(graph.err()).isZero();
    assertThat(graph.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")
        .contains("<graph id=\"references\" edgedefault=\"directed\">").contains("<edge id=\"e0\" source=\"");
    CliRun bad = CliRun.of("export", "--format", "xml", "--data", data.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip()).isEqualTo("cables export: --format must be jsonl, csv or graphml, not \"xml\"");
  }

  @Test
  void printsItsVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.out()).startsWith("cables 0.1.0");
  }
}
