package org.cablearchive.cli;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.web.Counted;
import org.cablearchive.archive.MeaningCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cables stats}: what the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the archive's cables and versions by classification, origin and year, and its size on disk.")
final class StatsCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--json",
      description = "Print {cables, versions, byClassification, byOrigin, byYear, indexBytes, meaning: {model, cables, withMeaning}} as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    try (Archive a = archive.openExisting()) {
      ArchiveStats stats = a.stats();
      MeaningCoverage meaning = a.meaningCoverage();
      if (json) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("cables", stats.cables());
        all.put("versions", stats.versions());
        all.put("byClassification", stats.byClassification());
        all.put("byOrigin", stats.byOrigin());
        all.put("byYear", stats.byYear());
        all.put("indexBytes", stats.indexBytes());
        all.put("meaning", Map.of("model", meaning.model() == null ? "" : meaning.model(), "cables", meaning.cables(),
            "withMeaning", meaning.withMeaning()));
        JsonOutput.print(all);
        return 0;
      }
      System.out.printf("%s, %s, %.1f MB in %s%n", Counted.of(stats.cables(), "cable"), Counted.of(stats.versions(), "version"),
          stats.indexBytes() / 1e6, archive.describe());
      System.out.printf("%d of %d cables have meaning vectors (%s)%s%n", meaning.withMeaning(), meaning.cables(),
          meaning.model(), meaning.missing() > 0 ? "; add the rest with: cables embed" + archive.dataOption() : "");
      print("By classification", stats.byClassification());
      print("By year", stats.byYear());
      print("By origin", stats.byOrigin());
    }
    return 0;
  }

  private static void print(String title, Map<?, Long> counts) {
    System.out.println("\n" + title + ":");
    counts.forEach((k, v) -> System.out.printf("  %-40s %8d%n", k, v));
  }
}
