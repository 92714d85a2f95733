package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.cablearchive.archive.ArchiveStats;
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
    assertThat(page.body()).contains(String.format(java.util.Locale.ROOT, "<p class=\"lead\">%,d US diplomatic cables (%,d releases) from %d posts.",
        stats.cables(), stats.versions(), stats.byOrigin().size()));
    assertThat(page.body()).contains("<form class=\"search\" action=\"/cable\" method=\"get\">")
        .contains("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .contains("<header class=\"site\">").contains("<nav class=\"site\" aria-label=\"Browse\">").contains("<footer class=\"site\">");
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
