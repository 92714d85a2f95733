package org.cablearchive.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablearchive.archive.CostlyQueries;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SearchTimeoutException;
import org.cablearchive.archive.lucene.LuceneArchive;

/**
 * The costliest queries the query language allows ({@link CostlyQueries}), timed against an archive:
 * for each, what the archive's cost model counts, whether it is refused, and how long it takes, as wall
 * time and as CPU time of the whole process (the latter is what the machine's other work changes
 * least). Warm-up rounds first (of the queries within the default cost limit), then every query in each
 * measured round; the slowest round counts.
 *
 * <pre>{@code
 * java -Xmx3g -cp "bench/target/cables-bench-0.1.0.jar:bench/target/lib/*" org.cablearchive.bench.CostlyQueryBench \
 *   ARCHIVE_DIR [ROUNDS] [WARM_UP_ROUNDS] [OUT.json]
 * }</pre>
 *
 * The archive is opened only to read, with the default time limit and cost limit ({@code
 * -Dtimeout.seconds=600} times admitted queries to their end, {@code -Dmax.cost=9223372036854775807}
 * admits every query, to see what refused ones would take).
 */
public final class CostlyQueryBench {
  private CostlyQueryBench() {}

  /** One query's figures: its cost, whether it was refused or stopped, and its slowest round. */
  record Figure(String name, long cost, String outcome, long total, double wallMillis, double cpuMillis) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Figure> figures = new ArrayList<>();
    try (LuceneArchive archive = LuceneArchive.openReadOnly(dir)) {
      double timeout = Double.parseDouble(System.getProperty("timeout.seconds",
          String.valueOf(LuceneArchive.DEFAULT_SEARCH_TIMEOUT.toSeconds())));
      archive.searchTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
      archive.maxSearchCost(Long.getLong("max.cost", LuceneArchive.DEFAULT_MAX_SEARCH_COST));
      for (int r = 0; r < warmUp; r++) {
        for (CostlyQueries.Member member : CostlyQueries.family()) {
          if (archive.costOf(member.request()) <= LuceneArchive.DEFAULT_MAX_SEARCH_COST) {
            run(archive, member);
          }
        }
      }
      for (CostlyQueries.Member member : CostlyQueries.family()) {
        long cost = archive.costOf(member.request());
        double wall = 0;
        double cpu = 0;
        Outcome outcome = null;
        for (int r = 0; r < rounds; r++) {
          long cpuBefore = os.getProcessCpuTime();
          long start = System.nanoTime();
          outcome = run(archive, member);
          wall = Math.max(wall, (System.nanoTime() - start) / 1e6);
          cpu = Math.max(cpu, (os.getProcessCpuTime() - cpuBefore) / 1e6);
        }
        Figure f = new Figure(member.name(), cost, outcome.what(), outcome.total(), wall, cpu);
        figures.add(f);
        System.out.printf(Locale.ROOT, "%-60s %,15d  %-9s %9d  %8.1f ms wall  %8.1f ms cpu%n",
            f.name(), f.cost(), f.outcome(), f.total(), f.wallMillis(), f.cpuMillis());
      }
    }
    Figure slowest = figures.stream().max(java.util.Comparator.comparingDouble(Figure::wallMillis)).orElseThrow();
    Figure slowestAnswered = figures.stream().filter(f -> f.outcome().equals("answered"))
        .max(java.util.Comparator.comparingDouble(Figure::wallMillis)).orElseThrow();
    System.out.printf(Locale.ROOT, "%nslowest of the family: %s, %.1f ms wall, %.1f ms cpu (%s)%n",
        slowest.name(), slowest.wallMillis(), slowest.cpuMillis(), slowest.outcome());
    System.out.printf(Locale.ROOT, "slowest answered: %s, %.1f ms wall, %.1f ms cpu, cost %,d%n",
        slowestAnswered.name(), slowestAnswered.wallMillis(), slowestAnswered.cpuMillis(), slowestAnswered.cost());
    System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
    if (args.length > 3) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("archive", dir.toString());
      out.put("rounds", rounds);
      out.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
      out.put("queries", figures);
      JsonFile.write(Path.of(args[3]), out);
    }
  }

  private record Outcome(String what, long total) {}

  private static Outcome run(LuceneArchive archive, CostlyQueries.Member member) throws Exception {
    try {
      SearchResult result = archive.search(member.request());
      return new Outcome("answered", result.total());
    } catch (QueryException e) {
      return new Outcome("refused", -1);
    } catch (SearchTimeoutException e) {
      return new Outcome("stopped", -1);
    }
  }
}
