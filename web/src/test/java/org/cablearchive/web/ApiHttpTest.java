package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.json.ArchivedCableJson;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API: one cable, its versions, statistics, errors, and the OpenAPI document describing them. */
class ApiHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Http http;

  @BeforeAll
  static void start() {
    http = DemoReadingRoom.get().http();
  }

  @Test
  void aCableIsItsFieldsThenItsVersionsAndCitingCablesAsShowJsonPrintsThem() throws Exception {
    ArchivedCable archived = DemoReadingRoom.get().archive().find(ReferenceId.of("10TRIPOLI95")).orElseThrow();
    HttpResponse<String> response = http.get("/api/cables/10TRIPOLI95");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(ArchivedCableJson.write(archived));

    ObjectNode body = (ObjectNode) JSON.readTree(response.body());
    List<String> expected = names(JSON.readTree(CableJson.write(archived.cable())));
    expected.addAll(List.of("versions", "citedBy", "telegram"));
    assertThat(names(body)).isEqualTo(expected);
    assertThat(body.get("id").asText()).isEqualTo("10TRIPOLI95");
    assertThat(body.get("versions")).hasSize(archived.versions().size());
    assertThat(names(body.get("versions").get(0)))
        .containsExactly("released", "releasedGiven", "source", "current", "created", "classification", "origin",
            "subject", "header", "body");
    assertThat(body.get("versions").get(0).get("body").asText()).isEqualTo(archived.versions().get(0).cable().body());
    assertThat(body.get("citedBy")).hasSize(archived.citedBy().size());
    assertThat(body.get("telegram").isNull()).isTrue();
  }

  @Test
  void sourcesAreNamedWithinThemselvesNeverByTheServersFolders() throws Exception {
    JsonNode body = json("/api/cables/10TRIPOLI95");
    List<String> files = new ArrayList<>();
    body.get("versions").forEach(v -> files.add(v.get("source").get("format").asText() + " " + v.get("source").get("file").asText()));
    assertThat(files).allMatch(f -> f.matches("html (earlier/[a-z-]+/)?cable/2010/02/10TRIPOLI95\\.html"), "html member path");
    assertThat(body.get("source").get("file").asText()).isEqualTo(body.get("versions").get(body.get("versions").size() - 1).get("source").get("file").asText());
    JsonNode version = json("/api/cables/10TRIPOLI95/versions/1");
    assertThat(version.get("source").get("file").asText()).isEqualTo(files.get(0).substring(5));
    assertThat(version.get("cable").get("source")).isEqualTo(version.get("source"));
    assertThat(json("/api/cables/09MEXICO3093").get("source").toString())
        .isEqualTo("{\"format\":\"page-text\",\"file\":\"09MEXICO3093-page.txt\",\"line\":1}");
    for (String path : List.of("/api/cables/10TRIPOLI95", "/api/cables/10TRIPOLI95/versions/1", "/api/cables/09MEXICO3093",
        "/api/search?q=tripoli", "/api/stats")) {
      String answer = http.get(path).body();
      for (String folder : DemoReadingRoom.serverFolders()) {
        assertThat(answer).as(path).doesNotContain(folder);
      }
    }
  }

  @Test
  void theSeedCableKeepsWhatItsPageSaid() throws Exception {
    JsonNode body = json("/api/cables/09MEXICO3093");
    assertThat(body.get("id").asText()).isEqualTo("09MEXICO3093");
    assertThat(body.get("classification").asText()).isEqualTo("CONFIDENTIAL");
    assertThat(body.get("tags").toString()).isEqualTo("[\"PREL\",\"PGOV\",\"PINR\",\"MX\"]");
    assertThat(body.get("versions").get(0).get("released").asText()).isEqualTo("2011-08-30T01:44:00Z");
  }

  @Test
  void everyReleaseOfARereleasedCableCanBeFetched() throws Exception {
    JsonNode body = json("/api/cables/10TRIPOLI95");
    assertThat(body.get("versions").size()).isGreaterThan(1);
    JsonNode oldest = json("/api/cables/10TRIPOLI95/versions/1");
    assertThat(oldest.get("number").asInt()).isEqualTo(1);
    assertThat(oldest.get("cable").get("id").asText()).isEqualTo("10TRIPOLI95");
    assertThat(oldest.get("current").asBoolean()).isFalse();
    assertThat(http.get("/api/cables/10TRIPOLI95/versions/0").statusCode()).isEqualTo(404);
  }

  @Test
  void citingCablesAreListedEvenForACableNeverReleased() throws Exception {
    JsonNode body = json("/api/cables/" + CraftedCables.NEVER_RELEASED.value() + "/cited-by");
    assertThat(body.get("id").asText()).isEqualTo(CraftedCables.NEVER_RELEASED.value());
    assertThat(body.get("held").asBoolean()).isFalse();
    assertThat(body.get("citedBy").size()).isEqualTo(1);
    assertThat(body.get("citedBy").get(0).get("id").asText()).isEqualTo(CraftedCables.ID.value());
  }

  @Test
  void statsCountTheWholeArchive() throws Exception {
    ArchiveStats expected = DemoReadingRoom.get().archive().stats();
    JsonNode body = json("/api/stats");
    assertThat(names(body)).containsExactly("cables", "versions", "byClassification", "byOrigin", "byYear", "indexBytes");
    assertThat(body.get("cables").asLong()).isEqualTo(expected.cables());
    assertThat(body.get("versions").asLong()).isEqualTo(expected.versions());
    assertThat(body.get("byClassification").get("CONFIDENTIAL").asLong())
        .isEqualTo(expected.byClassification().get("CONFIDENTIAL"));
  }

  @Test
  void errorsAreJson() throws Exception {
    HttpResponse<String> missing = http.get("/api/cables/99NOSUCHPOST1");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(missing.body()).isEqualTo("{\"status\":404,\"error\":\"The archive holds no cable 99NOSUCHPOST1.\"}");
    HttpResponse<String> noRoute = http.get("/api/nothing/here");
    assertThat(noRoute.statusCode()).isEqualTo(404);
    assertThat(noRoute.body()).isEqualTo("{\"status\":404,\"error\":\"There is no page at this address.\"}");
  }

  @Test
  void theOpenApiDocumentDescribesEveryApiAddress() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(names(doc.get("paths"))).containsExactlyInAnyOrder(
        "/api/cables/{id}", "/api/cables/{id}/versions/{number}", "/api/cables/{id}/cited-by", "/api/cables/{id}/related",
        "/api/telegrams/{id}", "/api/search", "/api/browse/{kind}", "/api/browse/{kind}/{value}",
        "/api/browse/created/{year}/{month}", "/api/stats", "/api/openapi.json", "/feeds/search", "/feeds/{kind}/{value}",
        "/api/person/{slug}", "/api/people", "/api/post/{station}", "/api/posts", "/api/cables/{id}/thread", "/api/cited",
        "/api/export", "/feeds/person/{slug}");
    JsonNode sorts = doc.get("components").get("parameters").get("sort").get("schema").get("enum");
    for (JsonNode sort : sorts) {
      assertThat(http.get("/api/search?sort=" + sort.asText()).statusCode()).as(sort.asText()).isEqualTo(200);
    }
    JsonNode kinds = doc.get("components").get("parameters").get("kind").get("schema").get("enum");
    for (JsonNode kind : kinds) {
      assertThat(http.get("/api/browse/" + kind.asText()).statusCode()).as(kind.asText()).isEqualTo(200);
    }
  }

  /** A typed API: every operation named, every cable field typed and required, every parameter honoured documented. */
  @Test
  void theOpenApiDocumentTypesEveryCableFieldAndNamesEveryOperationAndParameter() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    List<String> operationIds = new ArrayList<>();
    doc.get("paths").forEach(item -> item.forEach(operation -> operationIds.add(operation.path("operationId").asText())));
    assertThat(operationIds).doesNotContain("").doesNotHaveDuplicates().hasSize(doc.get("paths").size());

    List<String> fields = names(json("/api/cables/09MEXICO3093"));
    fields.removeAll(List.of("versions", "citedBy", "telegram"));
    JsonNode cable = doc.get("components").get("schemas").get("Cable");
    assertThat(names(cable.get("properties"))).containsExactlyElementsOf(fields);
    List<String> required = new ArrayList<>();
    cable.get("required").forEach(r -> required.add(r.asText()));
    assertThat(required).containsExactlyElementsOf(fields);
    cable.get("properties").forEach(field -> assertThat(field.has("type") || field.has("allOf")).as(field.toString()).isTrue());

    assertThat(parameters(doc, "/api/search")).contains("q", "sort", "limit", "cursor", "from", "page", "origin", "year");
    assertThat(parameters(doc, "/api/browse/{kind}/{value}")).contains("sort", "limit", "cursor", "from", "page");
    assertThat(parameters(doc, "/api/browse/created/{year}/{month}")).contains("year", "month", "page");
    assertThat(parameters(doc, "/api/browse/{kind}")).contains("kind", "order");
    // and each is honoured: page 2 holds what the cursor gives after page 1; order=name sorts the values
    JsonNode first = json("/api/search?sort=created-asc&limit=5");
    JsonNode byCursor = json("/api/search?sort=created-asc&limit=5&cursor=" + java.net.URLEncoder.encode(first.get("next").asText(),
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(json("/api/search?sort=created-asc&limit=5&page=2").get("hits").findValuesAsText("id"))
        .containsExactlyElementsOf(byCursor.get("hits").findValuesAsText("id"));
    assertThat(json("/api/browse/origin?order=name").get("values").findValuesAsText("value")).isSorted();
  }

  private static List<String> parameters(JsonNode doc, String path) {
    List<String> out = new ArrayList<>();
    for (JsonNode parameter : doc.get("paths").get(path).get("get").get("parameters")) {
      JsonNode resolved = parameter.has("$ref")
          ? doc.get("components").get("parameters").get(parameter.get("$ref").asText().replaceAll(".*/", "")) : parameter;
      out.add(resolved.get("name").asText());
    }
    return out;
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
    return JSON.readTree(response.body());
  }
}
