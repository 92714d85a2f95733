package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every path around IDs and whole values leads somewhere: a search for a cable's ID leads to it, the
 * page of a cited cable the archive does not hold offers searches that find something, and a value no
 * cable has says so with the values that exist.
 */
class NoDeadEndsHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

  @ParameterizedTest
  @CsvSource({
      "09MEXICO3093, /cable/09MEXICO3093",
      "09+MEXICO+3093, /cable/09MEXICO3093",
      "09mexico003093, /cable/09MEXICO3093",
      "09SECTION01OF03SANJOSE525, /cable/09SANJOSE525",
      "https%3A%2F%2Fwikileaks.org%2Fcable%2F2009%2F10%2F09MEXICO3093.html, /cable/09MEXICO3093",
      "08MEXICO3595, /cable/08MEXICO3595"})
  void aSearchForACablesIdLeadsToIt(String query, String cable) {
    HttpResponse<String> search = http().get("/search?q=" + query);
    assertThat(search.statusCode()).isEqualTo(303);
    assertThat(search.headers().firstValue("Location")).hasValue(cable);
  }

  @Test
  void theApiSearchForACablesIdFindsItAndSaysWhichCableItNames() throws IOException {
    JsonNode held = JSON.readTree(http().get("/api/search?q=09+MEXICO+3093").body());
    assertThat(held.get("hits").get(0).get("id").asText()).isEqualTo("09MEXICO3093");
    assertThat(held.get("cable").toString()).isEqualTo(
        "{\"id\":\"09MEXICO3093\",\"held\":true,\"citedBy\":" + DemoReadingRoom.get().archive().citedBy(
            org.cablearchive.model.ReferenceId.of("09MEXICO3093")).size() + ",\"href\":\"/api/cables/09MEXICO3093\"}");
    JsonNode cited = JSON.readTree(http().get("/api/search?q=08MEXICO3595").body());
    assertThat(cited.get("cable").get("held").asBoolean()).isFalse();
    assertThat(cited.get("cable").get("href").asText()).isEqualTo("/api/cables/08MEXICO3595/cited-by");
    assertThat(cited.get("total").asLong()).isEqualTo(cited.get("cable").get("citedBy").asLong()).isPositive();
    assertThat(JSON.readTree(http().get("/api/search?q=merida").body()).get("cable").isNull()).isTrue();
  }

  @Test
  void theIdOfACableNobodyHoldsOrCitesIsSearchedAndSaysSo() {
    HttpResponse<String> search = http().get("/search?q=99NOSUCHPOST1");
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("<p class=\"notice\">The archive holds no cable 99NOSUCHPOST1, and no cable it holds cites it.</p>")
        .doesNotContain("href=\"/cable/99NOSUCHPOST1\"");
  }

  @Test
  void aCitedCableTheArchiveDoesNotHoldOffersWhatFindsIt() throws IOException {
    HttpResponse<String> page = http().get("/cable/08MEXICO3595");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<a href=\"/search?q=cites:08MEXICO3595\">cites:08MEXICO3595</a>")
        .contains("<a href=\"/search?q=%2208+MEXICO+3595%22\">\"08 MEXICO 3595\"</a>")
        .doesNotContain("href=\"/search?q=08MEXICO3595\"");
    List<String> links = links(page.body());
    for (String link : links) {
      HttpResponse<String> followed = http().get(link);
      assertThat(followed.statusCode()).as(link).isEqualTo(200);
      if (link.startsWith("/search")) {
        assertThat(followed.body()).as(link).doesNotContain("<h2 id=\"results-h\">0 cables").contains("<li class=\"hit\">");
      }
    }
  }

  @Test
  void aWholeValueNoCableHasSaysSoAndSuggestsTheValuesThatExist() throws IOException {
    String page = http().get("/search?q=origin:mexico").body();
    assertThat(page).contains("<p class=\"notice\">origin:mexico matches no cable: origin values are matched whole. Did you mean "
        + "<a href=\"/search?q=origin%3A%22Embassy+Mexico%22\">origin:\"Embassy Mexico\" (");
    String joined = http().get("/search?q=origin:Embassy+Mexico").body();
    assertThat(joined).contains("origin:Embassy matches no cable").contains("<a href=\"/search?q=origin%3A%22Embassy+Mexico%22\">");
    assertThat(http().get("/search?q=origin%3A%22Embassy+Mexico%22").body()).doesNotContain("matches no cable")
        .contains("<li class=\"hit\">");

    JsonNode api = JSON.readTree(http().get("/api/search?q=origin:Embassy+Mexico").body());
    assertThat(api.get("total").asLong()).isZero();
    assertThat(api.get("unmatched").get(0).get("field").asText()).isEqualTo("origin");
    assertThat(api.get("unmatched").get(0).get("value").asText()).isEqualTo("Embassy");
    assertThat(api.get("unmatched").get(0).get("suggestions").get(0).get("query").asText()).isEqualTo("origin:\"Embassy Mexico\"");
    assertThat(JSON.readTree(http().get("/api/search?q=merida").body()).get("unmatched").size()).isZero();
  }

  private static List<String> links(String html) {
    String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    List<String> links = new ArrayList<>();
    Matcher m = HREF.matcher(main);
    while (m.find()) {
      links.add(m.group(1).replace("&amp;", "&"));
    }
    return links;
  }

  private static Http http() {
    return DemoReadingRoom.get().http();
  }
}
