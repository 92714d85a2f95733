package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searching by meaning, and related cables, over HTTP: the page offers the mode and says what the counts describe. */
class MeaningHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUERY = "strengthening Mexican prosecutors";
  private static Http http;
  private static Archive archive;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
    archive = DemoReadingRoom.get().archive();
  }

  @Test
  void theSearchPageOffersTheThreeModesWithWordsChosen() {
    String html = http.get("/search").body();
    assertThat(html).contains("<legend>Find cables by</legend>")
        .contains("<input type=\"radio\" name=\"mode\" value=\"words\" checked>")
        .contains("<input type=\"radio\" name=\"mode\" value=\"meaning\">")
        .contains("<input type=\"radio\" name=\"mode\" value=\"both\">");
    assertThat(http.get("/search?q=x&mode=both").body()).contains("<input type=\"radio\" name=\"mode\" value=\"both\" checked>");
  }

  @Test
  void aSearchByMeaningShowsTheNearestCablesTheirNearestPassagesAndSaysWhatTheCountsDescribe() throws IOException {
    SearchResult expected = archive.search(new SearchRequest(QUERY, Map.of(), SortOrder.RELEVANCE, 20, null, true, 12,
        HistogramInterval.YEAR, true, SearchMode.MEANING));
    HttpResponse<String> page = http.get("/search?q=" + SitePaths.param(QUERY) + "&mode=meaning");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("<p class=\"notice mode-note\">These are the 100 cables nearest in meaning to your words;"
        + " the counts and the timeline describe these cables only.</p>");
    assertThat(SearchHttpTest.hitIds(html)).isEqualTo(expected.hits().stream().map(h -> h.cable().id().value()).toList());
    assertThat(SearchHttpTest.hitIds(html)).contains("09MEXICO3093");
    assertThat(html).containsPattern("<p class=\"snippet by-meaning\"><a href=\"/cable/[0-9A-Z]+#par\\d+\">¶\\d+</a>"
        + " <span class=\"why\" title=\"The passage nearest your words in meaning\">nearest in meaning</span>");
    assertThat(html).contains("<a rel=\"next\" href=\"/search?q=strengthening+Mexican+prosecutors&amp;mode=meaning&amp;page=2\">");
    SearchResult second = archive.search(new SearchRequest(QUERY, Map.of(), SortOrder.RELEVANCE, 20, expected.next(), true, 12,
        HistogramInterval.YEAR, true, SearchMode.MEANING));
    HttpResponse<String> next = http.get("/search?q=" + SitePaths.param(QUERY) + "&mode=meaning&page=2");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(SearchHttpTest.hitIds(next.body())).isEqualTo(second.hits().stream().map(h -> h.cable().id().value()).toList());
  }

  @Test
  void theApiSearchesByMeaningAndCountsTheCablesFound() throws IOException {
    JsonNode body = json("/api/search?q=" + SitePaths.param(QUERY) + "&mode=meaning&limit=5");
    assertThat(body.get("total").asLong()).isEqualTo(SearchMode.NEAREST);
    assertThat(body.get("next").asText()).isEqualTo("ranked:5");
    long origins = 0;
    for (JsonNode count : body.get("facets").get("classification")) {
      origins += count.get("count").asLong();
    }
    assertThat(origins).isEqualTo(SearchMode.NEAREST);
    JsonNode snippet = body.get("hits").get(0).get("snippets").get(0);
    assertThat(snippet.get("byMeaning").asBoolean()).isTrue();
    JsonNode filtered = json("/api/search?q=" + SitePaths.param(QUERY + " created:2009") + "&mode=meaning&limit=100");
    assertThat(filtered.get("hits")).allSatisfy(h -> assertThat(h.get("created").asText()).startsWith("2009-"));
  }

  @Test
  void theApiGivesRelatedCablesByWordsMeaningOrBoth() throws IOException {
    ReferenceId id = ReferenceId.of("09MEXICO3093");
    for (SearchMode by : SearchMode.values()) {
      JsonNode body = json("/api/cables/09MEXICO3093/related?by=" + by.key() + "&limit=5");
      assertThat(body.get("by").asText()).isEqualTo(by.key());
      assertThat(ids(body.get("related"))).as("by %s", by)
          .isEqualTo(archive.related(id, 5, by).stream().map(s -> s.id().value()).toList())
          .hasSize(5).doesNotContain("09MEXICO3093");
    }
    JsonNode byDefault = json("/api/cables/09MEXICO3093/related");
    assertThat(byDefault.get("by").asText()).isEqualTo(Archive.RELATED_BY.key());
    assertThat(byDefault.get("related")).hasSize(8);
    assertThat(http.get("/api/cables/09mexico3093/related").statusCode()).isEqualTo(301);
    assertThat(http.get("/api/cables/09MEXICO1/related").statusCode()).isEqualTo(404);
  }

  @Test
  void theCablePageListsItsEightCablesRelatedByWordsAndMeaning() throws IOException {
    String html = http.get("/cable/09MEXICO3093").body();
    String related = html.substring(html.indexOf("<section class=\"related\""));
    related = related.substring(0, related.indexOf("</section>"));
    List<String> expected = archive.related(ReferenceId.of("09MEXICO3093"), 8, SearchMode.BOTH).stream()
        .map(CableSummary::id).map(ReferenceId::value).toList();
    assertThat(related).contains("Cables close to this one in their words and in their meaning.");
    List<String> shown = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"/cable/([0-9A-Z]+)\"").matcher(related);
    while (m.find()) {
      if (!shown.contains(m.group(1))) {
        shown.add(m.group(1));
      }
    }
    assertThat(shown).isEqualTo(expected);
  }

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }
}
