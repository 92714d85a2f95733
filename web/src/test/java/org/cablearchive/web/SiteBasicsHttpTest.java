package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A public site's basics: an icon, robots.txt, a sitemap of every cable page, descriptions and previews. */
class SiteBasicsHttpTest {

  @Test
  void theIconIsServedAndNamedByEveryPage() {
    HttpResponse<String> icon = http().get("/favicon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(icon.body()).startsWith("<svg ");
    HttpResponse<String> ico = http().get("/favicon.ico");
    assertThat(ico.statusCode()).isEqualTo(301);
    assertThat(ico.headers().firstValue("Location")).hasValue("/favicon.svg");
    assertThat(Jsoup.parse(http().get("/about").body()).select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
  }

  @Test
  void robotsNamesTheSitemapAtTheCanonicalAddress() {
    HttpResponse<String> robots = http().get("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.body()).isEqualTo("User-agent: *\nDisallow: /search\nDisallow: /feeds/\nDisallow: /api/search\n\n"
        + "Sitemap: http://localhost:" + DemoReadingRoom.get().port() + "/sitemap.xml\n");
  }

  @Test
  void theSitemapListsEveryCablePageOnce() throws Exception {
    String own = "http://localhost:" + DemoReadingRoom.get().port();
    Document index = Jsoup.parse(http().get("/sitemap.xml").body(), "", Parser.xmlParser());
    assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(own + "/sitemaps/cables-1.xml");
    Document file = Jsoup.parse(http().get("/sitemaps/cables-1.xml").body(), "", Parser.xmlParser());
    List<String> pages = file.select("urlset > url > loc").eachText();
    long cables = DemoReadingRoom.get().archive().stats().cables();
    assertThat(pages).hasSize((int) cables).doesNotHaveDuplicates().contains(own + "/cable/09MEXICO3093", own + "/cable/10TRIPOLI95");
    assertThat(http().get("/sitemaps/cables-2.xml").statusCode()).isEqualTo(404);
    assertThat(http().get("/sitemaps/other.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void aCablePageDescribesItselfAndPreviewsWhenShared() {
    Document page = Jsoup.parse(http().get("/cable/09MEXICO3093").body());
    String description = page.select("meta[name=description]").attr("content");
    assertThat(description).startsWith("Embassy Mexico, 2009-10-27, CONFIDENTIAL. ");
    assertThat(description.length()).isLessThanOrEqualTo(260);
    assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("Cable 09MEXICO3093: SCENESETTER");
    assertThat(page.select("meta[property=og:url]").attr("content"))
        .isEqualTo("http://localhost:" + DemoReadingRoom.get().port() + "/cable/09MEXICO3093");
    assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
    assertThat(page.select("meta[property=article:published_time]").attr("content")).isEqualTo("2009-10-27T22:38:00Z");
  }

  @Test
  void feedEntriesCarryWhatTheCableSaysFirst() {
    Document feed = Jsoup.parse(http().get("/feeds/search?q=id:09MEXICO3093").body(), "", Parser.xmlParser());
    String summary = feed.selectFirst("entry > summary").wholeText();
    assertThat(summary).startsWith("Embassy Mexico · CONFIDENTIAL · created 2009-10-27 22:38 · released ");
    assertThat(summary).contains("\n\nThe upcoming visits of Secretary for Public Security (SSP) Genaro Garcia Luna");
  }

  private static Http http() {
    return DemoReadingRoom.get().http();
  }
}
