package org.cablearchive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code BenchReport RESULTS_DIR LABEL}: turns the files one run wrote into {@code results.md} (the
 * side-by-side table, the ratios against their targets, per-kind latencies and per-query totals)
 * and {@code summary.json}, and prints the ratios.
 */
public final class BenchReport {
  static final double IMPORT_TARGET = 1.25;
  /**
   * The imports each run makes, alternating archive and bare Lucene: the ratio is the median of the
   * pairs' ratios (archive run i against bare Lucene run i, taken back to back).
   */
  private static final List<String> ARCHIVE_IMPORTS = List.of("archive-import.time", "archive-import-2.time", "archive-import-3.time");
  private static final List<String> BARE_IMPORTS = List.of("bare-lucene.time", "bare-lucene-2.time", "bare-lucene-3.time");
  /** The query mix's runs, a JVM each: its figures are their medians. */
  private static final List<String> QUERY_RUNS = List.of("", "-2", "-3");
  static final double P50_TARGET = 8;
  static final double INDEX_SIZE_TARGET = 0.8;
  static final double P50_MS_TARGET = 2;
  static final double P99_MS_TARGET = 10;
  static final double CABLE_PAGE_TARGET = 3000;
  static final double SEARCH_PAGE_TARGET = 500;
  static final double FIRST_VIEW_TARGET = 3000;
  static final double FIRST_VIEW_P99_MS_TARGET = 50;
  static final double FIRST_VIEW_SPREAD_TARGET = 0.15;
  /** wrk's three runs of first views (bench/wrk/first-views.lua); without wrk, one run with curl. */
  private static final List<String> FIRST_VIEW_RUNS = List.of("wrk-cable-first-1.txt", "wrk-cable-first-2.txt", "wrk-cable-first-3.txt");
  private static final String FIRST_VIEW_CURL = "wrk-cable-first.txt";
  static final double START_SECONDS_TARGET = 2;
  /** The server's three timed starts, each until its front page answers. */
  private static final List<String> STARTS = List.of("serve-start.seconds", "serve-start-2.seconds", "serve-start-3.seconds");
  static final double P99_TARGET = 5;
  static final double MEANING_P50_MS_TARGET = 15;
  static final double MEANING_P99_MS_TARGET = 40;
  static final double MEANING_BYTES_PER_CABLE_TARGET = 1024;
  static final double EMBED_MINUTES_TARGET = 45;

  private final RunFigures run;
  private final String label;
  private final StringBuilder md = new StringBuilder();
  private final Map<String, Object> summary = new LinkedHashMap<>();

  private BenchReport(Path dir, String label) {
    this.run = new RunFigures(dir);
    this.label = label;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchReport RESULTS_DIR LABEL");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    BenchReport report = new BenchReport(dir, args[1]);
    report.build();
    Files.writeString(dir.resolve("results.md"), report.md);
    JsonFile.write(dir.resolve("summary.json"), report.summary);
    System.out.print(args[1] + ":\n" + report.ratios());
  }

  private void build() throws IOException {
    Optional<JsonNode> bare = run.json("bare-lucene.json");
    long cables = bare.map(b -> b.path("cables").asLong())
        .or(() -> jsonOrEmpty("archive-import.json").map(a -> a.path("added").asLong())).orElse(0L);
    // bench/run writes the CSV's size itself: a run without bare Lucene (--meaning) has no other record of it
    double csvMb = run.number("csv.bytes").or(() -> bare.map(b -> b.path("csvBytes").asDouble()))
        .map(bytes -> bytes / 1e6).orElse(0.0);
    summary.put("corpus", label);
    summary.put("cables", cables);
    summary.put("csvMB", csvMb);
    md.append(String.format(Locale.ROOT, "### %s: %,d cables, %.0f MB of cables.csv%n%n", label, cables, csvMb));
    run.text("load.txt").ifPresent(t -> md.append("Load average when the run started: ").append(t.strip()).append("\n\n"));
    importTable(cables, csvMb);
    queryTable();
    webTable();
    meaningTable(cables);
    md.append("\nRatios against their targets:\n\n").append(ratios());
    kindTable();
    totalsTable();
  }

