package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Cable;
import org.cablearchive.source.CablePageReader;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.PageTextReader;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real cables (folder {@code golden/}): each page ({@code .html}) or page text ({@code .txt}) is read and
 * parsed, and its JSON must equal {@code <name>.expected.json} exactly. The expected files were
 * reviewed against the pages by eye. To write them again after a deliberate change, run this test
 * with {@code -Dgolden.write=true} and review the differences before committing.
 */
class GoldenCablesTest {
  private static final Path SOURCE_FOLDER = Path.of("src/test/resources/golden");

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html") || n.endsWith(".txt")).sorted().toList());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesAsReviewed(String fixture) throws IOException, URISyntaxException {
    String json = pretty(parse(fixture));
    String expectedName = fixture.substring(0, fixture.lastIndexOf('.')) + ".expected.json";
    if (Boolean.getBoolean("golden.write")) {
      Files.writeString(SOURCE_FOLDER.resolve(expectedName), json);
    }
    JsonNode expected = CableJson.readTree(Files.readString(folder().resolve(expectedName)));
    assertThat(CableJson.readTree(json)).as(fixture).isEqualTo(expected);
  }

  static Cable parse(String fixture) throws IOException, URISyntaxException {
    CableReader reader = fixture.endsWith(".txt") ? new PageTextReader() : new CablePageReader();
    List<SourceItem> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(folder().resolve(fixture))) {
      reader.read(in, fixture, items::add);
    }
    assertThat(items).as(fixture).hasSize(1).first().isInstanceOf(SourceDocument.class);
    return new TelegramParser().parse((SourceDocument) items.get(0));
  }

  private static String pretty(Cable cable) throws IOException {
    return CableJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cable) + "\n";
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(GoldenCablesTest.class.getResource("/golden").toURI());
  }
}
