package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cablearchive.model.Cable;
import org.cablearchive.source.CablePageReader;
import org.cablearchive.source.CableReader;
import org.cablearchive.source.PageTextReader;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to real cables (truncation, garbage bytes, huge lines, other encodings, shuffled
 * lines): whatever the input, the readers yield documents or rejections and the parser a cable that keeps
 * the text verbatim — nothing throws.
 */
class MutatedCablesTest {
  private static final int CASES = 320;
  private static final TelegramParser PARSER = new TelegramParser();

  static Stream<Integer> seeds() {
    return IntStream.range(0, CASES).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void damagedInputNeverThrows(int seed) throws IOException, URISyntaxException {
    Random random = new Random(seed);
    List<Path> fixtures = fixtures();
    Path fixture = fixtures.get(random.nextInt(fixtures.size()));
    byte[] damaged = damage(Files.readAllBytes(fixture), random);
    CableReader reader = fixture.toString().endsWith(".txt") ? new PageTextReader() : new CablePageReader();
    List<SourceItem> items = new ArrayList<>();
    reader.read(new ByteArrayInputStream(damaged), "damaged-" + seed, items::add);
    assertThat(items).hasSize(1);
    if (items.get(0) instanceof SourceDocument doc) {
      Cable cable = PARSER.parse(doc);
      assertThat(cable.body()).isEqualTo(doc.body());
      assertThat(cable.header()).isEqualTo(doc.header());
      assertThat(cable.problems()).noneMatch(p -> p.code().equals("INTERNAL"));
    } else {
      Rejection rejection = (Rejection) items.get(0);
      assertThat(rejection.location().toString()).isEqualTo("damaged-" + seed + ":1");
      assertThat(rejection.reason()).isNotBlank().doesNotStartWith("damaged-");
    }
  }

  private static byte[] damage(byte[] page, Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Arrays.copyOf(page, random.nextInt(page.length));
      case 1 -> garbage(page, random);
      case 2 -> hugeLine(page, random);
      case 3 -> new String(page, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
      case 4 -> new String(page, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
      default -> shuffledLines(page, random);
    };
  }

  private static byte[] garbage(byte[] page, Random random) {
    byte[] copy = page.clone();
    for (int i = 0; i < 1 + random.nextInt(2000); i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private static byte[] hugeLine(byte[] page, Random random) {
    int at = random.nextInt(page.length);
    byte[] line = new byte[200_000 + random.nextInt(800_000)];
    Arrays.fill(line, (byte) "A1.¶( <&".charAt(random.nextInt(8)));
    byte[] out = new byte[page.length + line.length];
    System.arraycopy(page, 0, out, 0, at);
    System.arraycopy(line, 0, out, at, line.length);
    System.arraycopy(page, at, out, at + line.length, page.length - at);
    return out;
  }

  private static byte[] shuffledLines(byte[] page, Random random) {
    List<String> lines = new ArrayList<>(List.of(new String(page, StandardCharsets.UTF_8)
        .replace("&#x000A;", "\n").split("\n")));
    java.util.Collections.shuffle(lines, random);
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static List<Path> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(MutatedCablesTest.class.getResource("/golden").toURI()))) {
      return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
