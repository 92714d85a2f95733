package org.cablearchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
  private static final List<String> RUN_FILES = List.of("archive-import.time", "archive-index.bytes", "archive-queries.json",
      "bare-lucene.json", "bare-lucene.time", "serve-start.seconds", "sqlite-load.json", "sqlite-load.time",
      "sqlite-queries.json", "wrk-cable.txt", "wrk-search.txt");

  @TempDir Path dir;

  @Test
  void theTablePutsTheSystemsSideBySide() throws IOException {
    String md = report(RUN_FILES);

    assertThat(md).contains(
        "### sample: 6,712 cables, 55 MB of cables.csv",
        "| Wall time (s), median of the runs | 62.5 | 50.0 | 3725.0 |",
        "| Cables/s | 107 | 134 | 2 |",
        "| MB/s of CSV | 0.9 | 1.1 | 0.0 |",
        "| Peak RSS (MB) | 1,024 | 512 | 256 |",
        "| Index size (MB) | 120 | 18 | 91 |",
        "| p50 (ms) | 1.50 | — | 12.00 | — |",
        "| p99 (ms) | 6.00 | — | 25.00 | — |",
        "| cable page (2,000 cables in turn): req/s, mean latency, errors | 4,322, 27.91ms, 5 |",
        "| search page (the 56 queries in turn): req/s, mean latency, errors | 783, 27.91ms, 790 |",
        "| cable page, first views (pages not asked for before in the run): req/s; p99 latency (ms); errors | —; —; — |",
        "| server start until the port answers (s) | 1.23 |",
        "| then until its reference graph is built (s) | — |",
        "| word | 1.25 | 11.00 | — |",
        "| `iran` | 1,138 | 1.25 | 1,140 | 11.00 |");
  }

  @Test
  void theRatiosAreJudgedAgainstTheirTargets() throws IOException {
    String md = report(RUN_FILES);

    assertThat(md).contains(
        "- import time, archive / bare Lucene, median of the pairs: 1.25 (target ≤ 1.25: met)",
        "- query p50, SQLite / archive (times faster): 8.00 (target ≥ 8.0: met)",
        "- query p99, SQLite / archive (times faster): 4.17 (target ≥ 5.0: NOT met)",
        "- query p50 with facets and snippets (ms), median of the runs: 1.50 (target ≤ 2.0: met)",
        "- query p99 with facets and snippets (ms), median of the runs: 6.00 (target ≤ 10.0: met)",
        "- cable page (req/s): 4,321.50 (target ≥ 3,000.0: met)",
        "- search page (req/s): 782.66 (target ≥ 500.0: met)",
        "- cable page, first views, median of the runs (req/s): not measured",
        "- cable page, first views, p99 latency (ms): not measured",
        "- server start until the port answers (s), median of the runs: 1.23 (target ≤ 2.0: met)");
  }

  @Test
  void theImportRatioIsTheMedianOfThePairsRatios() throws IOException {
    List<String> files = new java.util.ArrayList<>(RUN_FILES);
    files.addAll(List.of("archive-import-2.time", "bare-lucene-2.time", "archive-import-3.time", "bare-lucene-3.time"));
    String md = report(files);

    assertThat(md).contains("| Wall time (s), median of the runs | 62.5 | 52.5 | 3725.0 |",
        "Every import run, in the order they ran (archive, bare Lucene, then again twice), wall seconds: archive 62.5, 58.0, 66.0;"
            + " bare Lucene 50.0, 52.5, 55.0. Archive / bare Lucene, each pair: 1.20 (median of 3: 1.10–1.25, spread 12%).",
        "- import time, archive / bare Lucene, median of the pairs: 1.20 (target ≤ 1.25: met)");
  }

  @Test
  void queryFiguresAreTheMediansOfTheirRuns() throws IOException {
    List<String> files = new java.util.ArrayList<>(RUN_FILES);
    files.addAll(List.of("archive-queries-2.json", "archive-queries-3.json"));
    String md = report(files);

    assertThat(md).contains("| p50 (ms) | 1.80 | — | 12.00 | — |", "| p99 (ms) | 6.00 | — | 25.00 | — |",
        "The archive's figures are the medians of its runs, a JVM each; p50 with snippets: 1.80 (median of 3: 1.50–2.10, spread 33%).",
        "- query p50, SQLite / archive (times faster): 6.67 (target ≥ 8.0: NOT met)",
        "- query p50 with facets and snippets (ms), median of the runs: 1.80 (target ≤ 2.0: met)",
        "- query p99 with facets and snippets (ms), median of the runs: 6.00 (target ≤ 10.0: met)",
        "Each run of the archive's mix warmed up until the compiler was quiet: 104 rounds, then 120 ms compiling in the"
            + " measured ones; 98 rounds, then 64 ms compiling in the measured ones.");
  }

  @Test
  void firstViewsAreTheMedianOfTheirRunsWithTheSpread() throws IOException {
    List<String> files = new java.util.ArrayList<>(RUN_FILES);
    files.addAll(List.of("wrk-cable-first-1.txt", "wrk-cable-first-2.txt", "wrk-cable-first-3.txt"));
    String md = report(files);

    assertThat(md).contains(
        "| cable page, first views (pages not asked for before in the run): req/s; p99 latency (ms); errors |"
            + " 3,100 (median of 3: 2,900–3,313, spread 13%); 48.0 (median of 3: 31.2–1020.0, spread 2060%); 0"
            + " (some pages were asked for twice: the list was too short) |",
        "- cable page, first views, median of the runs (req/s): 3,100.00 (target ≥ 3,000.0: met)",
        "- cable page, first views, p99 latency (ms): 48.00 (target ≤ 50.0: met)",
        "- cable page, first views, spread of the runs: 0.13 (target ≤ 0.15: met)");
  }

  @Test
  void theStartIsTheMedianOfThreeStarts() throws IOException {
    List<String> files = new java.util.ArrayList<>(RUN_FILES);
    files.addAll(List.of("serve-start-2.seconds", "serve-start-3.seconds"));
    String md = report(files);

    assertThat(md).contains("| server start until the port answers (s) | 1.87 (median of 3: 1.23–2.04, spread 43%) |",
        "- server start until the port answers (s), median of the runs: 1.87 (target ≤ 2.0: met)");
  }

  @Test
  void aStepThatDidNotRunIsAMissingFigure() throws IOException {
    String md = report(List.of("bare-lucene.json", "bare-lucene.time", "sqlite-queries.json"));

    assertThat(md).contains("| Wall time (s), median of the runs | — | 50.0 | — |",
        "- import time, archive / bare Lucene, median of the pairs: not measured",
        "| p50 (ms) | — | — | 12.00 | — |");
  }

  private String report(List<String> files) throws IOException {
    for (String name : files) {
      try (InputStream in = getClass().getResourceAsStream("run/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    BenchReport.main(new String[] {dir.toString(), "sample"});
    return Files.readString(dir.resolve("results.md"));
  }
}
