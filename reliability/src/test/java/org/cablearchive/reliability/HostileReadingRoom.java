package org.cablearchive.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.web.ReadingRoom;

/**
 * A reading room over an archive filled by the real {@code cables import} with the bundled sample and
 * the {@link HostileCables}; built once per test run and shared by the HTTP and browser tests.
 */
final class HostileReadingRoom {
  private static HostileReadingRoom instance;

  private final Path dir;
  private final Path data;
  private final LuceneArchive archive;
  private final ReadingRoom room;

  private HostileReadingRoom() throws IOException {
    dir = Files.createTempDirectory("cables-hostile");
    data = dir.resolve("data");
    List<String> args = new ArrayList<>(List.of("import", "--data", data.toString(),
        BundledSample.cablePages().toString(), BundledSample.seedPageText().toString()));
    HostileCables.write(dir.resolve("crafted")).forEach(p -> args.add(p.toString()));
    CommandRun run = CommandRun.inProcess(args.toArray(String[]::new));
    if (run.exitCode() != 0) {
      throw new IllegalStateException("importing the hostile cables failed: " + run.err());
    }
    archive = LuceneArchive.open(data);
    room = ReadingRoom.start(archive, "127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown));
  }

  static synchronized HostileReadingRoom get() {
    if (instance == null) {
      try {
        instance = new HostileReadingRoom();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot build the hostile archive", e);
      }
    }
    return instance;
  }

  int port() {
    return room.port();
  }

  String base() {
    return "http://127.0.0.1:" + port();
  }

  LuceneArchive archive() {
    return archive;
  }

  /** The archive's folder, which other readers (a search, a second reading room) may open to read. */
  Path data() {
    return data;
  }

  private void shutDown() {
    room.stop();
    try {
      archive.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      // the temporary folder is left behind; nothing else to do while the JVM exits
    }
  }
}
