package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.CostlyQueries;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.web.ReadingRoom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries built to cost as much as the query language allows ({@link CostlyQueries}: phrases of up to
 * 150 of the commonest words with a slop of a million, long AND and OR lists, prefixes, fuzzy words,
 * regular expressions), sent through every door: the search page, the JSON API and {@code cables
 * search}. The archive counts each one's cost from its index's statistics before running it: over the
 * limit, every door refuses it (400, or exit code 1 and one line) saying what costs; under it, every
 * door answers. A search that runs past its time limit is stopped: 503 with {@code Retry-After}, or
 * exit code 1 and one line.
 *
 * <p>On the sample the family costs less than on the full release, so the limit is set between the
 * family's costs ({@code --max-search-cost}) to put members on both sides; what the default limit
 * refuses on the full release, and what the rest takes, is in docs/reliability.md. Members whose cost
 * is within a factor of two of the limit are left out: the doors ask for slightly different pages.
 */
class CostlyQueriesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LuceneArchive archive;
  private static ReadingRoom room;
  private static long limit;
  private static final Map<String, Long> costs = new LinkedHashMap<>();

  @BeforeAll
  static void serveTheHostileArchiveWithALimitAmongTheFamilysCosts() throws Exception {
    archive = LuceneArchive.openReadOnly(HostileReadingRoom.get().data());
    for (CostlyQueries.Member member : CostlyQueries.family()) {
      costs.putIfAbsent(member.request().query(), archive.costOf(page(member.request().query())));
    }
    List<Long> sorted = costs.values().stream().sorted().toList();
    limit = sorted.get(sorted.size() / 2);
    archive.maxSearchCost(limit);
    room = ReadingRoom.start(archive, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    room.stop();
    archive.close();
  }

  private static SearchRequest page(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 20, null, true, 10, null, true);
  }

  @Test
  void everyDoorRefusesWhatCostsMoreThanTheLimitAndAnswersWhatCostsLess() throws Exception {
    List<String> refused = new ArrayList<>();
    List<String> answered = new ArrayList<>();
    for (Map.Entry<String, Long> member : costs.entrySet()) {
      String query = member.getKey();
      if (member.getValue() > 2 * limit) {
        assertRefused(query);
        refused.add(query);
      } else if (member.getValue() < limit / 2) {
        assertAnswered(query);
        answered.add(query);
      }
    }
    assertThat(refused).hasSizeGreaterThan(5).contains(CostlyQueries.phrase(0, 150) + "~1000000");
    assertThat(answered).hasSizeGreaterThan(5);
  }

  /** The reading room takes queries of up to 1,000 characters (the command line twice as many). */
  private static void assertRefused(String query) throws Exception {
    if (query.length() <= 1000) {
      RawHttp page = RawHttp.get(room.port(), "/search?q=" + encode(query));
      assertThat(page.status()).as("the search page for %s", query).isEqualTo(400);
      assertThat(page.body()).contains("Your query cannot be run: the search would cost ");

      RawHttp api = RawHttp.get(room.port(), "/api/search?q=" + encode(query));
      assertThat(api.status()).as("the API for %s", query).isEqualTo(400);
      JsonNode error = JSON.readTree(api.body());
      assertThat(error.get("status").asInt()).isEqualTo(400);
      assertThat(error.get("error").asText()).startsWith("Your query cannot be run: the search would cost ")
          .contains(" units of work, more than the " + String.format(java.util.Locale.ROOT, limit >= 10_000_000 ? "%,d million" : "%,d",
              limit >= 10_000_000 ? limit / 1_000_000 : limit) + " a search may (the costliest part is ");
    }

    CommandRun search = CommandRun.inProcess("search", "--data", HostileReadingRoom.get().data().toString(),
        "--max-search-cost", String.valueOf(limit), query);
    assertThat(search.exitCode()).as("cables search %s", query).isEqualTo(1);
    assertThat(search.err().lines()).as("cables search %s", query).singleElement().asString()
        .startsWith("cables search: query error: the search would cost ");

    assertThat(RawHttp.get(room.port(), "/cable/09MEXICO3093").status()).as("an ordinary page after %s", query).isEqualTo(200);
  }

  private static void assertAnswered(String query) throws Exception {
    CommandRun search = CommandRun.inProcess("search", "--data", HostileReadingRoom.get().data().toString(), "--json",
        "--max-search-cost", String.valueOf(limit), query);
    assertThat(search.exitCode()).as("cables search %s: %s", query, search.err()).isZero();
    if (query.length() <= 1000) {
      assertThat(RawHttp.get(room.port(), "/search?q=" + encode(query)).status()).as("the search page for %s", query).isEqualTo(200);
      RawHttp api = RawHttp.get(room.port(), "/api/search?q=" + encode(query));
      assertThat(api.status()).as("the API for %s: %s", query, api.body()).isEqualTo(200);
      assertThat(JSON.readTree(search.out()).get("total").asLong()).isEqualTo(JSON.readTree(api.body()).get("total").asLong());
    }
  }

  @Test
  void everyDoorStopsASearchPastItsTimeLimitAndSaysSo() throws Exception {
    try (LuceneArchive hurried = LuceneArchive.openReadOnly(HostileReadingRoom.get().data()).searchTimeout(Duration.ZERO);
        ReadingRoom impatient = ReadingRoom.start(hurried, "127.0.0.1", 0)) {
      String stopped = "he search took longer than 0 s and was stopped; try again, or narrow it"
          + " (fewer common words, a smaller ~slop, a field or a date range)";
      RawHttp page = RawHttp.get(impatient.port(), "/search?q=embassy");
      assertThat(page.status()).isEqualTo(503);
      assertThat(page.head()).containsIgnoringCase("Retry-After: 10");
      assertThat(page.body()).contains("T" + stopped + ".");

      RawHttp api = RawHttp.get(impatient.port(), "/api/search?q=embassy");
      assertThat(api.status()).isEqualTo(503);
      assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("T" + stopped + ".");

      CommandRun search = CommandRun.inProcess("search", "--data", HostileReadingRoom.get().data().toString(),
          "--search-timeout", "0", "embassy");
      assertThat(search.exitCode()).isEqualTo(1);
      assertThat(search.err().lines()).singleElement().isEqualTo("cables search: t" + stopped);

      assertThat(RawHttp.get(impatient.port(), "/api/stats").status()).as("a request that runs no search").isEqualTo(200);
    }
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
