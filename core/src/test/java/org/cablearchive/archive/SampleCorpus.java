package org.cablearchive.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;

/**
 * The bundled real sample (620 WikiLeaks cable pages and 21 earlier releases of some of them),
 * loaded from the classpath so that it travels in core's test-jar, and parsed once per JVM. Expected
 * values in tests are computed from these parsed cables with plain Java, never from an archive.
 */
public final class SampleCorpus {
  private static final String RESOURCE = "/org/cablearchive/archive/demo-cables.tar.xz";
  private static Path file;
  private static List<Cable> cables;
  private static List<Rejection> rejections;

  private SampleCorpus() {}

  /** The sample as a file (copied out of the classpath once per JVM). */
  public static synchronized Path file() {
    if (file == null) {
      try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        Path copy = Files.createTempFile("demo-cables", ".tar.xz");
        copy.toFile().deleteOnExit();
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        file = copy;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** Every release in the sample, parsed, in the order the archive file holds them. */
  public static synchronized List<Cable> cables() {
    if (cables == null) {
      List<Cable> parsed = new ArrayList<>();
      List<Rejection> rejected = new ArrayList<>();
      TelegramParser parser = new TelegramParser();
      Sources.read(file(), Optional.empty(), item -> {
        if (item instanceof SourceDocument d) {
          parsed.add(parser.parse(d));
        } else {
          rejected.add((Rejection) item);
        }
      });
      cables = List.copyOf(parsed);
      rejections = List.copyOf(rejected);
    }
    return cables;
  }

  /** What the readers could not make a cable of. */
  public static List<Rejection> rejections() {
    cables();
    return rejections;
  }

  /** Whether a release comes from the earlier mirrors rather than the final pages. */
  public static boolean isEarlier(Cable cable) {
    return cable.source().file().contains("earlier/");
  }

  /** The latest release of each published document, by the ID it is kept under: what an archive shows as current. */
  public static Map<ReferenceId, Cable> current() {
    Comparator<Cable> byRelease = Comparator.comparing(Cable::released, Comparator.nullsFirst(Comparator.naturalOrder()));
    return cables().stream().collect(Collectors.toMap(Cable::documentId, Function.identity(),
        (a, b) -> byRelease.compare(a, b) >= 0 ? a : b));
  }

  /** The number of distinct texts (header and body) per document: the versions an archive keeps. */
  public static Map<ReferenceId, Long> versionCounts() {
    return cables().stream().collect(Collectors.groupingBy(Cable::documentId,
        Collectors.collectingAndThen(Collectors.mapping(c -> c.header() + "\u0000" + c.body(), Collectors.toSet()),
            set -> (long) set.size())));
  }
}
