package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cablearchive.web.SiteCrawl.Visit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A link checker's walk over the demo from {@code /}: no broken link but the cited cables the archive does
 * not hold, whose pages say so and have somewhere to go; HEAD answers as GET; no answer names the server's
 * folders.
 */
class SiteCrawlTest {

  @Test
  void noLinkIsBrokenButCitedCablesNeverReleasedAndTheirPagesLeadOn() {
    List<Visit> visits = SiteCrawl.get().visits();
    List<String> broken = new ArrayList<>();
    int missing = 0;
    for (Visit v : visits) {
      if (v.status() < 400) {
        continue;
      }
      if (v.status() == 404 && v.path().startsWith("/cable/") && v.isHtml()) {
        missing++;
        Document page = Jsoup.parse(v.body());
        assertThat(page.select("h1").text()).as(v.path()).endsWith("is not in the archive");
        String notice = page.select("p.notice").text();
        assertThat(notice).as(v.path()).contains("archived cable");
        assertThat(page.select("ul.browse a[href]")).as("where to go from " + v.path()).isNotEmpty();
        if (!notice.contains("no archived cable cites it")) {
          assertThat(page.select("ul.rows a.id")).as("the cables citing " + v.path()).isNotEmpty();
        } else {
          // Linked from an earlier release's REF line: the current texts, which the archive indexes, do not cite it.
          assertThat(v.from()).as("what links to " + v.path()).contains("?version=");
        }
      } else {
        broken.add(v.status() + " " + v.path() + " (linked from " + v.from() + ")");
      }
    }
    assertThat(broken).as("broken links").isEmpty();
    assertThat(missing).as("pages of cited cables the archive does not hold").isPositive();
  }

  /** Every route, template, feed and API operation is reached by following links from the front page. */
  @Test
  void everyKindOfAddressIsReached() {
    assertThat(SiteCrawl.get().kinds()).contains(
        "/", "/about", "/robots.txt", "/sitemap.xml", "/sitemaps/*", "/favicon.svg", "/static/site.css",
        "/cable/*", "/cable/*?version", "/cable?id",
        "/search?q", "/search?filter&q", "/search?page", "/search?q&sort", "/search/origin", "/search/tag?q",
        "/origin", "/origin?order", "/origin/*", "/origin/*?sort",
        "/tag", "/tag/*", "/tag/*?page", "/classification", "/classification/*", "/created", "/created/*", "/created/*/*",
        "/released", "/released/*",
        "/feeds/search?q", "/feeds/origin/*", "/feeds/tag/*", "/feeds/classification/*", "/feeds/created/*",
        "/feeds/created/*/*", "/feeds/released/*",
        "/api/openapi.json", "/api/cables/*", "/api/cables/*/cited-by", "/api/search?q", "/api/browse/origin/*",
        "/api/browse/tag/*", "/api/browse/classification/*", "/api/browse/created/*", "/api/browse/created/*/*",
        "/api/browse/released/*");
  }

  @Test
  void headAnswersAsGetEverywhere() {
    List<String> differ = new ArrayList<>();
    for (Visit v : SiteCrawl.get().visits()) {
      if (v.headStatus() != v.status() || !Objects.equals(v.headLocation(), v.location()) || !v.headBody().isEmpty()) {
        differ.add(v.path() + ": GET " + v.status() + " " + v.location() + ", HEAD " + v.headStatus() + " " + v.headLocation());
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void noAnswerNamesTheServersFolders() {
    List<String> revealing = new ArrayList<>();
    for (Visit v : SiteCrawl.get().visits()) {
      for (String folder : DemoReadingRoom.serverFolders()) {
        if (v.body().contains(folder)) {
          revealing.add(v.path() + " names " + folder);
        }
      }
    }
    assertThat(revealing).isEmpty();
  }
}