  private void importTable(long cables, double csvMb) throws IOException {
    md.append("| Import | Archive (`cables import`) | Bare Lucene | SQLite FTS5 |\n|---|---:|---:|---:|\n");
    List<Optional<Double>> wall = List.of(walls(ARCHIVE_IMPORTS).map(RepeatedRuns::median),
        walls(BARE_IMPORTS).map(RepeatedRuns::median), run.wallSeconds("sqlite-load.time"));
    row("Wall time (s), median of the runs", wall, "%.1f");
    row("Cables/s", wall.stream().map(w -> w.map(s -> cables / s)).toList(), "%,.0f");
    row("MB/s of CSV", wall.stream().map(w -> w.map(s -> csvMb / s)).toList(), "%.1f");
    row("Peak RSS (MB)", List.of(run.peakRssMb("archive-import.time"), run.peakRssMb("bare-lucene.time"), run.peakRssMb("sqlite-load.time")), "%,.0f");
    row("Index size (MB)", List.of(run.number("archive-index.bytes").map(b -> b / 1e6),
        run.json("bare-lucene.json").map(j -> j.path("indexBytes").asDouble() / 1e6),
        run.json("sqlite-load.json").map(j -> j.path("indexBytes").asDouble() / 1e6)), "%,.0f");
    Optional<Double> pages = run.wallSeconds("archive-pages-import.time");
    if (pages.isPresent()) {
      md.append(String.format(Locale.ROOT, "%nArchive import of the same cables as HTML pages (cable-pages.tar.xz, read in place): %.1f s, peak RSS %,.0f MB%n",
          pages.get(), run.peakRssMb("archive-pages-import.time").orElse(0.0)));
    }
    md.append("\nEvery import run, in the order they ran (archive, bare Lucene, then again twice), wall seconds: archive ")
        .append(runs(ARCHIVE_IMPORTS)).append("; bare Lucene ").append(runs(BARE_IMPORTS)).append(".");
    importRatios().ifPresent(r -> md.append(" Archive / bare Lucene, each pair: ").append(r.describe("%.2f")).append('.'));
    md.append('\n');
    run.json("archive-import.json").ifPresent(j -> md.append("\nArchive import summary: `").append(j.toString()).append("`\n"));
    relatedFigure("related", "after the import");
    relatedFigure("related-meaning", "after cables embed, with meaning vectors");
    summary.put("importSeconds", Map.of("archive", wall.get(0).orElse(-1.0),
        "bareLucene", wall.get(1).orElse(-1.0), "sqlite", wall.get(2).orElse(-1.0)));
    summary.put("importPeakRssMB", Map.of("archive", run.peakRssMb("archive-import.time").orElse(-1.0),
        "bareLucene", run.peakRssMb("bare-lucene.time").orElse(-1.0), "sqlite", run.peakRssMb("sqlite-load.time").orElse(-1.0)));
    summary.put("indexMB", Map.of("archive", run.number("archive-index.bytes").map(b -> b / 1e6).orElse(-1.0),
        "bareLucene", run.json("bare-lucene.json").map(j -> j.path("indexBytes").asDouble() / 1e6).orElse(-1.0),
        "sqlite", run.json("sqlite-load.json").map(j -> j.path("indexBytes").asDouble() / 1e6).orElse(-1.0)));
    run.text("load.txt").ifPresent(t -> summary.put("loadAverage", t.strip()));
    md.append('\n');
  }

