package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s archive opened beside the server's start: calls wait for it and get its answers, or its error. */
class ArchiveBeingOpenedTest {
  @TempDir Path data;

  @Test
  void aCallMadeWhileTheArchiveOpensWaitsForItAndGetsItsAnswer() throws Exception {
    CountDownLatch mayOpen = new CountDownLatch(1);
    Archive[] opened = new Archive[1];
    ArchiveBeingOpened archive = new ArchiveBeingOpened(() -> {
      mayOpen.await();
      opened[0] = LuceneArchive.open(data, null);
      return opened[0];
    });
    CompletableFuture<ArchiveStats> stats = CompletableFuture.supplyAsync(() -> {
      try {
        return archive.stats();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(stats).isNotDone();  // it cannot be: the archive is not open yet
    mayOpen.countDown();
    assertThat(stats.get()).isEqualTo(opened[0].stats());
    assertThat(archive.await()).isSameAs(opened[0]);
    archive.close();
  }

  @Test
  void anOpeningThatFailedGivesItsOwnErrorToEveryCallAndLeavesNothingToClose() throws Exception {
    UserError missing = new UserError("no archive at " + data, 1);
    ArchiveBeingOpened archive = new ArchiveBeingOpened(() -> {
      throw missing;
    });
    assertThatThrownBy(archive::await).isSameAs(missing);
    assertThatThrownBy(archive::stats).isSameAs(missing);
    archive.close();
  }
}
