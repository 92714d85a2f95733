package org.cablearchive.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.SharedModel;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.ingest.Import;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;
import org.cablearchive.telegram.TelegramParser;

/**
 * The reading room the tests talk to: a real Lucene archive filled by the real import, with meaning
 * vectors, from the project's bundled sample (620 cable pages, their earlier releases, and the seed page as text),
 * plus the crafted hostile cable. Built once per test run and shared by the HTTP and browser tests.
 */
final class DemoReadingRoom {
  private static DemoReadingRoom instance;

  private final Path dataDir;
  private final Archive archive;
  private final ReadingRoom room;

  private DemoReadingRoom() throws IOException {
    dataDir = Files.createTempDirectory("cables-web-test");
    archive = LuceneArchive.open(dataDir.resolve("archive"), SharedModel.MEANING);
    new Import(archive, new TelegramParser()::parse, dataDir.resolve("rejects")).workers(2).run(DemoReadingRoom::readSamples);
    archive.store(CraftedCables.hostile());
    archive.commit();
    room = ReadingRoom.start(archive, "127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown));
  }

  static synchronized DemoReadingRoom get() {
    if (instance == null) {
      try {
        instance = new DemoReadingRoom();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot build the demo archive", e);
      }
    }
    return instance;
  }

  Archive archive() {
    return archive;
  }

  int port() {
    return room.port();
  }

  Http http() {
    return new Http(port());
  }

  /**
   * The bundled sample at the repository root, read as {@code ./cables import} reads it: by absolute
   * path, so that what the server's folders would reveal is there to be hidden.
   */
  private static void readSamples(Consumer<SourceItem> sink) {
    Path samples = samplesDir();
    Sources.read(samples.resolve("demo-cables.tar.xz"), Optional.empty(), sink);
    Sources.read(samples.resolve("09MEXICO3093-page.txt"), Optional.empty(), sink);
  }

  /** The folders of this machine that no answer may name. */
  static List<String> serverFolders() {
    return List.of(samplesDir().toString(), get().dataDir.toString());
  }

  private static Path samplesDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("samples/demo-cables.tar.xz"))) {
        return dir.resolve("samples");
      }
    }
    throw new IllegalStateException("samples/demo-cables.tar.xz not found above " + Path.of("").toAbsolutePath());
  }

  private void shutDown() {
    room.stop();
    try {
      archive.close();
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      // the temporary folder is left behind; nothing else to do while the JVM exits
    }
  }
}
