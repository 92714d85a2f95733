package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SharedModel;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.telegram.TelegramParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pass asked to stop ends after the batch it is on, with that batch's vectors committed. */
class MeaningPassTest {
  @TempDir Path data;

  @Test
  void aStoppedPassEndsAfterItsBatchAndKeepsWhatItEmbedded() throws Exception {
    long cables;
    long total;
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      cables = new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
          .run(CableSource.of(List.of(SampleCorpus.file()), Optional.empty())).added();
    }
    List<MeaningPass.Progress> seen = new ArrayList<>();
    AtomicReference<MeaningPass> pass = new AtomicReference<>();
    try (LuceneArchive archive = LuceneArchive.open(data, SharedModel.MEANING)) {
      pass.set(new MeaningPass(archive, SharedModel.MEANING).progress(progress -> {
        seen.add(progress);
        pass.get().stop();
      }));
      MeaningPass.Progress done = pass.get().run();

      assertThat(done.embedded()).isEqualTo(64);
      total = done.total();
      assertThat(seen).hasSize(2);
    }
    try (LuceneArchive archive = LuceneArchive.open(data, SharedModel.MEANING)) {
      MeaningCoverage coverage = archive.meaningCoverage();
      assertThat(coverage.withMeaning()).isEqualTo(64);
      assertThat(coverage.cables()).isEqualTo(total).isGreaterThan(64).isGreaterThanOrEqualTo(cables);
    }
  }
}
