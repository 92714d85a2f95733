package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CableSearchTest {
  private static final Analyzer ANALYZER = ArchiveAnalyzer.create();
  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static ExecutorService threads;
  private static ArchiveSearcher searcher;

  @BeforeAll
  static void storeTheSample() throws Exception {
    try (LuceneArchive archive = LuceneArchive.open(dir)) {
      for (Cable cable : SampleCorpus.cables()) {
        archive.store(cable);
      }
      archive.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
    threads = Executors.newFixedThreadPool(2);
    searcher = new ArchiveSearcher(reader, CableDocuments.facetsConfig(), threads);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    threads.shutdown();
  }

  /**
   * Ranking words apart from counting lets Lucene skip hits that cannot reach the page: the pages,
   * totals and facets must be those of one pass that scores every hit, ties (broken by ID) included —
   * with facets and months (always two passes), and without (one pass when ranking counted every hit).
   */
  @Test
  void rankingApartFromCountingGivesWhatOnePassGives() throws Exception {
    List<String> queries = List.of("mexico", "embassy", "government OR minister", "\"human rights\"",
        "police AND NOT mexico", "drug* AND cartel", "tag:PREL AND election", "subject:visit", "the", "security council");
    int pages = 0;
    Set<Boolean> countedWhileRanking = new HashSet<>();
    for (String query : queries) {
      for (boolean facets : new boolean[] {true, false}) {
        for (int counted : new int[] {CableSearch.COUNTED_WHILE_RANKING, 10}) {
          for (int limit : new int[] {1, 7, 20}) {
            String cursor = null;
            for (int page = 0; page < 4; page++) {
              SearchRequest request = new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, limit, cursor, facets, 10,
                  facets ? HistogramInterval.YEAR : null, true);
              SearchResult apart = new CableSearch(searcher, ANALYZER, true, counted, Duration.ofMinutes(1), Long.MAX_VALUE).run(request);
              SearchResult together = new CableSearch(searcher, ANALYZER, false, counted, Duration.ofMinutes(1), Long.MAX_VALUE).run(request);
              assertThat(apart).as("%s, %d a page, page %d, facets %s, %d counted", query, limit, page, facets, counted)
                  .isEqualTo(together);
              if (!facets) {
                countedWhileRanking.add(apart.total() <= Math.max(limit, counted));
              }
              pages++;
              cursor = apart.next();
              if (cursor == null) {
                break;
              }
            }
          }
        }
      }
    }
    assertThat(pages).isGreaterThan(400);
    // searches without facets on both sides of what ranking counts alone: counted by ranking, and counted apart
    assertThat(countedWhileRanking).containsExactlyInAnyOrder(true, false);
  }
}
