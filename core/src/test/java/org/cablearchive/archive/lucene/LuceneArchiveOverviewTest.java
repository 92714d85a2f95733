package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cablearchive.archive.ArchiveOverview;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview a commit keeps: read by a server instead of worked out, and only for the state of the index
 * it was worked out on.
 */
class LuceneArchiveOverviewTest {
  /** What is tested is which overview is read, not how fast: no limit a busy machine reaches. */
  private static final Duration NO_LIMIT = Duration.ofMinutes(10);

  @TempDir Path temp;

  private Path sample() throws Exception {
    Path data = temp.resolve("data");
    try (LuceneArchive archive = LuceneArchive.open(data).searchTimeout(NO_LIMIT)) {
      for (Cable cable : SampleCorpus.cables()) {
        archive.store(cable);
      }
      archive.commit();
    }
    return data;
  }

  @Test
  void aReaderReadsTheOverviewItsCommitKeeps() throws Exception {
    Path data = sample();
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data).searchTimeout(NO_LIMIT)) {
      ArchiveOverview kept = archive.keptOverview().orElseThrow();
      assertThat(kept).isEqualTo(ArchiveOverview.searched(archive));
      assertThat(kept.stats().cables()).isEqualTo(620);
      assertThat(archive.overview()).isEqualTo(kept);
    }
  }

  @Test
  void theWriterReadsTheOverviewOfItsLastCommitToo() throws Exception {
    Path data = sample();
    try (LuceneArchive archive = LuceneArchive.open(data).searchTimeout(NO_LIMIT)) {
      archive.commit();
      assertThat(archive.keptOverview()).hasValue(ArchiveOverview.searched(archive));
    }
  }

  @Test
  void anOverviewKeptForAnotherStateOfTheIndexIsNotRead() throws Exception {
    Path data = sample();
    ReferenceId removed = SampleCorpus.current().keySet().iterator().next();
    // a writer that knows nothing of overviews carries the last commit's data into its own commit
    try (Directory directory = FSDirectory.open(data.resolve("index"));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new ArchiveCodec()))) {
      writer.deleteDocuments(new Term(IndexFields.ID, IndexFields.keyword(removed.value())));
      writer.commit();
      assertThat(writer.getLiveCommitData()).extracting(Map.Entry::getKey).contains(LuceneArchive.OVERVIEW_KEY);
    }
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data).searchTimeout(NO_LIMIT)) {
      assertThat(archive.keptOverview()).isEmpty();
      assertThat(archive.overview()).isEqualTo(ArchiveOverview.searched(archive));
      assertThat(archive.overview().stats().cables()).isEqualTo(619);
    }
  }

  @Test
  void theKeptTextGivesBackEveryFigureAndValueAsItWas() throws Exception {
    CableSummary first = new CableSummary(ReferenceId.of("09MEXICO3093"), "SCENESETTER", Instant.parse("2009-05-04T10:00:00Z"),
        Instant.parse("2011-04-11T00:00:00Z"), "Embassy\tMexico", Classification.CONFIDENTIAL);
    CableSummary second = new CableSummary(ReferenceId.of("75TEHRAN2069"), "OIL", null, null, "Embassy Tehran", null);
    ArchiveOverview overview = new ArchiveOverview(
        new ArchiveStats(2, 3, Map.of("CONFIDENTIAL", 1L), Map.of("Embassy\tMexico", 1L, "Embassy Tehran", 1L),
            Map.of(1975, 1L, 2009, 1L), 4096),
        List.of(first, second), List.of(new Hit(second, 7, List.of())),
        List.of(new FacetCount("Embassy\tMexico", 1), new FacetCount("back\\slash\nline", 1)), List.of(new FacetCount("PREL", 2)),
        List.of(new HistogramBucket("1975", 1), new HistogramBucket("1976", 0)));
    Map<ReferenceId, CableSummary> held = Map.of(first.id(), first, second.id(), second);
    String text = StoredOverview.write(overview);
    assertThat(StoredOverview.read(text, ids -> ids.stream().map(held::get).toList(), 4096)).hasValue(overview);
    byte[] otherForm = java.util.Base64.getDecoder().decode(text);
    otherForm[0] = (byte) (StoredOverview.FORM + 1);
    assertThat(StoredOverview.read(java.util.Base64.getEncoder().encodeToString(otherForm),
        ids -> ids.stream().map(held::get).toList(), 4096)).isEmpty();
    // cut short: worked out again
    assertThat(StoredOverview.read(text.substring(0, text.length() / 2), ids -> ids.stream().map(held::get).toList(), 4096))
        .isEmpty();
    // a cable the view no longer holds: worked out again
    assertThat(StoredOverview.read(text, ids -> List.of(), 4096)).isEmpty();
  }
}
