package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.Statement;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second cables.csv row of a held text that states another classification, origin or created date, through
 * the real {@code cables import}: each statement is kept, counted as a conflict and shown on the cable as a
 * problem, and neither the counts nor the archive depend on {@code --threads} or on how the rows are split
 * between runs. The rows are the 27 real ones of {@code sources/csv/sample-rows.csv}; {@code restated.csv}
 * states each again with another classification, every second one with another origin, every third with
 * another created date (50 rows).
 */
class ConflictingMetadataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ROW_START = Pattern.compile(
      "(?m)^\"(\\d+)\",\"(\\d+)/(\\d+)/(\\d{4}) (\\d+):(\\d\\d)\",\"([^\"]*)\",\"([^\"]*)\",\"([^\"]*)\",");
  private static final int ROWS = 27;
  private static final int RESTATED = 27 + 14 + 9;

  @TempDir Path dir;
  private Path rows;
  private Path restated;

  @BeforeEach
  void writeRows() throws IOException {
    String csv;
    try (InputStream in = ConflictingMetadataTest.class.getResourceAsStream("/sources/csv/sample-rows.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> split = rows(csv);
    assertThat(split).hasSize(ROWS);
    rows = Files.writeString(dir.resolve("rows.csv"), String.join("", split));
    StringBuilder again = new StringBuilder();
    for (int i = 0; i < split.size(); i++) {
      again.append(restate(split.get(i), "classification"));
      if (i % 2 == 0) {
        again.append(restate(split.get(i), "origin"));
      }
      if (i % 3 == 0) {
        again.append(restate(split.get(i), "created"));
      }
    }
    restated = Files.writeString(dir.resolve("restated.csv"), again);
  }

  @Test
  void everyStatementIsKeptAndCountedTheSameWithOneThreadOrFour() throws Exception {
    Path one = dir.resolve("one-thread");
    Path four = dir.resolve("four-threads");

    JsonNode byOne = imported(one, "1", rows, restated);
    JsonNode byFour = imported(four, "4", rows, restated);

    assertThat(byOne.toString()).isEqualTo("{\"read\":" + (ROWS + RESTATED) + ",\"added\":27,\"updated\":0,"
        + "\"versionsAdded\":0,\"conflicts\":50,\"dated\":0,\"unchanged\":0,\"rejected\":0,\"parts\":0}");
    assertThat(byFour).isEqualTo(byOne);
    assertThat(contents(four)).isEqualTo(contents(one));
    assertThat(ArchiveContents.of(four).stats()).isEqualTo(ArchiveContents.of(one).stats())
        .contains("\"cables\":27,\"versions\":" + (ROWS + RESTATED));
  }

  @Test
  void oneRunAndTwoRunsEndAlikeAndImportingAgainChangesNothing() throws Exception {
    Path once = dir.resolve("once");
    Path twice = dir.resolve("twice");
    imported(once, "4", rows, restated);

    assertThat(imported(twice, "4", restated).toString()).isEqualTo("{\"read\":50,\"added\":27,\"updated\":0,"
        + "\"versionsAdded\":0,\"conflicts\":23,\"dated\":0,\"unchanged\":0,\"rejected\":0,\"parts\":0}");
    assertThat(imported(twice, "4", rows).toString()).isEqualTo("{\"read\":27,\"added\":0,\"updated\":0,"
        + "\"versionsAdded\":0,\"conflicts\":27,\"dated\":0,\"unchanged\":0,\"rejected\":0,\"parts\":0}");
    Map<String, ArchivedCable> stored = contents(once);
    assertThat(contents(twice)).isEqualTo(stored);

    assertThat(imported(once, "4", restated, rows).toString()).isEqualTo("{\"read\":77,\"added\":0,\"updated\":0,"
        + "\"versionsAdded\":0,\"conflicts\":0,\"dated\":0,\"unchanged\":77,\"rejected\":0,\"parts\":0}");
    assertThat(contents(once)).isEqualTo(stored);
  }

  @Test
  void theCableShowsTheConflictAndEveryStatementAsAVersion() throws Exception {
    Path data = dir.resolve("data");
    CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), "--no-meaning", rows.toString(),
        restated.toString());
    assertThat(run.err()).contains("read 77, added 27, updated 0, older versions 0, conflicts 50, dated 0, unchanged 0,"
        + " rejected 0").contains("50 releases state other metadata (created, classification or origin) for a text"
        + " already held: each is kept as a version, and the cable shows the conflict as a problem (CONFLICTING_METADATA)");

    CommandRun show = CommandRun.inProcess("show", "--data", data.toString(), "--json", "66BUENOSAIRES2481");
    assertThat(show.exitCode()).as(show.err()).isZero();
    List<String> conflicts = new ArrayList<>();
    JSON.readTree(show.out()).get("problems").forEach(p -> {
      if (p.get("code").asText().equals(Statement.CONFLICT)) {
        conflicts.add(p.get("message").asText());
      }
    });
    assertThat(conflicts).containsExactly(
        "releases of the same text state different created: 1966-12-28 18:06 (restated.csv:1, restated.csv:115,"
            + " rows.csv:1) and 1966-12-28 19:06 (restated.csv:229); each is kept as a version",
        "releases of the same text state different classification: CONFIDENTIAL (restated.csv:1) and UNCLASSIFIED"
            + " (restated.csv:115, restated.csv:229, rows.csv:1); each is kept as a version",
        "releases of the same text state different origin: Embassy Buenos Aires (restated.csv:1, restated.csv:229,"
            + " rows.csv:1) and Embassy Elsewhere (restated.csv:115); each is kept as a version");
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      ArchivedCable found = archive.find(ReferenceId.of("66BUENOSAIRES2481")).orElseThrow();
      assertThat(found.versions()).hasSize(4);
      assertThat(found.versions()).extracting(v -> v.cable().body()).containsOnly(found.cable().body());
    }
  }

  /** {@code cables import --json} with {@code --threads N}, its summary less the time it took. */
  private static JsonNode imported(Path data, String threads, Path... inputs) throws IOException {
    List<String> args = new ArrayList<>(List.of("import", "--data", data.toString(), "--no-meaning", "--threads", threads,
        "--json"));
    for (Path input : inputs) {
      args.add(input.toString());
    }
    CommandRun run = CommandRun.inProcess(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectNode summary = (ObjectNode) JSON.readTree(run.out());
    summary.remove("seconds");
    return summary;
  }

  /** Every cable as {@code find} gives it: its current release with its problems, and every version. */
  private static Map<String, ArchivedCable> contents(Path data) throws IOException {
    Map<String, ArchivedCable> cables = new TreeMap<>();
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      for (String id : ids()) {
        cables.put(id, archive.find(ReferenceId.of(id)).orElseThrow());
      }
    }
    return cables;
  }

  private static List<String> ids() throws IOException {
    try (InputStream in = ConflictingMetadataTest.class.getResourceAsStream("/sources/csv/sample-rows.csv")) {
      Matcher m = ROW_START.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> ids = new ArrayList<>();
      while (m.find()) {
        ids.add(m.group(7));
      }
      return ids;
    }
  }

  /** The rows of a cables.csv, each from its first line to the next row's. */
  private static List<String> rows(String csv) {
    Matcher m = ROW_START.matcher(csv);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      rows.add(csv.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : csv.length()));
    }
    return rows;
  }

  /** The row with one field stated otherwise: an hour later, another classification, another post. */
  private static String restate(String row, String field) {
    Matcher m = ROW_START.matcher(row);
    assertThat(m.lookingAt()).isTrue();
    String created = m.group(2) + "/" + m.group(3) + "/" + m.group(4) + " " + m.group(5) + ":" + m.group(6);
    String classification = m.group(9);
    String origin = m.group(8);
    switch (field) {
      case "created" -> created = m.group(2) + "/" + m.group(3) + "/" + m.group(4) + " " + (Integer.parseInt(m.group(5)) + 1)
          + ":" + m.group(6);
      case "classification" -> classification = classification.startsWith("UNCLASSIFIED") ? "CONFIDENTIAL" : "UNCLASSIFIED";
      default -> origin = "Embassy Elsewhere";
    }
    return "\"" + m.group(1) + "\",\"" + created + "\",\"" + m.group(7) + "\",\"" + origin + "\",\"" + classification + "\","
        + row.substring(m.end());
  }
}
