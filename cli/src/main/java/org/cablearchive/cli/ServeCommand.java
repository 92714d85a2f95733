package org.cablearchive.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cablearchive.archive.Archive;
import org.cablearchive.web.ReadingRoom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cables serve}: the reading room over an existing archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the reading room (cable pages, browsing, search, JSON API, feeds) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Mixin ServerOptions server = new ServerOptions();

  @Override
  public Integer call() throws Exception {
    serve(archive.openExisting(), server, archive.describe());
    return 0;
  }

  /** Serves until the JVM is asked to stop; shared with {@code demo}. */
  static void serve(Archive archive, ServerOptions server, String what) throws InterruptedException {
    ReadingRoom room = ReadingRoom.start(server.searchLimits.applyTo(archive), server.bind, server.port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      room.stop();
      try {
        archive.close();
      } catch (Exception e) {
        System.err.println("cables serve: closing the archive failed: " + FailureHandler.describe(e));
      }
      stopped.countDown();
    }));
    String host = server.bind.equals("0.0.0.0") ? "localhost" : server.bind;
    System.err.println("Serving " + what + " at http://" + host + ":" + room.port() + "/  (Ctrl-C stops)");
    stopped.await();
  }

  /** Where the reading room listens. */
  static final class ServerOptions {
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
        description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Mixin SearchLimitsOption searchLimits = new SearchLimitsOption();
  }
}
