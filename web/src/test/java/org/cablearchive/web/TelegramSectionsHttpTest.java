package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Telegrams the release also published in sections, each under an ID of its own (real pages): every
 * section is found under its published ID, and a telegram's page shows its sections in order.
 */
class TelegramSectionsHttpTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @Test
  void aSectionPublishedOnItsOwnIsShownUnderItsPublishedIdWithItsTelegramsSections() {
    HttpResponse<String> page = http.get("/cable/08SCTION02OF02SAOPAULO335");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Viewing cable 08SCTION02OF02SAOPAULO335, <span class=\"subject\">AMBASSADOR DISCUSSES BRAZILIAN OIL")
        .contains("<p class=\"notice\">This is section 2 of 2 of telegram 08SAOPAULO335, published on its own under the ID"
            + " 08SCTION02OF02SAOPAULO335.</p>")
        .contains("""
            <li><span class="section-label">SECTION 1 OF 2</span>
            <span class="section-document"><a href="/cable/08SAOPAULO335">08SAOPAULO335</a> <span class="meta">(the telegram's own text)</span></span>
            </li>
            <li><span class="section-label">SECTION 2 OF 2</span>
            <span class="section-document"><strong>08SCTION02OF02SAOPAULO335</strong> <span class="meta">(this page; published on its own)</span></span>
            </li>""")
        .contains("the concession model and even more unlikely")
        .contains("08SCTION02OF02SAOPAULO335, Consulate Sao Paulo, 2008-06-26 09:09 UTC, CONFIDENTIAL, http://localhost:"
            + DemoReadingRoom.get().port() + "/cable/08SCTION02OF02SAOPAULO335")
        .doesNotContain("Section 1 of 2 is not")
        .doesNotContain("older version");
  }

  @Test
  void theTelegramsOwnPageLinksToItsSectionsPublishedOnTheirOwn() {
    String html = http.get("/cable/08SAOPAULO335").body();
    assertThat(html).contains("""
        <li><span class="section-label">SECTION 1 OF 2</span>
        <span class="section-document"><strong>08SAOPAULO335</strong> <span class="meta">(this page; the telegram's own text)</span></span>
        </li>
        <li><span class="section-label">SECTION 2 OF 2</span>
        <span class="section-document"><a href="/cable/08SCTION02OF02SAOPAULO335">08SCTION02OF02SAOPAULO335</a> <span class="meta">(published on its own)</span></span>
        </li>""").contains("former Minister of Finance Antonio Delfim Netto");
    String tripoli = http.get("/cable/09TRIPOLI583").body();
    assertThat(tripoli).contains("""
        <li><span class="section-label">SECTION 2 OF 3</span>
        <span class="section-document"><strong>09TRIPOLI583</strong> <span class="meta">(this page; the telegram's own text)</span></span>
        <span class="section-document"><a href="/cable/09SECTION02OF03QRIPOLI583">09SECTION02OF03QRIPOLI583</a> <span class="meta">(published on its own)</span></span>
        </li>""").doesNotContain("not in the release");
  }

  /** 09SANJOSE591 cites 09SANJOSE525 (REF B), which the release holds only as its first section published on its own. */
  @Test
  void aCableCitingATelegramHeldOnlyInSectionsFindsItHeld() {
    String cable = http.get("/cable/09SANJOSE591").body();
    assertThat(cable).contains("B. SAN JOSE 525")
        .contains("→ <a href=\"/cable/09SANJOSE525\">09SANJOSE525</a>")
        .doesNotContain("09SANJOSE525</a> <span class=\"meta\">(not in the archive");
    String thread = http.get("/cable/09SANJOSE591/thread").body();
    assertThat(thread).contains("<a href=\"/cable/09SANJOSE525\" class=\"node\"><title>09SANJOSE525, 1 step back (cited), citation rank")
        .containsPattern("<li><a class=\"id\" href=\"/cable/09SANJOSE525\">09SANJOSE525</a> <span class=\"meta\">2009-\\d\\d-\\d\\d · "
            + "Embassy San Jose · COSTA RICA: MORE MEANINFUL MILITARY MISSIONS · held in sections</span></li>");
    assertThat(http.get("/api/cables/09SANJOSE591/thread").body())
        .contains("{\"id\":\"09SANJOSE525\",\"held\":true,\"document\":\"09SECTION01OF03SANJOSE525\",");
  }

  @Test
  void aTelegramHeldOnlyInSectionsShowsThemAndWhatIsMissing() {
    HttpResponse<String> page = http.get("/cable/09SANJOSE525");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Telegram 09SANJOSE525, <span class=\"subject\">COSTA RICA: MORE MEANINFUL MILITARY MISSIONS</span></h1>")
        .contains("""
            <li><span class="section-label">SECTION 1 OF 3</span>
            <span class="section-document"><a href="/cable/09SECTION01OF03SANJOSE525">09SECTION01OF03SANJOSE525</a> <span class="meta">(published on its own)</span></span>
            </li>
            <li><span class="section-label">SECTION 2 OF 3</span>
            <span class="absent">Section 2 of 3 is not in the release.</span>
            </li>
            <li><span class="section-label">SECTION 3 OF 3</span>
            <span class="absent">Section 3 of 3 is not in the release.</span>
            </li>""")
        .contains("<p class=\"notice\" role=\"status\">Sections 2 and 3 of 3 are not in the release.</p>")
        .contains("<a href=\"/api/telegrams/09SANJOSE525\">");
    assertThat(http.get("/cable/08BISHKEK21").body())
        .contains("<p class=\"notice\" role=\"status\">Section 2 of 2 is not in the release.</p>");
    assertThat(http.get("/cable/09SECTION01OF03SANJOSE525").body())
        .contains("This is section 1 of 3 of telegram 09SANJOSE525, published on its own under the ID 09SECTION01OF03SANJOSE525.");
  }

  @Test
  void publishedIdsAreTriedAsTheyStandBeforeTheirTelegramsId() {
    assertRedirect("/cable/2008/06/08SCTION02OF02SAOPAULO335.html", 301, "/cable/08SCTION02OF02SAOPAULO335");
    assertRedirect("/cable?id=08SCTION02OF02SAOPAULO335", 303, "/cable/08SCTION02OF02SAOPAULO335");
    assertRedirect("/cable/08sction02of02saopaulo335", 301, "/cable/08SCTION02OF02SAOPAULO335");
    assertRedirect("/cable/09%20SECTION01OF03SANJOSE525", 301, "/cable/09SANJOSE525");
    assertRedirect("/cable/2009/07/09TRIPOLI583.html", 301, "/cable/09TRIPOLI583");
    assertRedirect("/search?q=08SCTION02OF02SAOPAULO335", 303, "/cable/08SCTION02OF02SAOPAULO335");
    assertRedirect("/search?q=09+SAN+JOSE+525", 303, "/cable/09SANJOSE525");
  }

  /** A section is in the network under its published ID, sent by its telegram's post. */
  @Test
  void aSectionsThreadAndPostAreItsOwnAndItsTelegrams() {
    HttpResponse<String> thread = http.get("/cable/08SECTION01GF02BISHIEK21/thread");
    assertThat(thread.statusCode()).isEqualTo(200);
    assertThat(thread.body()).contains("<h1>Thread of 08SECTION01GF02BISHIEK21</h1>");
    assertThat(http.get("/api/cables/08SECTION01GF02BISHIEK21/thread").statusCode()).isEqualTo(200);
    assertRedirect("/cable/08sction02of02saopaulo335/thread", 301, "/cable/08SCTION02OF02SAOPAULO335/thread");
    assertThat(http.get("/post/SECTION01GF02BISHIEK").statusCode()).isEqualTo(404);
    assertThat(http.get("/post/BISHKEK").body()).contains("08SECTION01GF02BISHIEK21");
  }

  private static void assertRedirect(String path, int status, String location) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Location")).as(path).hasValue(location);
  }

  @Test
  void theApiGivesEachDocumentUnderItsPublishedIdAndEachTelegramsSections() {
    HttpResponse<String> part = http.get("/api/cables/08SCTION02OF02SAOPAULO335");
    assertThat(part.statusCode()).isEqualTo(200);
    assertThat(part.body()).startsWith("{\"id\":\"08SAOPAULO335\",\"idAsPublished\":\"08SCTION02OF02SAOPAULO335\",\"part\":true,")
        .endsWith(",\"citedBy\":[],\"telegram\":{\"id\":\"08SAOPAULO335\",\"sections\":2,\"documents\":["
            + "{\"id\":\"08SAOPAULO335\",\"part\":false,\"section\":{\"number\":1,\"of\":2},\"holds\":[1],\"mayHoldMore\":true},"
            + "{\"id\":\"08SCTION02OF02SAOPAULO335\",\"part\":true,\"section\":{\"number\":2,\"of\":2},\"holds\":[2],\"mayHoldMore\":false}],"
            + "\"missing\":[]}}");
    HttpResponse<String> onlySections = http.get("/api/cables/09SANJOSE525");
    assertThat(onlySections.statusCode()).isEqualTo(404);
    assertThat(onlySections.body()).isEqualTo("{\"status\":404,\"error\":\"The archive holds 09SANJOSE525 only as sections"
        + " published on their own: see /api/telegrams/09SANJOSE525.\"}");
    assertThat(http.get("/api/telegrams/09SANJOSE525").body()).isEqualTo("{\"id\":\"09SANJOSE525\",\"sections\":3,"
        + "\"documents\":[{\"id\":\"09SECTION01OF03SANJOSE525\",\"part\":true,\"section\":{\"number\":1,\"of\":3},\"holds\":[1],"
        + "\"mayHoldMore\":false}],\"missing\":[2,3]}");
    assertThat(http.get("/api/telegrams/08MANAMA492").body()).isEqualTo("{\"id\":\"08MANAMA492\",\"sections\":2,\"documents\":["
        + "{\"id\":\"08MANAMA492\",\"part\":false,\"section\":{\"number\":1,\"of\":2},\"holds\":[1,2],\"mayHoldMore\":false},"
        + "{\"id\":\"08ECTION01OF02MANAMA492\",\"part\":true,\"section\":{\"number\":1,\"of\":2},\"holds\":[1],\"mayHoldMore\":false}],"
        + "\"missing\":[]}");
    assertThat(http.get("/api/telegrams/99NOSUCHPOST1").statusCode()).isEqualTo(404);
    assertRedirect("/api/telegrams/08SCTION02OF02SAOPAULO335", 301, "/api/telegrams/08SAOPAULO335");
  }
}
