package org.cablearchive.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.telegram.TelegramParser;

/**
 * An import in a process of its own, for {@link InterruptedImportTest} to kill: imports the input
 * into the data directory, committing every 50 ms so that a kill lands between and during commits,
 * and prints {@code processed <n>} as it goes so that the test can kill it part way.
 * Arguments: data directory, input path.
 */
public final class ImportProcess {
  static final String PROCESSED = "processed ";

  private ImportProcess() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
          .commitEvery(Duration.ofMillis(50))
          .progress(p -> {
            System.out.println(PROCESSED + p.processed());
            System.out.flush();
          })
          .run(CableSource.of(List.of(Path.of(args[1])), Optional.empty()));
    }
  }
}
