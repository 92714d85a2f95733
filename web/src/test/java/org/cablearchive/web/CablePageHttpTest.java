package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cable page, its redirects and its 404s, over HTTP against the demo archive. */
class CablePageHttpTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @Test
  void seedCablePageShowsWhatTheOriginalPageShowed() {
    HttpResponse<String> page = http.get("/cable/09MEXICO3093");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    String html = page.body();
    assertThat(html).contains("Viewing cable 09MEXICO3093, <span class=\"subject\">SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS");
    assertThat(html).contains("<a href=\"/origin/Embassy%20Mexico\">Embassy Mexico</a>");
    assertThat(html).contains("<a href=\"/classification/CONFIDENTIAL\">CONFIDENTIAL</a>");
    assertThat(html).contains("<a href=\"/created/2009/10\">2009-10-27 22:38</a>");
    assertThat(html).contains("<a href=\"/released/2011-08-30\">2011-08-30 01:44</a>");
    assertThat(html).contains("href=\"http://wikileaks.jornada.com.mx/notas/para-calderon-las-violaciones-a-los-derechos-son-un-precio-a-pagar-informo-la-embajada\"");
    assertThat(html).contains("<dt><a href=\"/tag/PREL\">PREL</a></dt><dd>Subject tag: External political relations</dd>");
    assertThat(html).contains("<dt><a href=\"/tag/MX\">MX</a></dt><dd>Country code (FIPS 10-4): Mexico</dd>");
    assertThat(html).contains("<td>To</td><td>RUEHC</td>");
    assertThat(html).contains("id=\"par1\"").contains("<a class=\"pilcrow\" href=\"#par1\"");
    assertThat(html).contains("id=\"par12\"");
    assertThat(html).contains("<dt>1.4 (b)</dt><dd>Foreign government information</dd>");
    assertThat(html).contains("<dt>SIPDIS</dt>");
    assertThat(html).contains("#cablegate #09MEXICO3093");
    assertThat(html).contains("09MEXICO3093, Embassy Mexico, 2009-10-27 22:38 UTC, CONFIDENTIAL, http://localhost:" + DemoReadingRoom.get().port() + "/cable/09MEXICO3093");
    assertThat(html).contains("New to cables?");
    assertThat(html).contains("<a href=\"/cable/09MEXICO2463\">09MEXICO2463</a>");
  }

  @Test
  void articleAddressesPublishedWithoutSchemeAreLinkedOverHttps() {
    String spiegel = http.get("/cable/06SEOUL2238").body();
    assertThat(spiegel).contains("<li><a href=\"https://www.spiegel.de\" rel=\"noopener noreferrer nofollow\">www.spiegel.de</a></li>");
    String words = http.get("/cable/06TELAVIV145").body();
    assertThat(words).contains("<li><span class=\"unlinked\">Yedioth</span> <span class=\"meta\">(not a web address)</span></li>");
    assertThat(words).doesNotContain("href=\"https://Yedioth");
  }

  @Test
  void otherSpellingsRedirectPermanentlyToTheCanonicalAddress() {
    assertRedirect("/cable/09%20MEXICO%203093", "/cable/09MEXICO3093");
    assertRedirect("/cable/09mexico3093", "/cable/09MEXICO3093");
    assertRedirect("/cable/09MEXICO003093", "/cable/09MEXICO3093");
    assertRedirect("/cable/2009/10/09MEXICO3093.html", "/cable/09MEXICO3093");
    assertRedirect("/cable/08ECTION01OF02MANAMA492", "/cable/08MANAMA492");
    assertRedirect("/api/cables/09%20MEXICO%203093", "/api/cables/09MEXICO3093");
  }

  @Test
  void theGoToCableFormRedirectsToTheCable() {
    HttpResponse<String> response = http.get("/cable?id=09+MEXICO+3093");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/cable/09MEXICO3093");
    assertThat(http.get("/cable").statusCode()).isEqualTo(400);
    HttpResponse<String> noYear = http.get("/cable?id=MEXICO+3093");
    assertThat(noYear.statusCode()).isEqualTo(303);
    assertThat(noYear.headers().firstValue("Location")).hasValue("/search?q=MEXICO+3093");
    HttpResponse<String> address = http.get("/cable?id=" + SitePaths.param("https://wikileaks.org/cable/2009/10/09MEXICO3093.html"));
    assertThat(address.headers().firstValue("Location")).hasValue("/cable/09MEXICO3093");
  }

  @Test
  void unknownCablesAndAddressesAnswer404Pages() {
    HttpResponse<String> unknown = http.get("/cable/99NOSUCHPOST1");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Cable 99NOSUCHPOST1 is not in the archive").contains("no archived cable cites it");
    HttpResponse<String> notAnId = http.get("/cable/hello");
    assertThat(notAnId.statusCode()).isEqualTo(404);
    assertThat(notAnId.body()).contains("\"hello\" is not a cable reference ID.");
    HttpResponse<String> nowhere = http.get("/no/such/page");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.body()).contains("There is no page at this address.").contains("<main id=\"main\">");
  }

  @Test
  void aCitedCableTheArchiveDoesNotHoldListsWhoCitesIt() {
    HttpResponse<String> missing = http.get("/cable/" + CraftedCables.NEVER_RELEASED.value());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("1 archived cable cites it")
        .contains("<a class=\"id\" href=\"/cable/" + CraftedCables.ID.value() + "\">" + CraftedCables.ID.value() + "</a>");
    String citing = http.get("/cable/" + CraftedCables.ID.value()).body();
    assertThat(citing).contains("<a href=\"/cable/09NOWHERE77\">09NOWHERE77</a> <span class=\"meta\">(not in the archive: see who cites it)</span>");
  }

  @Test
  void eachVersionOfARereleasedCableCanBeRead() {
    String current = http.get("/cable/10TRIPOLI95").body();
    assertThat(current).contains("<h2 id=\"versions-h\">Versions</h2>").contains("href=\"/cable/10TRIPOLI95?version=1\"");
    HttpResponse<String> first = http.get("/cable/10TRIPOLI95?version=1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("You are reading the text released").contains("<h3>Changes from the text released ")
        .contains("<pre class=\"diff\">");
    assertThat(current).contains("<h3>Changes from the text released ");
    assertThat(http.get("/cable/10TRIPOLI95?version=99").statusCode()).isEqualTo(400);
    assertThat(http.get("/cable/10TRIPOLI95?version=x").statusCode()).isEqualTo(400);
  }

  @Test
  void citedByListsTheArchivedCablesCitingThisOne() {
    String seed = http.get("/cable/09MEXICO3093").body();
    assertThat(seed).contains("<h2 id=\"citedby-h\">Cited by</h2>");
  }

  private static void assertRedirect(String from, String to) {
    HttpResponse<String> response = http.get(from);
    assertThat(response.statusCode()).as(from).isEqualTo(301);
    assertThat(response.headers().firstValue("Location")).as(from).hasValue(to);
  }
}
