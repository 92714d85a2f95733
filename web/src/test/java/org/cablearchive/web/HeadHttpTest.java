package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD answers what GET would, without the body: link checkers and monitors use it. Every kind of
 * answer is here: pages, redirects, refusals, missing cables, JSON, feeds and the stylesheet.
 */
class HeadHttpTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "/", "/about", "/cable/09MEXICO3093", "/cable/NOTANID", "/cable/09mexico003093", "/cable/2009/10/09MEXICO3093.html",
      "/cable/08MEXICO3595", "/cable?id=09+MEXICO+3093", "/cable?id=MEXICO+3093", "/search?q=merida", "/search?limit=1000",
      "/search?q=%22unclosed", "/origin", "/tag/PREL", "/created/2009/10", "/no/such/page", "/api/cables/10TRIPOLI95",
      "/api/cables/NOTANID", "/api/cables/09mexico003093", "/api/search?q=merida", "/api/openapi.json",
      "/feeds/tag/PREL", "/static/site.css", "/favicon.ico", "/favicon.svg", "/robots.txt", "/sitemap.xml",
      "/sitemaps/cables-1.xml", "/sitemaps/cables-9.xml"})
  void headIsGetWithoutTheBody(String path) {
    Http http = DemoReadingRoom.get().http();
    HttpResponse<String> get = http.get(path);
    HttpResponse<String> head = http.head(path);

    assertThat(head.statusCode()).as("status of HEAD " + path).isEqualTo(get.statusCode());
    assertThat(head.headers().firstValue("Location")).as("Location").isEqualTo(get.headers().firstValue("Location"));
    assertThat(head.headers().firstValue("Content-Type")).as("Content-Type").isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.headers().firstValue("Content-Security-Policy")).isEqualTo(get.headers().firstValue("Content-Security-Policy"));
    assertThat(head.headers().firstValue("ETag")).as("ETag").isEqualTo(get.headers().firstValue("ETag"));
    assertThat(head.body()).isEmpty();
    long length = get.body().getBytes(StandardCharsets.UTF_8).length;
    assertThat(head.headers().firstValueAsLong("Content-Length").orElse(length)).as("Content-Length").isEqualTo(length);
  }
}
