package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.Version;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at a random moment leaves an archive that opens and searches, and
 * importing again brings it exactly to what an uninterrupted import gives.
 */
class InterruptedImportTest {
  private static final int KILLS = 2;
  @TempDir Path dir;

  @Test
  void anImportKilledTwiceAndRunAgainEqualsAnUninterruptedOne() throws Exception {
    Path input = SampleCorpus.file();
    Path uninterrupted = dir.resolve("uninterrupted");
    Path interrupted = dir.resolve("interrupted");
    importFully(uninterrupted, input);

    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int kill = 0; kill < KILLS; kill++) {
      startAndKill(interrupted, input, 300 * kill + 50 + random.nextInt(250));
      try (LuceneArchive archive = LuceneArchive.open(interrupted)) {
        assertThat(archive.search(SearchRequest.of("")).total()).as("seed %d", seed).isEqualTo(archive.stats().cables());
      }
    }
    importFully(interrupted, input);

    assertThat(contents(interrupted)).as("seed %d", seed).isEqualTo(contents(uninterrupted));
    assertThat(rejectFiles(interrupted)).as("seed %d", seed).isEqualTo(rejectFiles(uninterrupted));
  }

  private static void importFully(Path data, Path input) throws Exception {
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
          .run(CableSource.of(List.of(input), Optional.empty()));
    }
  }

  /** Starts an import in another JVM and kills it once it has handled {@code items} items. */
  private static void startAndKill(Path data, Path input, int items) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        ImportProcess.class.getName(), data.toString(), input.toString())
        .redirectErrorStream(true)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !reached(line, items)) {
        // wait until the import is part way
      }
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private static boolean reached(String line, int items) {
    return line.startsWith(ImportProcess.PROCESSED) && Long.parseLong(line.substring(ImportProcess.PROCESSED.length())) >= items;
  }

  /** Everything that must agree: the counts, and for every ID its versions' dates and texts. */
  private static Map<String, Object> contents(Path data) throws Exception {
    Map<String, Object> contents = new TreeMap<>();
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      ArchiveStats stats = archive.stats();
      contents.put("cables", stats.cables());
      contents.put("versions", stats.versions());
      contents.put("byClassification", stats.byClassification());
      contents.put("byOrigin", stats.byOrigin());
      contents.put("byYear", stats.byYear());
      for (ReferenceId id : SampleCorpus.current().keySet()) {
        ArchivedCable found = archive.find(id).orElseThrow();
        List<String> versions = new ArrayList<>();
        for (Version v : found.versions()) {
          versions.add(v.released() + " " + v.current() + " " + v.cable().header().hashCode() + " " + v.cable().body().hashCode());
        }
        contents.put(id.value(), versions);
      }
    }
    return contents;
  }

  private static List<String> rejectFiles(Path data) throws Exception {
    Path rejects = data.resolve("rejects");
    if (!Files.isDirectory(rejects)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(rejects)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
  }
}
