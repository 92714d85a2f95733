package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests an attacker would send: path traversal, over-long addresses and queries, bad UTF-8 and
 * malformed escapes, and queries built to exhaust the server. Each must be refused with a 4xx, and the
 * server must answer an ordinary request right after. Costly queries inside the limits are answered,
 * and their cost, counted from the index's statistics as the archive counts it before running them, is
 * within the archive's limit: what that limit takes in time is measured, not asserted here (a test
 * that times requests fails on a busy machine without a defect; see docs/benchmarks.md).
 */
class HostileRequestsTest {
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    port = HostileReadingRoom.get().port();
    // the first request of a fresh server loads classes and warms caches: it is not what is bounded
    for (String page : new String[] {"/", "/search?q=embassy", "/cable/09MEXICO3093", "/api/stats", "/no/such/page"}) {
      RawHttp.get(port, page);
    }
  }

  static Stream<Arguments> hostileRequests() {
    return Stream.of(
        request("dot segments", "/../../etc/passwd"),
        request("escaped dot segments", "/%2e%2e/%2e%2e/etc/passwd"),
        request("escaped dots and slashes", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        request("traversal under /static", "/static/..%2f..%2fetc%2fpasswd"),
        request("escaped dots under /static", "/static/%2e%2e/%2e%2e/etc/passwd"),
        request("dot segments past the stylesheet", "/static/site.css/../../../../../etc/passwd"),
        request("traversal as a cable ID", "/cable/..%2f..%2f..%2fetc%2fpasswd"),
        request("backslash traversal", "/cable/..%5c..%5cwindows%5cwin.ini"),
        request("path parameters", "/static/..;/..;/etc/passwd"),
        request("a null byte", "/cable/09MEXICO3093%00.html"),
        request("overlong UTF-8 dot", "/static/%c0%ae%c0%ae/etc/passwd"),
        request("100 KB path", "/cable/" + "A".repeat(100_000)),
        request("100 KB query", "/search?q=" + "a".repeat(100_000)),
        request("query over the length limit", "/search?q=" + "word+".repeat(250)),
        request("bad UTF-8 in the query", "/search?q=%C3%28"),
        request("bad UTF-8 in the path", "/cable/%FF"),
        request("bad UTF-8 in the API", "/api/search?q=%FF%FE"),
        request("%u escape in a cable address", "/cable/%u0041"),
        request("%u escape in an origin list", "/origin/%u0041"),
        request("%u escape in the API", "/api/cables/%u0041"),
        request("%u escape in a query", "/search?q=%u0041"),
        request("a lone % in a tag list", "/tag/PREL%"),
        request("thousands of wildcard terms", "/search?q=" + wildcards(3_000)),
        request("as many wildcard terms as fit", "/search?q=" + wildcards(330)),
        request("match-all abuse", "/search?q=" + "*:*+".repeat(240)),
        request("deeply nested parentheses", "/search?q=" + "(".repeat(480) + "a" + ")".repeat(480)),
        request("unbalanced parentheses", "/search?q=" + "(".repeat(900)),
        request("huge fuzzy distance", "/search?q=embassy~99999999"),
        request("many fuzzy terms", "/search?q=" + "abcdefghij~2+".repeat(75)),
        request("leading wildcards", "/search?q=" + "*a*+".repeat(240)),
        request("forged cursor", "/search?q=embassy&cursor=Zm9yZ2VkLWN1cnNvcg"),
        request("forged API cursor", "/api/search?q=embassy&cursor=99999999999999999999"),
        request("very deep paging", "/search?q=embassy&from=1000000&cursor=1000000"),
        request("huge page size", "/search?q=embassy&limit=1000000"),
        request("negative page size", "/api/search?q=embassy&limit=-1"),
        request("fifty-one filters", "/search?q=embassy" + IntStream.range(0, 51)
            .mapToObj(i -> "&tag=T" + i).collect(Collectors.joining())),
        request("a year that is not one", "/search?year=20O9"));
  }

  /** Costly queries inside the limits: answered, and still within the bound. */
  static Stream<Arguments> costlyButAllowed() {
    return Stream.of(
        request("regular expression blow-up", "/search?q=/(.*a){40}.*/"),
        request("three fuzzy words", "/search?q=embasy~2+minster~2+goverment~2"),
        request("ten short prefixes", "/search?q=" + wildcards(10).replace("+", "+OR+")),
        request("twenty nested parentheses", "/search?q=" + "(".repeat(20) + "embassy" + ")".repeat(20)),
        request("a date range over everything", "/search?q=created:[*+TO+*]"),
        request("last page of everything", "/search?q=&from=600&limit=100"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("costlyButAllowed")
  void costlyQueriesWithinTheLimitsAreAnsweredAndCostNoMoreThanTheLimit(String what, String target) throws Exception {
    RawHttp answer = RawHttp.get(port, target);
    assertThat(answer.status()).as("%s: %s", what, abbreviate(answer.body())).isEqualTo(200);
    String query = java.net.URLDecoder.decode(target.replaceFirst("^[^?]*\\?q=", "").replaceFirst("&.*", ""),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(HostileReadingRoom.get().archive().costOf(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 20, null,
        true, 10, null, true))).as("%s costs", what).isLessThanOrEqualTo(LuceneArchive.DEFAULT_MAX_SEARCH_COST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileRequests")
  void isRefusedAndTheServerStaysResponsive(String what, String target) throws Exception {
    RawHttp answer = RawHttp.get(port, target);
    assertThat(answer.status()).as("%s: %s", what, abbreviate(answer.body())).isBetween(400, 499);
    RawHttp next = RawHttp.get(port, "/cable/09MEXICO3093");
    assertThat(next.status()).as("an ordinary request after %s", what).isEqualTo(200);
  }

  private static Arguments request(String what, String target) {
    return Arguments.of(what, target);
  }

  /** {@code a*+b*+…}: one-letter prefixes, each matching many terms. */
  private static String wildcards(int count) {
    return IntStream.range(0, count).mapToObj(i -> (char) ('a' + i % 26) + "*").collect(Collectors.joining("+"));
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
