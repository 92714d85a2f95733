package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.Cable;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  @TempDir Path data;

  private ImportSummary importSample(LuceneArchive archive, List<ImportProgress> progress) throws Exception {
    return new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
        .progress(progress::add)
        .run(CableSource.of(List.of(SampleCorpus.file()), Optional.empty()));
  }

  /**
   * What is stored is committed at the interval while the import still reads: the source hands one cable,
   * then waits until another reader of the folder (which sees only commits) finds it. Without the periodic
   * commit it waits for ever; the timeout only turns that hang into a failure.
   */
  @Test
  @Timeout(5 * 60)
  void storedCablesAreCommittedAtTheIntervalWhileTheImportRuns() throws Exception {
    List<SourceItem> items = new ArrayList<>();
    Sources.read(SampleCorpus.file(), Optional.empty(), items::add);
    SourceItem first = items.stream().filter(SourceDocument.class::isInstance).findFirst().orElseThrow();
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      ImportSummary summary = new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
          .commitEvery(java.time.Duration.ofMillis(50))
          .run(sink -> {
            sink.accept(first);
            while (committedCables() < 1) {
              java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
            }
          });
      assertThat(summary.added()).isEqualTo(1);
    }
  }

  private long committedCables() {
    try (LuceneArchive reader = LuceneArchive.openReadOnly(data)) {
      return reader.stats().cables();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void importingTheSampleStoresEveryTextOnceAndASecondImportChangesNothing() throws Exception {
    List<Cable> withId = SampleCorpus.cables().stream().filter(c -> c.id() != null).toList();
    long ids = SampleCorpus.current().size();
    long texts = SampleCorpus.versionCounts().values().stream().mapToLong(Long::longValue).sum();
    long rejected = SampleCorpus.rejections().size() + SampleCorpus.cables().size() - withId.size();
    long read = SampleCorpus.cables().size() + SampleCorpus.rejections().size();
    List<ImportProgress> progress = new CopyOnWriteArrayList<>();
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      ImportSummary first = importSample(archive, progress);
      assertThat(first.read()).isEqualTo(read).isEqualTo(641);
      assertThat(first.added()).isEqualTo(ids);
      assertThat(first.updated() + first.versionsAdded()).isEqualTo(texts - ids).isPositive();
      assertThat(first.unchanged()).isEqualTo(withId.size() - texts);
      assertThat(first.rejected()).isEqualTo(rejected);
      assertThat(progress.get(progress.size() - 1).processed()).isEqualTo(read);
      ArchiveStats before = archive.stats();
      assertThat(before.cables()).isEqualTo(ids);
      assertThat(before.versions()).isEqualTo(texts);
      List<String> rejectsBefore = rejectFiles();

      ImportSummary second = importSample(archive, progress);
      assertThat(second.read()).isEqualTo(read);
      assertThat(second.added() + second.updated() + second.versionsAdded()).isZero();
      assertThat(second.unchanged()).isEqualTo(withId.size());
      assertThat(second.rejected()).isEqualTo(rejected);
      assertThat(second.changedArchive()).isFalse();
      ArchiveStats after = archive.stats();
      assertThat(after.cables()).isEqualTo(before.cables());
      assertThat(after.versions()).isEqualTo(before.versions());
      assertThat(rejectFiles()).isEqualTo(rejectsBefore).hasSize((int) rejected);
    }
  }

  /**
   * Whether a cable's later release is stored before or after its earlier one must not change the
   * summary: three runs of the demo once said "(15 older versions)" and twice "(16 older versions)".
   */
  @Test
  void theSummaryIsTheSameWhicheverReleaseOfACableIsStoredFirst() throws Exception {
    List<SourceItem> items = new ArrayList<>();
    Sources.read(SampleCorpus.file(), Optional.empty(), items::add);
    List<SourceItem> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    long ids = SampleCorpus.current().size();
    long texts = SampleCorpus.versionCounts().values().stream().mapToLong(Long::longValue).sum();
    List<List<Long>> summaries = new ArrayList<>();
    for (List<SourceItem> order : List.of(items, reversed)) {
      Path dir = Files.createTempDirectory(data, "order");
      try (LuceneArchive archive = LuceneArchive.open(dir)) {
        ImportSummary s = new Import(archive, new TelegramParser()::parse, dir.resolve("rejects")).workers(1)
            .run(sink -> order.forEach(sink));
        summaries.add(List.of(s.read(), s.added(), s.updated(), s.versionsAdded(), s.unchanged(), s.rejected()));
        assertThat(s.added()).isEqualTo(ids);
        assertThat(s.updated()).as("cables held before the import whose text changed").isZero();
        assertThat(s.versionsAdded()).isEqualTo(texts - ids).isPositive();
      }
    }
    assertThat(summaries.get(1)).isEqualTo(summaries.get(0));
  }

  @Test
  void rejectedInputIsKeptWithItsSourceReasonAndTextOnce() throws Exception {
    Rejection garbage = new Rejection(new SourceLocation(SourceFormat.CSV, "cables.csv", 1207),
        "cables.csv:1207: 5 fields, expected 8", "\"1\",\"12/28/1966 18:48\",\"66BUENOSAIRES2481\"");
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      for (int run = 0; run < 2; run++) {
        ImportSummary summary = new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
            .run(sink -> sink.accept(garbage));
        assertThat(summary).extracting(ImportSummary::read, ImportSummary::rejected).containsExactly(1L, 1L);
      }
    }
    List<String> files = rejectFiles();
    assertThat(files).hasSize(1);
    assertThat(Files.readString(data.resolve("rejects").resolve(files.get(0)), StandardCharsets.UTF_8)).isEqualTo(
        "source: cables.csv:1207\nreason: cables.csv:1207: 5 fields, expected 8\n\n"
            + "\"1\",\"12/28/1966 18:48\",\"66BUENOSAIRES2481\"");
  }

  /**
   * A worker failing once the reader had handed out the end markers, while the other worker was still
   * busy, used to leave that worker waiting for ever.
   */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aWorkerFailingOnTheLastItemStopsTheImportWithItsError() throws Exception {
    List<SourceItem> items = new ArrayList<>();
    Sources.read(SampleCorpus.file(), Optional.empty(), items::add);
    List<SourceItem> first = items.subList(0, 20);
    SourceItem slow = first.get(first.size() - 2);
    SourceItem last = first.get(first.size() - 1);
    TelegramParser parser = new TelegramParser();
    Function<SourceDocument, Cable> failingOnLast = document -> {
      if (document == slow) {
        sleep(600);
      }
      if (document == last) {
        sleep(300); // the reader has handed out the end markers by now
        throw new AssertionError("the parser broke");
      }
      return parser.parse(document);
    };
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      Import run = new Import(archive, failingOnLast, data.resolve("rejects")).workers(2);
      assertThatThrownBy(() -> run.run(sink -> first.forEach(sink))).isInstanceOf(AssertionError.class)
          .hasMessage("the parser broke");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<String> rejectFiles() throws Exception {
    Path dir = data.resolve("rejects");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
