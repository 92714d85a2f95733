package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Escaping of hostile cable text, security headers on every kind of response, and request limits. */
class SecurityHttpTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @Test
  void hostileCableTextIsShownAsTextNeverAsMarkup() {
    HttpResponse<String> page = http.get("/cable/" + CraftedCables.ID.value());
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).doesNotContain("<script").doesNotContain("<img");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    assertThat(html).contains("<span class=\"unlinked\">javascript:alert(1)</span>");
    assertThat(html).doesNotContain("href=\"javascript:");
    assertThat(html).contains("<a href=\"http://example.com/press/story.html\" rel=\"noopener noreferrer nofollow\">");
    assertThat(html).contains("<a href=\"/tag/%3Cscript%3Ealert%281%29%3C%2Fscript%3E\">");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/search?q=alert", "/tag/PREL", "/origin/Embassy%20%3Cscript%3Ealert%281%29%3C%2Fscript%3E",
      "/feeds/search?q=alert"})
  void hostileTextStaysEscapedInListsFeedsAndJson(String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.body()).as(path).doesNotContain("<script").doesNotContain("<img");
  }

  /** JSON carries the text as it is (it is data, not markup), as JSON that browsers will not sniff as HTML. */
  @Test
  void jsonCarriesHostileTextFaithfullyAsJson() throws Exception {
    HttpResponse<String> response = http.get("/api/cables/" + CraftedCables.ID.value());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("subject").asText())
        .isEqualTo(CraftedCables.hostile().subject());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/cable/09MEXICO3093", "/search?q=merida", "/no/such/page", "/api/stats",
      "/api/cables/99NOSUCHPOST1", "/static/site.css", "/feeds/tag/PREL", "/search?limit=500"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
        .hasValue("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
    assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    assertThat(response.headers().firstValue("Permissions-Policy")).as(path).isPresent();
  }

  @Test
  void addressesThatAreNotUtf8Answer400() {
    HttpResponse<String> query = http.get("/search?q=%C3%28");
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(query.body()).contains("The address contains percent-escapes that are not UTF-8.");
    assertThat(http.get("/cable/%FF%FE").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/search?q=%E2%82").statusCode()).isEqualTo(400);
  }

  @Test
  void overlongAddressesAreRefused() {
    HttpResponse<String> response = http.get("/search?q=x&tag=" + "A".repeat(RequestGuard.MAX_URL_LENGTH));
    assertThat(response.statusCode()).isIn(414, 431);
  }

  @Test
  void pagesLoadNoScriptAtAll() {
    for (String path : new String[] {"/", "/cable/09MEXICO3093", "/search?q=merida", "/origin", "/about"}) {
      assertThat(http.get(path).body()).as(path).doesNotContain("<script").doesNotContain(" onclick=").doesNotContain(" style=\"");
    }
  }
}
