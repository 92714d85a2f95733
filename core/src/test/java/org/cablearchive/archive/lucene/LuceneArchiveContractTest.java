package org.cablearchive.archive.lucene;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveContract;
import org.cablearchive.archive.MeaningModel;
import org.junit.jupiter.api.io.TempDir;

class LuceneArchiveContractTest extends ArchiveContract {
  @TempDir static Path dir;
  private int archives;
  private final Map<Archive, Path> folders = new IdentityHashMap<>();

  @Override
  protected Archive createEmptyArchive(MeaningModel meaning) throws Exception {
    Path folder = dir.resolve("archive-" + archives++);
    Archive archive = LuceneArchive.open(folder, meaning);
    folders.put(archive, folder);
    return archive;
  }

  /** One process writes a folder at a time: the first archive is closed before the folder opens again. */
  @Override
  protected Archive reopen(Archive archive, MeaningModel meaning) throws Exception {
    archive.close();
    Archive again = LuceneArchive.open(folders.get(archive), meaning);
    folders.put(again, folders.get(archive));
    return again;
  }
}
