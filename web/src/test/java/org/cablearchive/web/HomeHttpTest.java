package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cablearchive.archive.Archive;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.ArchiveStats;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The front page, the guide to reading a cable, and the stylesheet. */
class HomeHttpTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @Test
  void frontPageSaysWhatTheArchiveHolds() throws IOException {
    ArchiveStats stats = DemoReadingRoom.get().archive().stats();
    HttpResponse<String> page = http.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(String.format(java.util.Locale.ROOT, "<p class=\"lead\">%,d US diplomatic cables (%,d releases) from %d posts,",
        stats.cables(), stats.versions(), stats.byOrigin().size()));
    assertThat(page.body())
        .contains("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .contains("<header class=\"site\">").contains("<nav class=\"site\" aria-label=\"Browse\">").contains("<footer class=\"site\">");
  }

  /** One search box, which also opens a cable by its ID; no second landmark of the same kind. */
  @Test
  void theFrontPageHasOneSearchBox() {
    Document home = Jsoup.parse(http.get("/").body());
    assertThat(home.select("form")).hasSize(1);
    assertThat(home.select("[role=search]")).hasSize(1);
    assertThat(home.select("form[action=/search] input[name=q]")).hasSize(1);
    HttpResponse<String> byId = http.get("/search?q=09+MEXICO+3093");
    assertThat(byId.statusCode()).isEqualTo(303);
    assertThat(byId.headers().firstValue("Location")).hasValue("/cable/09MEXICO3093");
  }

  /** The archive opened: latest releases, most cited, busiest origins and tags, every year a link. */
  @Test
  void theFrontPageOpensTheArchiveAtItsMostReadCorners() throws Exception {
    Document home = Jsoup.parse(http.get("/").body());
    JsonNode latest = json("/api/search?sort=released-desc&limit=8");
    assertThat(ids(home, "latest-h")).containsExactlyElementsOf(latest.get("hits").findValuesAsText("id"));
    List<String> cited = new ArrayList<>();
    for (JsonNode hit : json("/api/search?sort=cited-desc&limit=8").get("hits")) {
      if (hit.get("citedByCount").asLong() > 0) {
        cited.add(hit.get("id").asText());
      }
    }
    assertThat(cited).isNotEmpty();
    assertThat(ids(home, "cited-h")).containsExactlyElementsOf(cited);
    JsonNode all = json("/api/search?limit=1");
    JsonNode origin = all.get("facets").get("origin").get(0);
    assertThat(section(home, "origins-h").select("ul.counts li").first().text())
        .isEqualTo(origin.get("value").asText() + " " + origin.get("count").asLong());
    JsonNode tag = all.get("facets").get("tag").get(0);
    assertThat(section(home, "tags-h").select("ul.counts li a").first().attr("href")).isEqualTo("/tag/" + tag.get("value").asText());
    Elements bars = section(home, "timeline-h").select("svg a");
    assertThat(bars).hasSize(all.get("histogram").size());
    JsonNode first = all.get("histogram").get(0);
    assertThat(bars.first().attr("href")).isEqualTo("/created/" + first.get("key").asText());
    assertThat(bars.first().select("text.key").text()).isEqualTo(first.get("key").asText());
    assertThat(bars.first().select("text.count").text()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", first.get("count").asLong()));
  }

  private static List<String> ids(Document home, String heading) {
    return section(home, heading).select("ul.rows a.id").eachText();
  }

  private static Element section(Document home, String heading) {
    return home.selectFirst("section[aria-labelledby=" + heading + "]");
  }

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  /** The front page is rendered from the server's start, before any request, and that page is what readers get. */
  @Test
  void theFrontPageIsRenderedFromTheStart() throws Exception {
    OverviewsCounted archive = new OverviewsCounted();
    archive.overviewMayRun.countDown();
    try (ReadingRoom room = ReadingRoom.start(archive.proxy, "127.0.0.1", 0)) {
      // bounded only so that a broken start cannot hang the build
      room.frontPagePrepared().get(120, TimeUnit.SECONDS);
      assertThat(archive.overviews).as("the archive's overview, asked for before any request").hasValue(1);
      HttpResponse<String> page = new Http(room.port()).get("/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).isEqualTo(http.get("/").body());
      assertThat(archive.overviews).as("overviews asked for after the first request").hasValue(1);
    }
  }

  /** A request that comes while the front page is being rendered waits for that page rather than rendering another. */
  @Test
  void aRequestDuringTheStartWaitsForTheFrontPageBeingRendered() throws Exception {
    OverviewsCounted archive = new OverviewsCounted();
    try (ReadingRoom room = ReadingRoom.start(archive.proxy, "127.0.0.1", 0)) {
      CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> new Http(room.port()).get("/"));
      // The front page's overview is held until the request is in the front page's handler, whatever it
      // does there: rendering the page again would then ask for an overview of its own.
      for (int i = 0; i < 12_000 && !aThreadIsIn("org.cablearchive.web.HomeController", "home"); i++) {
        java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
      }
      assertThat(aThreadIsIn("org.cablearchive.web.HomeController", "home")).as("the request reached the front page").isTrue();
      archive.overviewMayRun.countDown();
      HttpResponse<String> page = first.get(120, TimeUnit.SECONDS);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).isEqualTo(http.get("/").body());
      assertThat(archive.overviews).hasValue(1);
    }
  }

  private static boolean aThreadIsIn(String className, String method) {
    return Thread.getAllStackTraces().values().stream().flatMap(java.util.Arrays::stream)
        .anyMatch(frame -> frame.getClassName().equals(className) && frame.getMethodName().equals(method));
  }

  /** The demo archive, counting the overviews asked of it, which wait until the test lets them be worked out. */
  private static final class OverviewsCounted {
    final CountDownLatch overviewMayRun = new CountDownLatch(1);
    final AtomicInteger overviews = new AtomicInteger();
    final Archive proxy;

    OverviewsCounted() {
      Archive demo = DemoReadingRoom.get().archive();
      proxy = (Archive) Proxy.newProxyInstance(Archive.class.getClassLoader(), new Class<?>[] {Archive.class},
          (self, method, args) -> {
            if (method.getName().equals("overview")) {
              overviewMayRun.await();
              overviews.incrementAndGet();
            }
            try {
              return method.invoke(demo, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }

  @Test
  void theGuideExplainsReasonsAndCaveats() {
    HttpResponse<String> page = http.get("/about");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<dt>(d)</dt><dd>Foreign relations or foreign activities of the United States, including confidential sources</dd>")
        .contains("<dt>NOFORN</dt><dd>Not releasable to foreign nationals: only US citizens may see it.</dd>")
        .contains("<h2 id=\"linking\">Linking and citing</h2>");
  }

  @Test
  void theStylesheetIsServedWithAPrintStyleAndAPhoneLayout() {
    HttpResponse<String> css = http.get("/static/site.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.body()).contains("@media print").contains("@media (max-width: 46rem)");
  }
}
