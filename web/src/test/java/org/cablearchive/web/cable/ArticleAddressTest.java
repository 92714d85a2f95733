package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleAddressTest {

  @Test
  void httpAndHttpsAddressesAreLinkedAsPublished() {
    assertThat(ArticleAddress.href("https://example.org/a?b=1")).hasValue("https://example.org/a?b=1");
    assertThat(ArticleAddress.href("HTTP://EXAMPLE.ORG/")).hasValue("HTTP://EXAMPLE.ORG/");
    assertThat(ArticleAddress.href(" http://example.com/x ")).hasValue("http://example.com/x");
  }

  @Test
  void addressesWithoutSchemeAreLinkedOverHttps() {
    assertThat(ArticleAddress.href("www.spiegel.de")).hasValue("https://www.spiegel.de");
    assertThat(ArticleAddress.href("nytimes.com")).hasValue("https://nytimes.com");
    assertThat(ArticleAddress.href("www.abc.com.py/nota/camilo-soares-un-pararrayo-politico"))
        .hasValue("https://www.abc.com.py/nota/camilo-soares-un-pararrayo-politico");
    assertThat(ArticleAddress.href("www.letemps.ch/swiss_papers?id=1#top")).hasValue("https://www.letemps.ch/swiss_papers?id=1#top");
    assertThat(ArticleAddress.href("example.org:8080/story")).hasValue("https://example.org:8080/story");
  }

  @Test
  void anythingElseStaysText() {
    assertThat(ArticleAddress.href("javascript:alert(1)")).isEmpty();
    assertThat(ArticleAddress.href("JavaScript:alert(document.domain)//www.x.org")).isEmpty();
    assertThat(ArticleAddress.href(" data:text/html,<script>")).isEmpty();
    assertThat(ArticleAddress.href("ftp://example.org/file")).isEmpty();
    assertThat(ArticleAddress.href("//example.org/story")).isEmpty();
    assertThat(ArticleAddress.href("https://example.org/\"onmouseover=x")).isEmpty();
    assertThat(ArticleAddress.href("www.example.org/a b")).isEmpty();
    assertThat(ArticleAddress.href("https://")).isEmpty();
    assertThat(ArticleAddress.href("Yedioth")).isEmpty();
    assertThat(ArticleAddress.href("TFGG01:")).isEmpty();
    assertThat(ArticleAddress.href("NO.")).isEmpty();
    assertThat(ArticleAddress.href("")).isEmpty();
  }
}
