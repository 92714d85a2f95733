package org.cablearchive.archive.lucene;

import java.nio.file.Path;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveContract;
import org.cablearchive.archive.MeaningModel;
import org.junit.jupiter.api.io.TempDir;

class LuceneArchiveContractTest extends ArchiveContract {
  /**
   * The contract is about what searches find, not how fast: the serving limit of 5 s once failed a
   * search here when the tests ran starved beside an import. Timeouts are tested in QueryCostTest.
   */
  private static final Duration NO_LIMIT_THAT_A_BUSY_MACHINE_REACHES = Duration.ofMinutes(10);

  @TempDir static Path dir;
  private int archives;
  private final Map<Archive, Path> folders = new IdentityHashMap<>();

  @Override
  protected Archive createEmptyArchive(MeaningModel meaning) throws Exception {
    Path folder = dir.resolve("archive-" + archives++);
    Archive archive = LuceneArchive.open(folder, meaning).searchTimeout(NO_LIMIT_THAT_A_BUSY_MACHINE_REACHES);
    folders.put(archive, folder);
    return archive;
  }

  /** One process writes a folder at a time: the first archive is closed before the folder opens again. */
  @Override
  protected Archive reopen(Archive archive, MeaningModel meaning) throws Exception {
    archive.close();
    Archive again = LuceneArchive.open(folders.get(archive), meaning).searchTimeout(NO_LIMIT_THAT_A_BUSY_MACHINE_REACHES);
    folders.put(again, folders.get(archive));
    return again;
  }
}
