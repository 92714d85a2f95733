package org.cablearchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.web.ReadingRoom;
import org.cablearchive.web.SiteAddress;
import picocli.CommandLine.Command;

/**
 * {@code cables rehearse} (not listed): one start of the reading room over the bundled sample, with the
 * requests of a reader's first visit, then a stop. The launcher runs it once per build under
 * {@code -XX:ArchiveClassesAtExit}, so that the Java runtime records the classes a start loads (the
 * command line, the index, the server, the templates) into a class archive that later starts map in one
 * go instead of finding, reading and checking each class again (docs/benchmarks.md, "Server start").
 */
@Command(name = "rehearse", hidden = true, mixinStandardHelpOptions = true,
    description = "Import the bundled sample into a temporary archive, serve it on a free port, ask for the pages of a "
        + "first visit, stop and remove the archive: the launcher records the classes this loads for faster starts.")
final class RehearseCommand implements Callable<Integer> {
  /** A first visit: the front page, a cable and its thread, searches, lists, feeds and the JSON API. */
  static final List<String> FIRST_VISIT = List.of("/robots.txt", "/", "/static/site.css", "/cable/09MEXICO3093",
      "/cable/09MEXICO3093/thread", "/search?q=embassy", "/search?q=embassy&origin=Embassy%20Mexico", "/origin",
      "/origin/Embassy%20Mexico", "/tag/PREL", "/created/2009/06", "/cited", "/about", "/person", "/post", "/feeds/search?q=embassy",
      "/api/search?q=embassy", "/api/cables/09MEXICO3093", "/api/stats", "/cable/NOSUCHCABLE");

  @Override
  public Integer call() throws Exception {
    Path data = Files.createTempDirectory("cables-rehearsal-");
    try {
      ArchiveOptions where = new ArchiveOptions();
      where.data = data;
      Path samples = DemoCommand.samplesFolder();
      ImportCommand.run(where, List.of(samples.resolve("demo-cables.tar.xz"), samples.resolve("09MEXICO3093-page.txt")),
          new FormatOption(), null, null, null, false);
      List<Integer> statuses = visit(where);
      System.err.println("Rehearsed a start: " + FIRST_VISIT.size() + " requests answered " + statuses);
      return 0;
    } finally {
      DemoCommand.deleteQuietly(data);
    }
  }

  /** Serves the archive read-only, as {@code serve} does, and asks for each page of a first visit in turn. */
  private static List<Integer> visit(ArchiveOptions where) throws IOException {
    List<Integer> statuses = new ArrayList<>();
    try (Archive archive = where.openExisting()) {
      ReadingRoom room = ReadingRoom.start(archive, "127.0.0.1", 0, SiteAddress.listening("127.0.0.1"));
      try {
        archive.warmInBackground();
        for (String path : FIRST_VISIT) {
          statuses.add(get(URI.create("http://127.0.0.1:" + room.port() + path)));
        }
      } finally {
        room.stop();
      }
    }
    return statuses;
  }

  private static int get(URI address) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
    try {
      int status = connection.getResponseCode();
      try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      return status;
    } finally {
      connection.disconnect();
    }
  }
}
