package org.cablearchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleChartTest {
  @TempDir Path results;

  private void point(long cables, double archiveImport, double p50, double sqliteImport) throws IOException {
    Path dir = results.resolve("scale-" + cables);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("summary.json"), """
        {"cables": %d, "importSeconds": {"archive": %s, "bareLucene": -1.0, "sqlite": %s},
         "query_p50": {"archive": %s, "sqlite": -1.0}, "query_p99": {"archive": 4.0, "sqlite": -1.0},
         "indexMB": {"archive": 150.0, "bareLucene": -1.0, "sqlite": -1.0},
         "cableFirstViewPageRequestsPerSecond": 500.0, "serveStartSeconds": 1.5, "loadAverage": "1.00 1.00 1.00 1/100 42"}
        """.formatted(cables, archiveImport, sqliteImport, p50));
  }

  @Test
  void theCorporaAreReadSmallestFirst() throws IOException {
    point(250_000, 100, 2, 110);
    point(25_000, 10, 1, 11);
    Files.createDirectories(results.resolve("sample"));

    List<JsonNode> points = ScaleChart.points(results);

    assertThat(points).extracting(p -> p.path("cables").asLong()).containsExactly(25_000L, 250_000L);
  }

  @Test
  void growthIsTheExponentOfTheCostInTheNumberOfCables() throws IOException {
    point(25_000, 10, 1, 11);
    point(250_000, 100, 2, -1);
    List<JsonNode> points = ScaleChart.points(results);

    String table = ScaleChart.table(points);

    assertThat(table).contains("| 25,000 | 10.0 / — / 11.0 | 150 / — / — | — / — / — | 1.00 / 4.00 | — | 500 | 1.50 | 1.00 1.00 1.00 1/100 42 |",
        "| import, archive | 1.00 |", "| query p50, archive | 0.30 |", "| import, SQLite FTS5 | — |",
        "| related lists, archive | — |");
  }

  @Test
  void theChartDrawsOnlyWhatWasMeasured() throws IOException {
    point(25_000, 10, 1, 11);
    point(250_000, 100, 2, -1);

    String svg = ScaleChart.svg(ScaleChart.points(results));

    assertThat(svg).startsWith("<svg").contains("import, archive", "query p50, archive", "10,000", "100,000", "1 ms")
        .doesNotContain("bare Lucene");
    assertThat(svg.split("<polyline", -1)).hasSize(1 + 6);
  }

  @Test
  void decadesAreWrittenInTheUnitThatReadsBest() {
    assertThat(List.of(ScaleChart.duration(-4), ScaleChart.duration(-2), ScaleChart.duration(0), ScaleChart.duration(3)))
        .containsExactly("100 µs", "10 ms", "1 s", "1,000 s");
    assertThat(ScaleChart.count(6)).isEqualTo("1,000,000");
  }
}
