package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.Archive;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Person;
import org.cablearchive.network.Post;
import org.cablearchive.network.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, posts, threads, most cited cables and export over HTTP, checked against the archive's network. */
class NetworkHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Http http;
  private static Archive archive;
  private static CableNetwork network;

  @BeforeAll
  static void start() throws Exception {
    http = DemoReadingRoom.get().http();
    archive = DemoReadingRoom.get().archive();
    network = archive.network();
  }

  private static String count(int n) {
    return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? "cable" : "cables");
  }

  @Test
  void aPersonPageShowsTheirCablesByRoleTheirPostsAndSpellings() throws Exception {
    Person scobey = network.person("margaret-scobey").orElseThrow();
    HttpResponse<String> page = http.get("/person/margaret-scobey");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Margaret Scobey</h1>")
        .contains("<h2 id=\"signed-h\">Signed <span class=\"meta\">(" + count(scobey.cables().get(Role.SIGNED).size()) + ")</span></h2>")
        .contains("<h2 id=\"classified-h\">Classified <span class=\"meta\">(" + count(scobey.cables().get(Role.CLASSIFIED).size()) + ")</span></h2>")
        .contains("<a href=\"/post/CAIRO\">Embassy Cairo</a>")
        .contains("<q>SCOBEY</q>").contains("<q>Margaret Scobey</q>")
        .contains("(same-cable rule)")
        .contains("<a class=\"id\" href=\"/cable/" + scobey.cables().get(Role.SIGNED).get(0).value() + "\">")
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom feed\" href=\"/feeds/person/margaret-scobey\">");
    JsonNode api = JSON.readTree(http.get("/api/person/margaret-scobey").body());
    assertThat(api.get("person").get("name").asText()).isEqualTo("Margaret Scobey");
    assertThat(api.get("person").get("cables").get("SIGNED").size()).isEqualTo(scobey.cables().get(Role.SIGNED).size());
    assertThat(api.get("mentionQuery").asText()).isEqualTo("text:\"margaret scobey\"");
    HttpResponse<String> feed = http.get("/feeds/person/margaret-scobey");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).contains("<title>Cable Archive: Margaret Scobey</title>");
  }

  @Test
  void aNameThatIsNoAddressLeadsToThePeopleItCouldBe() throws Exception {
    HttpResponse<String> one = http.get("/person/Scobey");
    assertThat(one.statusCode()).isEqualTo(303);
    assertThat(one.headers().firstValue("Location")).hasValue("/person/margaret-scobey");
    HttpResponse<String> none = http.get("/person/nobody-at-all");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("No person of the cables is called \"nobody-at-all\".");
    HttpResponse<String> list = http.get("/person?q=clinton");
    assertThat(list.body()).contains("<a href=\"/person/hillary-clinton\">Hillary Clinton</a>");
    assertThat(http.get("/person/margaret-scobey?role=written").statusCode()).isEqualTo(400);
  }

  @Test
  void aPostPageShowsItsIndicatorTrafficAndSigners() throws Exception {
    Post mexico = network.post("MEXICO").orElseThrow();
    HttpResponse<String> page = http.get("/post/MEXICO");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Embassy Mexico</h1>")
        .contains("<abbr title=\"AMEMBASSY MEXICO CITY\">RUEHME</abbr>")
        .contains(String.format(java.util.Locale.ROOT, "%,d sent · %,d received TO · %,d received for INFO",
            mexico.sent().size(), mexico.receivedTo().size(), mexico.receivedInfo().size()))
        .contains("<a href=\"/person/carlos-pascual\">Carlos Pascual</a>")
        .contains("<a href=\"/post/STATE\"><text class=\"label\"");
    assertThat(http.get("/post/mexico").body()).contains("<h1>Embassy Mexico</h1>");
    JsonNode api = JSON.readTree(http.get("/api/post/MEXICO").body());
    assertThat(api.get("post").get("route").asText()).isEqualTo("RUEHME");
    assertThat(api.get("wroteTo").get(0).get("station").asText()).isEqualTo("STATE");
    assertThat(http.get("/post/NOWHERE").statusCode()).isEqualTo(404);
  }

  @Test
  void aThreadIsAnSvgOfLinksAndTheCablePageShowsTheRank() throws Exception {
    ReferenceId id = ReferenceId.of("09TRIPOLI212");
    CableNetwork.Standing standing = network.standing(id).orElseThrow();
    HttpResponse<String> page = http.get("/cable/09TRIPOLI212/thread");
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> linked = new ArrayList<>();
    network.thread(id, 2, 12).orElseThrow().nodes().forEach(n -> linked.add(n.standing().id().value()));
    for (String node : linked) {
      assertThat(page.body()).contains("<a href=\"/cable/" + node + "\" class=\"node");
    }
    assertThat(page.body()).doesNotContain("<script");
    HttpResponse<String> cable = http.get("/cable/09TRIPOLI212");
    assertThat(cable.body()).contains(String.format(java.util.Locale.ROOT, "Citation rank %,d of %,d", standing.position(), standing.of()))
        .contains("<a href=\"/cable/09TRIPOLI212/thread\">");
    JsonNode api = JSON.readTree(http.get("/api/cables/09TRIPOLI212/thread?depth=1").body());
    assertThat(api.get("focus").asText()).isEqualTo("09TRIPOLI212");
    assertThat(api.get("nodes").size()).isEqualTo(network.thread(id, 1, 12).orElseThrow().nodes().size());
    assertThat(http.get("/cable/09TRIPOLI212/thread?depth=9").statusCode()).isEqualTo(400);
    assertThat(http.get("/cable/09%20TRIPOLI%20212/thread").statusCode()).isEqualTo(301);
  }

  @Test
  void mostCitedCountsCablesTheArchiveDoesNotHold() throws Exception {
    CableNetwork.Standing top = network.mostCited(null, null, null, 1).get(0);
    HttpResponse<String> page = http.get("/cited");
    assertThat(page.body()).contains("<a class=\"id\" href=\"/cable/" + top.id().value() + "\">")
        .contains("not in the archive · rank 1 · cited by " + top.citedBy());
    HttpResponse<String> search = http.get("/api/search?sort=rank&limit=3");
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    JsonNode byRank = JSON.readTree(search.body());
    assertThat(byRank.get("hits").get(0).get("id").asText())
        .isEqualTo(network.mostCited(null, null, null, 10000).stream().filter(CableNetwork.Standing::held)
            .min(java.util.Comparator.comparingInt(CableNetwork.Standing::position)).orElseThrow().id().value());
  }

  @Test
  void exportStreamsEveryMatchingCableAsJsonLines() throws Exception {
    HttpResponse<String> all = http.get("/api/export");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
    String[] lines = all.body().split("\n");
    assertThat((long) lines.length).isEqualTo(archive.stats().cables());
    HttpResponse<String> prel = http.get("/api/export?q=tag:PREL");
    long expected = archive.search(org.cablearchive.archive.SearchRequest.of("tag:PREL")).total();
    assertThat((long) prel.body().split("\n").length).isEqualTo(expected);
    assertThat(JSON.readTree(prel.body().split("\n")[0]).get("tags").toString()).contains("\"PREL\"");
    HttpResponse<String> bad = http.get("/api/export?q=tag:(PREL");
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentDescribesTheNewEndpoints() throws Exception {
    JsonNode paths = JSON.readTree(http.get("/api/openapi.json").body()).get("paths");
    assertThat(paths.has("/api/person/{slug}")).isTrue();
    assertThat(paths.has("/api/post/{station}")).isTrue();
    assertThat(paths.has("/api/cables/{id}/thread")).isTrue();
    assertThat(paths.has("/api/export")).isTrue();
  }
}
