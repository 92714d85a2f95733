package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search page and its JSON twin over HTTP: snippets, facets, histogram, drill-down, paging, errors. */
class SearchHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HIT_ID = Pattern.compile("<a class=\"id\" href=\"/cable/([^\"]+)\">");
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @Test
  void searchShowsTheExactTotalHighlightedSnippetsLinkingToParagraphsAndFacets() throws IOException {
    SearchResult expected = DemoReadingRoom.get().archive().search(SearchRequest.of("merida"));
    HttpResponse<String> page = http.get("/search?q=merida");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains(String.format(java.util.Locale.ROOT, "%,d cables", expected.total()));
    assertThat(html).containsPattern("<p class=\"snippet\"><a href=\"/cable/[0-9A-Z]+#par\\d+\">¶\\d+</a> [^<]*<mark>[Mm]erida</mark>");
    assertThat(html).contains("<h2>Origin</h2>").contains("<h2>Tag</h2>").contains("<h2>Classification</h2>");
    assertThat(html).contains("<svg viewBox=").contains("<rect class=\"bar\"");
    assertThat(html).contains("value=\"merida\"");
    assertThat(hitIds(html)).isEqualTo(expected.hits().stream().map(h -> h.cable().id().value()).toList());
  }

  @Test
  void facetLinksDrillDownAndCombineValuesOfOneField() throws IOException {
    JsonNode all = json("/api/search?q=merida");
    JsonNode origins = all.get("facets").get("origin");
    String first = origins.get(0).get("value").asText();
    long firstCount = origins.get(0).get("count").asLong();
    JsonNode narrowed = json("/api/search?q=merida&origin=" + SitePaths.param(first));
    assertThat(narrowed.get("total").asLong()).isEqualTo(firstCount);
    if (origins.size() > 1) {
      String second = origins.get(1).get("value").asText();
      JsonNode both = json("/api/search?q=merida&origin=" + SitePaths.param(first) + "&origin=" + SitePaths.param(second));
      assertThat(both.get("total").asLong()).isEqualTo(firstCount + origins.get(1).get("count").asLong());
    }
    String html = http.get("/search?q=merida").body();
    assertThat(html).contains("href=\"/search?q=merida&amp;origin=" + SitePaths.param(first).replace("&", "&amp;") + "\"");
    String drilled = http.get("/search?q=merida&origin=" + SitePaths.param(first)).body();
    assertThat(drilled).contains("aria-current=\"true\"").contains("Origin: " + first);
  }

  @Test
  void histogramBarsAreLinksThatNarrowToTheirYear() throws IOException {
    JsonNode all = json("/api/search");
    JsonNode bucket = all.get("histogram").get(0);
    String year = bucket.get("key").asText();
    assertThat(year).matches("\\d{4}");
    String html = http.get("/search").body();
    String count = String.format(Locale.ROOT, "%,d", bucket.get("count").asLong());
    Element bar = Jsoup.parse(html).selectFirst("figure.histogram a[href=/search?year=" + year + "]");
    assertThat(bar.select("title").text()).isEqualTo(year + ": " + count + (count.equals("1") ? " cable" : " cables"));
    // the axis: the year under the bar and its count above it, readable without hovering
    assertThat(bar.select("text.key").text()).isEqualTo(year);
    assertThat(bar.select("text.count").text()).isEqualTo(count);
    JsonNode narrowed = json("/api/search?year=" + year);
    assertThat(narrowed.get("total").asLong()).isEqualTo(bucket.get("count").asLong());
    assertThat(narrowed.get("histogram").get(0).get("key").asText()).startsWith(year + "-");
  }

  @Test
  void pagingFollowsTheCursorWithoutRepeatingHits() throws IOException {
    JsonNode first = json("/api/search?q=embassy&limit=5&sort=created-desc");
    String cursor = first.get("next").asText();
    JsonNode second = json("/api/search?q=embassy&limit=5&sort=created-desc&cursor=" + SitePaths.param(cursor));
    List<String> firstIds = ids(first);
    List<String> secondIds = ids(second);
    assertThat(firstIds).hasSize(5);
    assertThat(secondIds).hasSize(5).doesNotContainAnyElementsOf(firstIds);
    String html = http.get("/search?q=embassy&limit=5&sort=created-desc").body();
    Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\">").matcher(html);
    assertThat(next.find()).isTrue();
    String secondPage = http.get(next.group(1).replace("&amp;", "&")).body();
    assertThat(hitIds(secondPage)).isEqualTo(secondIds);
    assertThat(secondPage).contains("6–10 of");
  }

  @Test
  void apiSearchAnswersTheDocumentedShape() throws IOException {
    JsonNode body = json("/api/search?q=merida&tag=PREL");
    assertThat(iterable(body.fieldNames())).containsExactly("total", "hits", "facets", "histogram", "next", "cable", "unmatched");
    assertThat(iterable(body.get("facets").fieldNames()))
        .containsExactly("origin", "tag", "classification", "handling", "year", "month");
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("id").asText()).matches("\\d{2}[A-Z]+\\d+");
    assertThat(hit.has("subject")).isTrue();
    assertThat(hit.has("citedByCount")).isTrue();
    assertThat(hit.get("snippets").get(0).get("highlights").get(0).has("start")).isTrue();
    SearchResult expected = DemoReadingRoom.get().archive().search(new SearchRequest("merida",
        Map.of(FacetField.TAG, List.of("PREL")), SortOrder.RELEVANCE, 20, null, false, 0, null, false));
    assertThat(body.get("total").asLong()).isEqualTo(expected.total());
  }

  @Test
  void aQueryTheArchiveCannotRunIsShownOnThePageWith400() {
    HttpResponse<String> page = http.get("/search?q=%22unclosed+phrase");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("<p class=\"notice error\" role=\"alert\">Your query cannot be run")
        .contains("value=\"&#34;unclosed phrase\"");
    HttpResponse<String> api = http.get("/api/search?q=created:notadate");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(api.body()).startsWith("{\"status\":400,\"error\":\"Your query cannot be run");
  }

  @Test
  void aQuerySpellingAReferenceIdWithFiltersFindsThatCableAndOffersToOpenIt() {
    String page = http.get("/search?q=09+MEXICO+3093&tag=PREL").body();
    assertThat(page).contains("<p class=\"notice\">Looking for one cable? <a href=\"/cable/09MEXICO3093\">Open cable 09MEXICO3093</a></p>")
        .contains("<a class=\"id\" href=\"/cable/09MEXICO3093\">09MEXICO3093</a>");
    assertThat(http.get("/search?q=merida").body()).doesNotContain("Looking for one cable?");
  }

  /** The syntax help must stay true: every example it gives runs. */
  @Test
  void everyExampleOfTheSyntaxHelpRuns() {
    String html = http.get("/search").body();
    String help = html.substring(html.indexOf("<details class=\"syntax\">"), html.indexOf("</details>", html.indexOf("<details class=\"syntax\">")));
    Matcher example = Pattern.compile("<code>([^<]+)</code>").matcher(help);
    int examples = 0;
    while (example.find()) {
      String query = example.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&");
      HttpResponse<String> response = http.get("/api/search?q=" + SitePaths.param(query));
      assertThat(response.statusCode()).as(query).isEqualTo(200);
      examples++;
    }
    assertThat(examples).isEqualTo(12);
  }

  @Test
  void badParametersAnswer400WithAMessage() {
    assertBadRequest("/search?limit=101", "limit must be a number from 1 to 100.");
    assertBadRequest("/search?limit=0", "limit must be a number from 1 to 100.");
    assertBadRequest("/search?sort=sideways", "sort must be one of");
    assertBadRequest("/search?year=20x9", "year must be four digits");
    assertBadRequest("/search?month=2009-13", "month must be YYYY-MM");
    assertBadRequest("/search?from=-1", "from must be a number of 0 or more.");
    assertBadRequest("/search?q=" + "a".repeat(1001), "q is longer than 1000 characters.");
    assertBadRequest("/api/search?limit=1000", "limit must be a number from 1 to 100.");
    assertBadRequest("/search?mode=vibes", "mode must be one of words, meaning, both.");
    assertBadRequest("/api/cables/09MEXICO3093/related?by=vibes", "by must be one of words, meaning, both.");
  }

  /** The sidebar shows twelve values a field; "every … value" lists all of them with their counts, each a narrowing link. */
  @Test
  void everyValueOfAFieldIsOneLinkAwayFromTheSidebar() throws IOException {
    SearchResult whole = DemoReadingRoom.get().archive().search(
        new SearchRequest("", Map.of(), SortOrder.CREATED_DESC, 1, null, true, 100_000, null, false));
    List<org.cablearchive.archive.FacetCount> origins = whole.facets().get(FacetField.ORIGIN);
    assertThat(origins).hasSizeGreaterThan(12);
    Element sidebar = Jsoup.parse(http.get("/search").body()).selectFirst("aside.facets");
    assertThat(sidebar.select("a[href=/search/origin]").text()).isEqualTo("Every origin value");
    assertThat(sidebar.select("a[href^=/search?origin=]")).hasSize(12);
    org.jsoup.nodes.Document all = Jsoup.parse(http.get("/search/origin").body());
    List<String> listed = all.select("ul.values li").eachText();
    assertThat(listed).containsExactlyElementsOf(origins.stream().map(c -> c.value() + " " + c.count()).toList());
    assertThat(all.select("ul.values a").first().attr("href")).isEqualTo("/search?origin=" + SitePaths.param(origins.get(0).value()));
    List<String> byName = Jsoup.parse(http.get("/search/origin?order=name").body()).select("ul.values a").eachText();
    assertThat(byName).isSorted().hasSize(origins.size());
    assertThat(http.get("/search/planet").statusCode()).isEqualTo(404);
    assertThat(http.get("/search/origin?order=size").statusCode()).isEqualTo(400);
  }

  private static void assertBadRequest(String path, String message) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.body()).as(path).contains(message);
  }

  static List<String> hitIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = HIT_ID.matcher(html.substring(html.indexOf("<ol class=\"hits\">")));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  static JsonNode json(String path) throws IOException {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
    return JSON.readTree(response.body());
  }
}
