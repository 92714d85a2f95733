package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** Browse lists, their index pages and Atom feeds, checked against the JSON API's counts. */
class BrowseHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @ParameterizedTest
  @CsvSource({
      "/origin/Embassy%20Mexico, /api/browse/origin/Embassy%20Mexico, /feeds/origin/Embassy%20Mexico",
      "/tag/PREL, /api/browse/tag/PREL, /feeds/tag/PREL",
      "/classification/CONFIDENTIAL, /api/browse/classification/CONFIDENTIAL, /feeds/classification/CONFIDENTIAL",
      "/classification/SECRET%2F%2FNOFORN, /api/browse/classification/SECRET%2F%2FNOFORN, /feeds/classification/SECRET%2F%2FNOFORN",
      "/created/2009, /api/browse/created/2009, /feeds/created/2009",
      "/created/2009/10, /api/browse/created/2009/10, /feeds/created/2009/10",
      "/released/2011-08-30, /api/browse/released/2011-08-30, /feeds/released/2011-08-30"})
  void eachListShowsTheCountTheApiGivesAndHasAFeed(String page, String api, String feed) throws Exception {
    JsonNode list = json(api);
    long total = list.get("total").asLong();
    assertThat(total).as(api).isPositive();
    HttpResponse<String> html = http.get(page);
    assertThat(html.statusCode()).as(page).isEqualTo(200);
    assertThat(html.body()).contains(String.format(java.util.Locale.ROOT, "<strong>%,d %s</strong>", total, total == 1 ? "cable" : "cables"));
    assertThat(html.body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
    String firstId = list.get("cables").get(0).get("id").asText();
    assertThat(html.body()).contains("<a class=\"id\" href=\"/cable/" + firstId + "\">");
    Document atom = atom(feed);
    assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).as(feed)
        .isEqualTo((int) Math.min(total, 20));
  }

  @ParameterizedTest
  @CsvSource({"/origin, origin", "/tag, tag", "/classification, classification", "/created, created", "/released, released"})
  void indexPagesListEveryValueWithItsCount(String page, String kind) throws Exception {
    JsonNode counts = json("/api/browse/" + kind);
    assertThat(counts.get("values").size()).as(kind).isPositive();
    HttpResponse<String> html = http.get(page);
    assertThat(html.statusCode()).isEqualTo(200);
    JsonNode first = counts.get("values").get(0);
    assertThat(html.body()).contains(">" + (kind.equals("created") ? first.get("value").asText().substring(5) : first.get("value").asText())
        + "</a> <span class=\"count\">" + first.get("count").asLong() + "</span>");
  }

  @Test
  void listsSortAndPage() throws Exception {
    JsonNode oldest = json("/api/browse/tag/PREL?sort=created-asc&limit=3");
    JsonNode newest = json("/api/browse/tag/PREL?sort=created-desc&limit=3");
    assertThat(oldest.get("cables").get(0).get("created").asText())
        .isLessThan(newest.get("cables").get(0).get("created").asText());
    String html = http.get("/tag/PREL?sort=created-asc&limit=3").body();
    assertThat(html).contains("<a rel=\"next\" href=\"/tag/PREL?sort=created-asc&amp;limit=3&amp;page=2\">");
  }

  /** Numbered pages both ways: page 2 holds what the API's cursor gives after page 1, and leads back. */
  @Test
  void numberedPagesLeadBothWaysAndHoldWhatTheCursorGives() throws Exception {
    JsonNode first = json("/api/browse/tag/PREL?sort=created-asc&limit=3");
    JsonNode second = json("/api/browse/tag/PREL?sort=created-asc&limit=3&cursor="
        + java.net.URLEncoder.encode(first.get("next").asText(), StandardCharsets.UTF_8));
    long pages = (first.get("total").asLong() + 2) / 3;
    assertThat(pages).isGreaterThan(5);
    org.jsoup.nodes.Document page2 = Jsoup.parse(http.get("/tag/PREL?sort=created-asc&limit=3&page=2").body());
    assertThat(page2.select("ul.rows a.id").eachText()).containsExactlyElementsOf(second.get("cables").findValuesAsText("id"));
    org.jsoup.nodes.Element pager = page2.selectFirst("nav.pages");
    assertThat(pager.select("a[rel=prev]").attr("href")).isEqualTo("/tag/PREL?sort=created-asc&limit=3");
    assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("/tag/PREL?sort=created-asc&limit=3&page=3");
    assertThat(pager.select("[aria-current=page]").text()).isEqualTo("2");
    assertThat(pager.select("a:not([rel])").eachText()).contains("1", "3", "4", String.format(java.util.Locale.ROOT, "%,d", pages));
    org.jsoup.nodes.Document last = Jsoup.parse(http.get("/tag/PREL?sort=created-asc&limit=3&page=" + pages).body());
    assertThat(last.select("nav.pages a[rel=next]")).isEmpty();
    assertThat(last.select("nav.pages a[rel=prev]").attr("href")).isEqualTo("/tag/PREL?sort=created-asc&limit=3&page=" + (pages - 1));
    assertThat(http.get("/tag/PREL?sort=created-asc&limit=3&page=" + (pages + 1)).statusCode()).isEqualTo(404);
    assertThat(http.get("/tag/PREL?limit=3&page=2&cursor=x").statusCode()).isEqualTo(400);
    assertThat(http.get("/tag/PREL?page=0").statusCode()).isEqualTo(400);
  }

  @Test
  void malformedListValuesAnswer400AndUnknownOnes404() {
    assertThat(http.get("/created/20x9").statusCode()).isEqualTo(400);
    assertThat(http.get("/created/2009/13").statusCode()).isEqualTo(400);
    assertThat(http.get("/released/2011-13-01").statusCode()).isEqualTo(400);
    assertThat(http.get("/classification/TOP%20SECRET").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/browse/planet/Mars").statusCode()).isEqualTo(404);
    assertThat(http.get("/feeds/planet/Mars").statusCode()).isEqualTo(404);
    assertThat(http.get("/origin?order=size").statusCode()).isEqualTo(400);
  }

  @Test
  void searchFeedIsAtomOfTheLatestReleases() throws Exception {
    HttpResponse<String> response = http.get("/feeds/search?q=merida");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
    Document atom = atom("/feeds/search?q=merida");
    assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
    assertThat(response.body()).contains("<link rel=\"alternate\" href=\"http://localhost:" + DemoReadingRoom.get().port() + "/search?q=merida&amp;sort=released-desc\"");
  }

  private static Document atom(String path) throws Exception {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
