package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.cablearchive.archive.CostlyQueries;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SharedModel;
import org.cablearchive.archive.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search by meaning, or by meaning and words, pays for its words like a search by words: a phrase of 150
 * common words with a slop of a million, which filters the nearest-neighbour search, is refused before it runs
 * under a limit one unit below its cost, with the cost and its costliest part, while a one-word search by
 * meaning under the same limit is answered. What each costs is found as the least limit that answers it.
 */
class MeaningSearchCostTest {
  @TempDir Path dir;

  @Test
  void aCostlySearchByMeaningIsRefusedWithWhatMakesItCostly() throws Exception {
    try (LuceneArchive archive = LuceneArchive.open(dir, SharedModel.MEANING)) {
      archive.storeAll(SampleCorpus.cables().subList(0, 40));
      archive.commit();
      String attack = CostlyQueries.phrase(0, 150) + "~1000000";
      for (SearchMode mode : new SearchMode[] {SearchMode.MEANING, SearchMode.BOTH}) {
        long cost = leastLimitAnswering(archive, request(attack, mode));
        long cheap = leastLimitAnswering(archive, request("embassy", mode));
        assertThat(cost).as("what the attack costs by %s", mode).isGreaterThan(10 * cheap);

        archive.maxSearchCost(cost - 1);
        assertThatThrownBy(() -> archive.search(request(attack, mode))).as("by %s", mode)
            .isInstanceOf(QueryException.class)
            .hasMessageStartingWith("the search would cost ")
            .hasMessageContaining(", more than the ")
            // by both, the snippets of its words in the page's hits are counted too, and cost the most
            .hasMessageContaining(mode == SearchMode.MEANING ? "(the costliest part is a phrase with a slop of 1000000, "
                : "(the costliest part is the snippets of 10 hits, ")
            .hasMessageEndingWith("; use fewer common words, a smaller ~slop or fewer patterns, add a rarer word,"
                + " a field or a date range, or ask for fewer hits");
        assertThat(archive.search(request("embassy", mode)).total()).as("by %s", mode).isPositive();
      }
      assertThatThrownBy(() -> archive.search(request(attack, SearchMode.WORDS))).isInstanceOf(QueryException.class);
    }
  }

  /** The least cost limit under which the search is answered rather than refused: what it costs. */
  private static long leastLimitAnswering(LuceneArchive archive, SearchRequest request) throws Exception {
    long refused = 0;
    long answered = Long.MAX_VALUE / 2;
    while (answered - refused > 1) {
      long limit = refused + (answered - refused) / 2;
      archive.maxSearchCost(limit);
      try {
        archive.search(request);
        answered = limit;
      } catch (QueryException e) {
        refused = limit;
      }
    }
    return answered;
  }

  private static SearchRequest request(String query, SearchMode mode) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 10, null, true, 10, HistogramInterval.YEAR, true, mode);
  }
}