  /**
   * The pass storing each cable's related cables ({@code cables relate}), timed apart from the import so that
   * the import's ratio to bare Lucene compares the same work.
   */
  private void relatedFigure(String name, String when) throws IOException {
    Optional<JsonNode> related = run.json(name + ".json");
    Optional<Double> wall = run.wallSeconds(name + ".time");
    if (related.isEmpty() || wall.isEmpty()) {
      return;
    }
    long stored = related.get().path("stored").asLong();
    md.append(String.format(Locale.ROOT, "%nRelated cables worked out and stored (`cables relate`, %s): %,d cables in %.1f s wall"
        + " (%.2f ms a cable), peak RSS %,.0f MB, index %s MB after; load average %s%n", when, stored, wall.get(),
        stored == 0 ? 0 : wall.get() * 1000 / stored, run.peakRssMb(name + ".time").orElse(0.0),
        run.number(name + "-index.bytes").map(b -> String.format(Locale.ROOT, "%,.0f", b / 1e6)).orElse("—"),
        run.text(name + "-load.txt").map(String::strip).orElse("—")));
    summary.put(name.equals("related") ? "relatedSeconds" : "relatedWithMeaningSeconds", wall.get());
  }

  /** The wall seconds of the runs that exist among {@code names}. */
  private Optional<RepeatedRuns> walls(List<String> names) throws IOException {
    List<Double> seconds = new ArrayList<>();
    for (String name : names) {
      run.wallSeconds(name).ifPresent(seconds::add);
    }
    return RepeatedRuns.of(seconds);
  }

