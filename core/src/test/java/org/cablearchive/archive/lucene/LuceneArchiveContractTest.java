package org.cablearchive.archive.lucene;

import java.nio.file.Path;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveContract;
import org.junit.jupiter.api.io.TempDir;

class LuceneArchiveContractTest extends ArchiveContract {
  @TempDir static Path dir;
  private int archives;

  @Override
  protected Archive createEmptyArchive() throws Exception {
    return LuceneArchive.open(dir.resolve("archive-" + archives++));
  }
}
