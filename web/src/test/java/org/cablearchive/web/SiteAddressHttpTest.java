package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Absolute links (feed and entry ids, the citation and share lines) never come from the request's Host
 * header: they name the canonical address, or what a proxy the operator trusts forwards.
 */
class SiteAddressHttpTest {

  @Test
  void byDefaultLinksNameLocalhostWhateverHostARequestCarries() {
    Http http = DemoReadingRoom.get().http();
    String own = "http://localhost:" + DemoReadingRoom.get().port();
    String evil = body(http.getWithHost("evil.example", "/feeds/tag/PREL"));
    assertThat(evil).doesNotContain("evil.example").contains("<id>" + own + "/feeds/tag/PREL</id>")
        .contains("<id>" + own + "/cable/");
    assertThat(body(http.getWithHost("127.0.0.1:" + DemoReadingRoom.get().port(), "/feeds/tag/PREL")))
        .isEqualTo(body(http.getWithHost("localhost:" + DemoReadingRoom.get().port(), "/feeds/tag/PREL")))
        .isEqualTo(evil);
    String page = body(http.getWithHost("evil.example", "/cable/09MEXICO3093"));
    assertThat(page).doesNotContain("evil.example")
        .contains("value=\"#cablegate #09MEXICO3093 " + own + "/cable/09MEXICO3093\"")
        .contains("CONFIDENTIAL, " + own + "/cable/09MEXICO3093\"");
  }

  @Test
  void proxyHeadersAreIgnoredUnlessTheProxyIsTrusted() {
    Http http = DemoReadingRoom.get().http();
    String feed = http.get("/feeds/tag/PREL", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example",
        "Forwarded", "proto=https;host=evil.example").body();
    assertThat(feed).doesNotContain("evil.example").doesNotContain("https://localhost");
  }

  @Test
  void behindATrustedProxyLinksNameWhatItForwards() {
    try (ReadingRoom room = ReadingRoom.start(DemoReadingRoom.get().archive(), "127.0.0.1", 0,
        SiteAddress.behindProxy("127.0.0.1"))) {
      Http http = new Http(room.port());
      assertThat(http.get("/feeds/tag/PREL", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "Cables.Example.org").body())
          .contains("<id>https://cables.example.org/feeds/tag/PREL</id>");
      assertThat(http.get("/feeds/tag/PREL", "Forwarded", "for=192.0.2.60;proto=https;host=\"cables.example.org:8443\"").body())
          .contains("<id>https://cables.example.org:8443/feeds/tag/PREL</id>");
      assertThat(http.get("/cable/09MEXICO3093", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "cables.example.org").body())
          .contains("CONFIDENTIAL, https://cables.example.org/cable/09MEXICO3093\"");
      // What is not a host falls back to the server's own address.
      assertThat(http.get("/feeds/tag/PREL", "X-Forwarded-Host", "evil.example/\"><x").body())
          .doesNotContain("evil.example").contains("<id>http://localhost:" + room.port() + "/feeds/tag/PREL</id>");
      assertThat(http.get("/feeds/tag/PREL").body()).contains("<id>http://localhost:" + room.port() + "/feeds/tag/PREL</id>");
    }
  }

  @Test
  void aBaseUrlIsUsedForEveryLink() {
    try (ReadingRoom room = ReadingRoom.start(DemoReadingRoom.get().archive(), "127.0.0.1", 0,
        SiteAddress.canonical("https://Cables.Example.org/"))) {
      Http http = new Http(room.port());
      assertThat(http.get("/feeds/search?q=merida", "X-Forwarded-Host", "evil.example").body())
          .doesNotContain("evil.example").contains("<id>https://cables.example.org/feeds/search?q=merida</id>");
    }
  }

  @Test
  void aBaseUrlIsSchemeAndHostOnly() {
    assertThat(SiteAddress.checked("https://cables.example.org:8443")).isEqualTo("https://cables.example.org:8443");
    assertThatThrownBy(() -> SiteAddress.checked("cables.example.org")).hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> SiteAddress.checked("ftp://cables.example.org")).hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> SiteAddress.checked("https://example.org/cables")).hasMessageContaining("root of its address");
    assertThat(SiteAddress.defaultFor("0.0.0.0", 8080)).isEqualTo("http://localhost:8080");
    assertThat(SiteAddress.defaultFor("192.0.2.7", 80)).isEqualTo("http://192.0.2.7");
    assertThat(SiteAddress.defaultFor("2001:db8::7", 8080)).isEqualTo("http://[2001:db8::7]:8080");
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }
}