  /** Each pair's archive / bare Lucene wall time, for the pairs of which both ran. */
  private Optional<RepeatedRuns> importRatios() throws IOException {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < ARCHIVE_IMPORTS.size(); i++) {
      Optional<Double> archive = run.wallSeconds(ARCHIVE_IMPORTS.get(i));
      Optional<Double> bare = run.wallSeconds(BARE_IMPORTS.get(i));
      if (archive.isPresent() && bare.isPresent() && bare.get() > 0) {
        ratios.add(archive.get() / bare.get());
      }
    }
    return RepeatedRuns.of(ratios);
  }

  /** Each run's wall seconds, as "95.9, 98.3". */
  private String runs(List<String> names) throws IOException {
    List<String> seconds = new java.util.ArrayList<>();
    for (String name : names) {
      run.wallSeconds(name).ifPresent(s -> seconds.add(String.format(Locale.ROOT, "%.1f", s)));
    }
    return seconds.isEmpty() ? "—" : String.join(", ", seconds);
  }

  private void queryTable() throws IOException {
    int rounds = run.json("archive-queries.json").or(() -> jsonOrEmpty("sqlite-queries.json")).map(j -> j.path("rounds").asInt()).orElse(0);
    md.append(String.format(Locale.ROOT, "| Queries (mix of %d, facets on; %d measured rounds after warm-up) | Archive | Archive without snippets | SQLite FTS5 | grep (words, phrases, prefixes) |%n",
        QueryMix.load().size(), rounds)).append("|---|---:|---:|---:|---:|\n");
    List<Optional<JsonNode>> overall = new ArrayList<>();
    for (String f : List.of("sqlite-queries.json", "grep.json")) {
      overall.add(run.json(f).map(j -> j.path("result").path("overall")));
    }
    for (String p : List.of("p50", "p95", "p99", "max", "mean")) {
      List<Optional<Double>> cells = new ArrayList<>(List.of(archiveQueries(true, p).map(RepeatedRuns::median),
          archiveQueries(false, p).map(RepeatedRuns::median)));
      overall.forEach(o -> cells.add(o.map(n -> n.path(p).asDouble())));
      row(p + " (ms)", cells, "%.2f");
      summary.put("query_" + p, Map.of("archive", cells.get(0).orElse(-1.0), "archiveWithoutSnippets", cells.get(1).orElse(-1.0),
          "sqlite", cells.get(2).orElse(-1.0), "grep", cells.get(3).orElse(-1.0)));
    }
    Optional<RepeatedRuns> withSnippets = archiveQueries(true, "p50");
    if (withSnippets.isPresent() && withSnippets.get().values().size() > 1) {
      md.append("\nThe archive's figures are the medians of its runs, a JVM each; p50 with snippets: ")
          .append(withSnippets.get().describe("%.2f"))
          .append(archiveQueries(false, "p50").map(n -> "; without: " + n.describe("%.2f")).orElse("")).append(".\n");
    }
    warmUps().ifPresent(w -> md.append("\nEach run of the archive's mix warmed up until the compiler was quiet: ").append(w).append(".\n"));
    md.append('\n');
  }

  private void webTable() throws IOException {
    md.append("| Web (`cables serve`, wrk on loopback) | Figure |\n|---|---:|\n");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("cable", "cable page (2,000 cables in turn)");
    pages.put("search", "search page (the 56 queries in turn)");
    for (String page : pages.keySet()) {
      String file = "wrk-" + page + ".txt";
      md.append("| ").append(pages.get(page)).append(": req/s, mean latency, errors | ")
          .append(run.requestsPerSecond(file).map(r -> String.format(Locale.ROOT, "%,.0f", r)).orElse("—")).append(", ")
          .append(run.wrkLatency(file).orElse("—")).append(", ")
          .append(run.wrkErrors(file).map(String::valueOf).orElse("—")).append(" |\n");
      summary.put(page + "PageRequestsPerSecond", run.requestsPerSecond(file).orElse(-1.0));
    }
    firstViewRow();
    summary.put("serveStartSeconds", starts().map(RepeatedRuns::median).orElse(-1.0));
    md.append("| server start until the port answers (s) | ")
        .append(starts().map(s -> s.values().size() == 1 ? String.format(Locale.ROOT, "%.2f", s.median()) : s.describe("%.2f"))
            .orElse("—")).append(" |\n");
    summary.put("serveGraphSeconds", run.number("serve-graph.seconds").orElse(-1.0));
    md.append("| then until its reference graph is built (s) | ")
        .append(run.number("serve-graph.seconds").map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse("—")).append(" |\n");
  }

  private void firstViewRow() throws IOException {
    Optional<RepeatedRuns> perSecond = firstViews();
    Optional<RepeatedRuns> p99 = firstViewP99();
    boolean repeated = false;
    long errors = 0;
    for (String file : firstViewFiles()) {
      repeated |= run.repeatedPages(file);
      errors += run.wrkErrors(file).orElse(0L);
    }
    md.append("| cable page, first views (pages not asked for before in the run): req/s; p99 latency (ms); errors | ")
        .append(perSecond.map(r -> r.describe("%,.0f")).orElse("—")).append("; ")
        .append(p99.map(r -> r.describe("%.1f")).orElse("—")).append("; ")
        .append(firstViewFiles().isEmpty() ? "—" : String.valueOf(errors))
        .append(repeated ? " (some pages were asked for twice: the list was too short)" : "").append(" |\n");
    summary.put("cableFirstViewPageRequestsPerSecond", perSecond.map(RepeatedRuns::median).orElse(-1.0));
    summary.put("cableFirstViewSpread", perSecond.map(RepeatedRuns::spread).orElse(-1.0));
    summary.put("cableFirstViewP99Ms", p99.map(RepeatedRuns::median).orElse(-1.0));
  }

  private List<String> firstViewFiles() throws IOException {
    List<String> files = new ArrayList<>();
    for (String file : FIRST_VIEW_RUNS) {
      if (run.text(file).isPresent()) {
        files.add(file);
      }
    }
    if (files.isEmpty() && run.text(FIRST_VIEW_CURL).isPresent()) {
      files.add(FIRST_VIEW_CURL);
    }
    return files;
  }

  private Optional<RepeatedRuns> firstViews() throws IOException {
    List<Double> values = new ArrayList<>();
    for (String file : firstViewFiles()) {
      run.requestsPerSecond(file).ifPresent(values::add);
    }
    return RepeatedRuns.of(values);
  }

  /** The server's starts until its front page answers, a process each (runs before the three were one). */
  private Optional<RepeatedRuns> starts() throws IOException {
    List<Double> values = new ArrayList<>();
    for (String file : STARTS) {
      run.number(file).ifPresent(values::add);
    }
    return RepeatedRuns.of(values);
  }

  private Optional<RepeatedRuns> firstViewP99() throws IOException {
    List<Double> values = new ArrayList<>();
    for (String file : firstViewFiles()) {
      run.wrkP99Ms(file).ifPresent(values::add);
    }
    return RepeatedRuns.of(values);
  }

  /** Meaning vectors: what embedding cost, what the index grew by, how fast searches by meaning are, how well they find. */
  private void meaningTable(long cables) throws IOException {
    Optional<JsonNode> embed = run.json("embed.json");
    if (embed.isEmpty()) {
      return;
    }
    long embedded = embed.get().path("embedded").asLong();
    Optional<Double> seconds = run.wallSeconds("embed.time");
    Optional<Double> growth = growthPerCable(cables);
    md.append("\n| Meaning (`cables embed`, then searches by meaning) | Figure |\n|---|---:|\n");
    md.append(String.format(Locale.ROOT, "| cables embedded, wall time (s), cables/s | %,d, %s, %s |%n", embedded,
        seconds.map(s -> String.format(Locale.ROOT, "%.1f", s)).orElse("—"),
        seconds.map(s -> String.format(Locale.ROOT, "%.1f", embedded / s)).orElse("—")));
    md.append("| index growth (bytes per cable) | ").append(growth.map(g -> String.format(Locale.ROOT, "%,.0f", g)).orElse("—")).append(" |\n");
    for (String mode : List.of("meaning", "both")) {
      Optional<JsonNode> overall = run.json("archive-queries-" + mode + ".json").map(j -> j.path("result").path("overall"));
      md.append("| search by ").append(mode).append(": p50, p95, p99 (ms) | ")
          .append(overall.map(o -> String.format(Locale.ROOT, "%.2f, %.2f, %.2f", o.path("p50").asDouble(), o.path("p95").asDouble(),
              o.path("p99").asDouble())).orElse("—")).append(" |\n");
    }
    run.json("related-by-citation.json").ifPresent(r -> {
      for (String by : List.of("words", "meaning", "both")) {
        md.append(String.format(Locale.ROOT, "| related by %s: share of a cable's cited and citing cables in its top 10 | %.3f |%n",
            by, r.path(by).path("meanShare").asDouble()));
      }
    });
    run.json("known-items.json").ifPresent(k -> {
      for (String way : List.of("words", "anyWord", "meaning", "both")) {
        md.append(String.format(Locale.ROOT, "| known items, %s: MRR@10, recall@10 | %.3f, %.3f |%n", way,
            k.path(way).path("mrr").asDouble(), k.path(way).path("recall").asDouble()));
      }
    });
    summary.put("meaning", Map.of("embedSeconds", seconds.orElse(-1.0), "embedded", embedded,
        "bytesPerCable", growth.orElse(-1.0)));
  }

  /** What the meaning vectors added to the index, per cable: its size after {@code cables embed} less before. */
  private Optional<Double> growthPerCable(long cables) throws IOException {
    Optional<Double> after = run.number("archive-index-meaning.bytes");
    Optional<Double> before = run.number("archive-index.bytes");
    return after.isEmpty() || before.isEmpty() ? Optional.empty() : Optional.of((after.get() - before.get()) / Math.max(1, cables));
  }

  private String ratios() throws IOException {
    StringBuilder r = new StringBuilder();
    r.append(figure("import time, archive / bare Lucene, median of the pairs", importRatios().map(RepeatedRuns::median),
        IMPORT_TARGET, false));
    for (boolean snippets : new boolean[] {true, false}) {
      String which = snippets ? "archive" : "archive without snippets";
      for (String p : List.of("p50", "p99")) {
        Optional<Double> archive = archiveQueries(snippets, p).map(RepeatedRuns::median);
        if (archive.isPresent() || snippets) {
          r.append(ratio("query " + p + ", SQLite / " + which + " (times faster)", overall("sqlite-queries.json", p), archive,
              p.equals("p50") ? P50_TARGET : P99_TARGET, true));
        }
      }
    }
    Optional<Double> csvBytes = run.json("bare-lucene.json").map(j -> j.path("csvBytes").asDouble());
    r.append(ratio("index size / cables.csv size", run.number("archive-index.bytes"), csvBytes, INDEX_SIZE_TARGET, false));
    r.append(figure("query p50 with facets and snippets (ms), median of the runs", archiveQueries(true, "p50").map(RepeatedRuns::median),
        P50_MS_TARGET, false));
    r.append(figure("query p99 with facets and snippets (ms), median of the runs", archiveQueries(true, "p99").map(RepeatedRuns::median),
        P99_MS_TARGET, false));
    if (run.json("embed.json").isPresent()) {
      r.append(figure("search by meaning p50 (ms)", overall("archive-queries-meaning.json", "p50"), MEANING_P50_MS_TARGET, false));
      r.append(figure("search by meaning p99 (ms)", overall("archive-queries-meaning.json", "p99"), MEANING_P99_MS_TARGET, false));
      r.append(figure("search by both p50 (ms)", overall("archive-queries-both.json", "p50"), MEANING_P50_MS_TARGET, false));
      r.append(figure("search by both p99 (ms)", overall("archive-queries-both.json", "p99"), MEANING_P99_MS_TARGET, false));
      long cables = run.json("bare-lucene.json").map(b -> b.path("cables").asLong())
          .or(() -> jsonOrEmpty("archive-import.json").map(a -> a.path("added").asLong())).orElse(0L);
      r.append(figure("index growth with meaning vectors (bytes per cable)", growthPerCable(cables),
          MEANING_BYTES_PER_CABLE_TARGET, false));
      r.append(figure("embedding the whole corpus (minutes)", run.wallSeconds("embed.time").map(s -> s / 60), EMBED_MINUTES_TARGET, false));
    }
    r.append(figure("cable page (req/s)", run.requestsPerSecond("wrk-cable.txt"), CABLE_PAGE_TARGET, true));
    r.append(figure("search page (req/s)", run.requestsPerSecond("wrk-search.txt"), SEARCH_PAGE_TARGET, true));
    r.append(figure("cable page, first views, median of the runs (req/s)", firstViews().map(RepeatedRuns::median), FIRST_VIEW_TARGET, true));
    r.append(figure("cable page, first views, p99 latency (ms)", firstViewP99().map(RepeatedRuns::median), FIRST_VIEW_P99_MS_TARGET, false));
    r.append(figure("cable page, first views, spread of the runs", firstViews().filter(f -> f.values().size() > 1).map(RepeatedRuns::spread),
        FIRST_VIEW_SPREAD_TARGET, false));
    r.append(figure("server start until the port answers (s), median of the runs", starts().map(RepeatedRuns::median),
        START_SECONDS_TARGET, false));
    return r.toString();
  }

  static String figure(String what, Optional<Double> value, double target, boolean atLeast) {
    if (value.isEmpty()) {
      return String.format(Locale.ROOT, "- %s: not measured%n", what);
    }
    boolean met = atLeast ? value.get() >= target : value.get() <= target;
    return String.format(Locale.ROOT, "- %s: %,.2f (target %s %s: %s)%n", what, value.get(), atLeast ? "≥" : "≤", target(target),
        met ? "met" : "NOT met");
  }

  /** A target as written in the issue: 1.25, 3,000.0, 2.0. */
  private static String target(double target) {
    return String.format(Locale.ROOT, target * 10 == Math.rint(target * 10) ? "%,.1f" : "%,.2f", target);
  }

  /** A percentile of the archive's query mix in each of its runs, with or without snippets. */
  private Optional<RepeatedRuns> archiveQueries(boolean snippets, String percentile) throws IOException {
    List<Double> values = new ArrayList<>();
    for (String suffix : QUERY_RUNS) {
      overall("archive-queries" + (snippets ? "" : "-no-snippets") + suffix + ".json", percentile).ifPresent(values::add);
    }
    return RepeatedRuns.of(values);
  }

  /** The warm-up rounds of the archive's query runs and what the compiler did while they were measured. */
  private Optional<String> warmUps() throws IOException {
    List<String> runs = new ArrayList<>();
    for (String snippets : List.of("", "-no-snippets")) {
      for (String suffix : QUERY_RUNS) {
        run.json("archive-queries" + snippets + suffix + ".json").filter(j -> j.path("result").has("compilingMsWhileMeasured"))
            .ifPresent(j -> runs.add(String.format(Locale.ROOT, "%d rounds, then %d ms compiling in the measured ones",
                j.path("warmUpRounds").asInt(), j.path("result").path("compilingMsWhileMeasured").asLong())));
      }
    }
    return runs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", runs));
  }

  private Optional<Double> overall(String file, String percentile) throws IOException {
    return run.json(file).map(j -> j.path("result").path("overall").path(percentile).asDouble());
  }

  static String ratio(String what, Optional<Double> a, Optional<Double> b, double target, boolean atLeast) {
    if (a.isEmpty() || b.isEmpty() || b.get() == 0) {
      return String.format(Locale.ROOT, "- %s: not measured%n", what);
    }
    double ratio = a.get() / b.get();
    boolean met = atLeast ? ratio >= target : ratio <= target;
    return String.format(Locale.ROOT, "- %s: %.2f (target %s %s: %s)%n", what, ratio, atLeast ? "≥" : "≤", target(target), met ? "met" : "NOT met");
  }

  private void kindTable() throws IOException {
    md.append("\n| p50 by kind (ms) | Archive | SQLite FTS5 | grep |\n|---|---:|---:|---:|\n");
    Optional<JsonNode> archive = run.json("archive-queries.json");
    for (String kind : List.of("word", "phrase", "field", "date", "tags", "prefix", "boolean")) {
      List<Optional<Double>> cells = new ArrayList<>();
      for (String f : List.of("archive-queries.json", "sqlite-queries.json", "grep.json")) {
        cells.add(run.json(f).map(j -> j.path("result").path("byKind").path(kind)).filter(n -> !n.isMissingNode()).map(n -> n.path("p50").asDouble()));
      }
      if (archive.isPresent() || cells.stream().anyMatch(Optional::isPresent)) {
        row(kind, cells, "%.2f");
      }
    }
  }

  private void totalsTable() throws IOException {
    Optional<JsonNode> archive = run.json("archive-queries.json");
    Optional<JsonNode> sqlite = run.json("sqlite-queries.json");
    if (archive.isEmpty() && sqlite.isEmpty()) {
      return;
    }
    md.append("\n<details><summary>Per query: total hits and p50 (ms)</summary>\n\n")
        .append("| Query | Archive hits | Archive p50 | SQLite hits | SQLite p50 |\n|---|---:|---:|---:|---:|\n");
    List<BenchQuery> mix = QueryMix.load();
    for (int i = 0; i < mix.size(); i++) {
      md.append("| `").append(mix.get(i).archive().replace("|", "\\|")).append("` | ")
          .append(cell(archive, i, "total")).append(" | ").append(cell(archive, i, "p50")).append(" | ")
          .append(cell(sqlite, i, "total")).append(" | ").append(cell(sqlite, i, "p50")).append(" |\n");
    }
    md.append("\n</details>\n");
  }

  private static String cell(Optional<JsonNode> file, int i, String field) {
    return file.map(j -> j.path("result").path("queries").path(i)).filter(n -> !n.isMissingNode())
        .map(n -> field.equals("total") ? String.format(Locale.ROOT, "%,d", n.path("total").asLong())
            : String.format(Locale.ROOT, "%.2f", n.path("latency").path(field).asDouble()))
        .orElse("—");
  }

  private Optional<JsonNode> jsonOrEmpty(String name) {
    try {
      return run.json(name);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void row(String name, List<Optional<Double>> cells, String format) {
    md.append("| ").append(name);
    for (Optional<Double> c : cells) {
      md.append(" | ").append(c.map(v -> String.format(Locale.ROOT, format, v)).orElse("—"));
    }
    md.append(" |\n");
  }
}
