package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thread that has stored all it will writes out buffered cables itself, before the commit. */
class LuceneArchiveFinishStoringTest {
  private static final Duration NO_LIMIT = Duration.ofMinutes(10);

  @TempDir Path temp;

  @Test
  void finishingWritesOutWhatWasStoredBeforeAnyCommit() throws Exception {
    Path data = temp.resolve("data");
    List<Cable> cables = SampleCorpus.cables().subList(0, 40);
    try (LuceneArchive archive = LuceneArchive.open(data).searchTimeout(NO_LIMIT)) {
      archive.storeAll(cables);
      assertThat(segmentsWritten(data)).isZero();
      archive.finishStoring();
      assertThat(segmentsWritten(data)).isEqualTo(1);
      archive.commit();
    }
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data).searchTimeout(NO_LIMIT)) {
      assertThat(archive.stats().cables()).isEqualTo(40);
    }
  }

  @Test
  void threadsFinishingSideBySideLoseNothing() throws Exception {
    Path data = temp.resolve("data");
    List<Cable> cables = SampleCorpus.cables();
    int half = cables.size() / 2;
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (LuceneArchive archive = LuceneArchive.open(data).searchTimeout(NO_LIMIT)) {
      Future<?> first = threads.submit(() -> storeAndFinish(archive, cables.subList(0, half)));
      Future<?> second = threads.submit(() -> storeAndFinish(archive, cables.subList(half, cables.size())));
      first.get(); // a failure in either thread, finishing included, fails the test here
      second.get();
      archive.finishStoring();
      archive.commit();
    } finally {
      threads.shutdown();
    }
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data).searchTimeout(NO_LIMIT)) {
      assertThat(archive.stats().cables()).isEqualTo(620);
    }
  }

  private static Void storeAndFinish(LuceneArchive archive, List<Cable> cables) throws IOException {
    archive.storeAll(cables);
    archive.finishStoring();
    return null;
  }

  /** Segments Lucene has written out (each has its segment info file), committed or not. */
  private static long segmentsWritten(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("index"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
    }
  }
}
