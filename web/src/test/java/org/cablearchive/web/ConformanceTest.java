package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.web.SiteCrawl.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as clients nobody here wrote read it: the W3C Nu HTML checker over its pages, feedparser over
 * its feeds, and the OpenAPI document checked by swagger-parser with every API answer checked against its
 * operation's response schema.
 */
class ConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Pages of one kind (first path segment, with or without a query) handed to the HTML checker. */
  private static final int PAGES_PER_KIND = 40;

  @TempDir Path temp;

  @Test
  void everyKindOfPageIsValidHtml() throws Exception {
    Path vnu = Validators.vnu();
    Map<String, Integer> perKind = new LinkedHashMap<>();
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Xss1m", "-jar", vnu.toString(), "--format", "json", "--stdout"));
    int n = 0;
    for (Visit v : SiteCrawl.get().visits()) {
      if (!v.isHtml() || perKind.merge(kind(v.path()), 1, Integer::sum) > PAGES_PER_KIND) {
        continue;
      }
      Path file = temp.resolve("page-" + n++ + ".html");
      Files.writeString(file, "<!-- " + v.path().replace("--", "%2D%2D") + " -->\n" + v.body(), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    assertThat(n).as("pages checked").isGreaterThan(200);
    Validators.Run run = Validators.run(command);
    JsonNode report = JSON.readTree(run.out().substring(run.out().indexOf('{')));
    List<String> problems = new ArrayList<>();
    for (JsonNode message : report.get("messages")) {
      String type = message.path("type").asText() + (message.has("subType") ? "/" + message.get("subType").asText() : "");
      if (!type.equals("info")) {
        problems.add(type + " " + message.path("url").asText().replaceAll(".*/", "") + ":" + message.path("lastLine").asText()
            + " " + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
      }
    }
    assertThat(problems).as("the Nu HTML checker's errors and warnings").isEmpty();
  }

  @Test
  void everyFeedReadsCleanlyInFeedparser() throws Exception {
    Path python = Validators.feedparser();
    Path script = temp.resolve("check_feeds.py");
    try (InputStream in = ConformanceTest.class.getResourceAsStream("check_feeds.py")) {
      Files.write(script, in.readAllBytes());
    }
    List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
    Map<String, String> paths = new LinkedHashMap<>();
    for (Visit v : SiteCrawl.get().visits()) {
      if (v.isAtom() && v.status() == 200) {
        Path file = temp.resolve("feed-" + paths.size() + ".xml");
        Files.writeString(file, v.body(), StandardCharsets.UTF_8);
        paths.put(file.toString(), v.path());
        command.add(file.toString());
      }
    }
    assertThat(paths.values().stream().map(SiteCrawl::kind).distinct()).as("kinds of feed").hasSizeGreaterThanOrEqualTo(7);
    Validators.Run run = Validators.run(command);
    assertThat(run.exitCode()).as(run.out()).isZero();
    String own = "http://localhost:" + DemoReadingRoom.get().port();
    List<String> problems = new ArrayList<>();
    int entries = 0;
    for (String line : run.out().strip().split("\n")) {
      JsonNode feed = JSON.readTree(line);
      String path = paths.get(feed.get("file").asText());
      entries += feed.get("entries").asInt();
      if (feed.get("bozo").asBoolean() || !feed.get("version").asText().equals("atom10") || feed.get("incomplete").size() > 0
          || !feed.get("id").asText().equals(own + path) || !feed.get("self").asText().equals(own + path)
          || feed.get("title").asText().isEmpty() || feed.get("updated").asText().isEmpty()) {
        problems.add(path + ": " + line);
      }
      feed.get("ids").forEach(id -> {
        if (!id.asText().startsWith(own + "/cable/")) {
          problems.add(path + ": entry id " + id.asText());
        }
      });
    }
    assertThat(problems).isEmpty();
    assertThat(entries).as("entries read").isPositive();
  }

  @Test
  void theOpenApiDocumentIsValidAndEveryApiAnswerMatchesItsSchema() throws IOException {
    Http http = DemoReadingRoom.get().http();
    String document = http.get("/api/openapi.json").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
    assertThat(parsed.getMessages()).as("swagger-parser's messages on the document").isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();

    // The schemas say where extra properties are refused (additionalProperties: false); the validator's own
    // default of refusing them everywhere would break every allOf.
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
        .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored()).build();
    Set<String> paths = new LinkedHashSet<>(List.of(
        "/api/cables/10TRIPOLI95", "/api/cables/09MEXICO3093", "/api/cables/10TRIPOLI95/versions/1",
        "/api/cables/10TRIPOLI95/versions/9", "/api/cables/NOTANID", "/api/cables/99NOSUCHPOST1",
        "/api/cables/08MEXICO3595/cited-by", "/api/cables/09MEXICO3093/cited-by",
        "/api/search", "/api/search?q=merida&facets=origin&tag=PREL&sort=created-asc&limit=5",
        "/api/search?q=09+MEXICO+3093", "/api/search?q=08MEXICO3595", "/api/search?q=origin:Embassy+Mexico",
        "/api/search?q=%22unclosed", "/api/search?limit=1000", "/api/search?year=2009&month=2009-10",
        "/api/browse/origin", "/api/browse/tag", "/api/browse/classification", "/api/browse/created", "/api/browse/released",
        "/api/browse/origin/Embassy%20Mexico", "/api/browse/tag/PREL?limit=3", "/api/browse/created/2009/10",
        "/api/browse/nothing", "/api/stats"));
    SiteCrawl.get().visits().stream().filter(v -> v.path().startsWith("/api/") && !v.path().equals("/api/openapi.json"))
        .forEach(v -> paths.add(v.path()));
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> answer = http.get(path);
      if (answer.statusCode() >= 300 && answer.statusCode() < 400) {
        continue;
      }
      ValidationReport report = validator.validateResponse(path.replaceAll("\\?.*", ""), Request.Method.GET,
          SimpleResponse.Builder.status(answer.statusCode())
              .withContentType(answer.headers().firstValue("Content-Type").orElse(""))
              .withBody(answer.body()).build());
      report.getMessages().forEach(m -> problems.add(path + " (" + answer.statusCode() + "): " + m.getMessage()));
    }
    assertThat(paths).hasSizeGreaterThan(30);
    assertThat(problems).isEmpty();
  }

  private static String kind(String path) {
    String first = path.replaceAll("^/([^/?]*).*", "$1");
    return first + (path.contains("?") ? "?" : "");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
