package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What proxies, caches, feed readers and programs expect of HTTP: 405 for a method an address does not
 * answer, 400 for a parameter that is not one, true plurals, a feed's {@code updated} that is a real
 * date, no feed advertised where it would fail, and conditional GET.
 */
class HttpDetailsHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({"POST, /", "POST, /search", "OPTIONS, /cable/09MEXICO3093", "PUT, /api/search", "DELETE, /api/cables/09MEXICO3093"})
  void aMethodAnAddressDoesNotAnswerIs405WithWhatItAllows(String method, String path) {
    HttpResponse<String> answer = http().send(method, path);
    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(answer.body()).contains("This address answers GET and HEAD only, not " + method + ".");
  }

  @Test
  void aVersionThatIsNotANumberIs400AndOneOutOfRangeSaysHowManyThereAre() throws IOException {
    HttpResponse<String> abc = http().get("/api/cables/09MEXICO3093/versions/abc");
    assertThat(abc.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(abc.body()).get("error").asText()).isEqualTo("The version must be a number from 1 to 1, not \"abc\".");
    HttpResponse<String> nine = http().get("/api/cables/09MEXICO3093/versions/9");
    assertThat(nine.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(nine.body()).get("error").asText()).isEqualTo("09MEXICO3093 has 1 version; there is no version 9.");
  }

  @ParameterizedTest
  @CsvSource({"/origin?order=bogus", "/api/browse/origin?order=bogus", "/api/browse/tag?order=COUNT"})
  void anOrderThatIsNotOneIs400(String path) {
    HttpResponse<String> answer = http().get(path);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("order must be name or count.");
  }

  @Test
  void theApiListsValuesByNameWhenAsked() throws IOException {
    JsonNode values = JSON.readTree(http().get("/api/browse/origin?order=name").body()).get("values");
    assertThat(values.get(0).get("value").asText()).isLessThan(values.get(1).get("value").asText());
    assertThat(values.get(values.size() - 2).get("value").asText()).isLessThan(values.get(values.size() - 1).get("value").asText());
  }

  @Test
  void anEmptyFeedIsUpdatedAtTheArchivesNewestReleaseNot1970() {
    String newest = Jsoup.parse(http().get("/feeds/search").body(), "", org.jsoup.parser.Parser.xmlParser())
        .selectFirst("feed > updated").text();
    String empty = Jsoup.parse(http().get("/feeds/search?q=zzzznothingatall").body(), "", org.jsoup.parser.Parser.xmlParser())
        .selectFirst("feed > updated").text();
    assertThat(newest).startsWith("20");
    assertThat(empty).isEqualTo(newest);
  }

  @Test
  void aSearchTheArchiveCannotRunAdvertisesNoFeed() {
    HttpResponse<String> page = http().get("/search?q=%22unclosed");
    assertThat(page.statusCode()).isEqualTo(400);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("link[type=application/atom+xml]")).isEmpty();
    assertThat(html.select("a[href^=/feeds/]")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"/", "/cable/09MEXICO3093", "/search?q=merida", "/tag/PREL", "/feeds/tag/PREL", "/api/cables/09MEXICO3093",
      "/api/openapi.json", "/static/site.css", "/sitemap.xml"})
  void askingAgainWithTheETagGives304AndNoBody(String path) {
    HttpResponse<String> first = http().get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(http().get(path).headers().firstValue("ETag")).hasValue(etag);
    HttpResponse<String> again = http().get(path, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(http().get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void aFeedSaysWhenItLastChangedAndAnswers304WhenNothingIsNewer() {
    HttpResponse<String> feed = http().get("/feeds/tag/PREL");
    String modified = feed.headers().firstValue("Last-Modified").orElseThrow();
    String updated = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser()).selectFirst("feed > updated").text();
    assertThat(java.time.Instant.from(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(modified)))
        .isEqualTo(java.time.Instant.parse(updated).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(http().get("/feeds/tag/PREL", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
    assertThat(http().get("/feeds/tag/PREL", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).isEqualTo(200);
  }

  @Test
  void errorsCarryNoETag() {
    assertThat(http().get("/cable/NOTANID").headers().firstValue("ETag")).isEmpty();
  }

  private static Http http() {
    return DemoReadingRoom.get().http();
  }
}
