package org.cablearchive.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cablearchive.archive.Archive;
import org.cablearchive.web.ReadingRoom;
import org.cablearchive.web.SiteAddress;
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
    SiteAddress site = server.site();
    // The index opens on a thread of its own while the server starts (docs/benchmarks.md, "Server start");
    // the limits are checked here first and given to the archive once it is open.
    Archive opening = new ArchiveBeingOpened(() -> server.searchLimits.applyTo(archive.openExisting()));
    serve(opening, server, site, "serve", archive.describe(), () -> {}, () -> {});
    return 0;
  }

  /**
   * Serves until the JVM is asked to stop (Ctrl-C), then stops the server, runs {@code beforeClosing}
   * (the demo ends its background work there), closes the archive and runs {@code afterwards}, in that
   * order and in one shutdown hook: stopping is not an error. A server that cannot start does the same
   * from {@code beforeClosing} on. Shared with {@code demo}; {@code command} names the command the user
   * ran in messages.
   */
  static void serve(Archive archive, ServerOptions server, SiteAddress site, String command, String what,
      Runnable beforeClosing, Runnable afterwards) throws InterruptedException, IOException {
    try {
      server.searchLimits.applyTo(archive);
    } catch (UserError e) {
      beforeClosing.run();
      closeQuietly(archive, command);
      afterwards.run();
      throw e;
    }
    ReadingRoom room;
    try {
      room = ReadingRoom.start(archive, server.bind, server.port, site);
    } catch (RuntimeException e) {
      beforeClosing.run();
      closeQuietly(archive, command);
      afterwards.run();
      throw new UserError("cannot listen on " + server.bind + ":" + server.port + " (" + FailureHandler.describe(e)
          + "); is another server using it? Pick another with --port", 1);
    }
    if (archive instanceof ArchiveBeingOpened opening) {
      try {
        opening.await();
      } catch (IOException | RuntimeException e) {
        room.stop();
        beforeClosing.run();
        afterwards.run();
        throw e;
      }
    }
    // only once the port is open and the front page ready: on two cores the network's build would
    // otherwise hold back the start and a reader's first request
    room.frontPagePrepared().thenRun(() -> warmInBackground(archive, command));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      room.stop();
      beforeClosing.run();
      closeQuietly(archive, command);
      afterwards.run();
      stopped.countDown();
    }));
    String own = SiteAddress.defaultFor(server.bind, room.port());
    System.err.println("Serving " + what + " at " + own + "/  (Ctrl-C stops)");
    if (server.baseUrl == null && !server.trustProxy && !server.onLoopback()) {
      System.err.println("Links in feeds and citations name " + own + "; give --base-url with the address readers use.");
    }
    stopped.await();
  }

  private static void warmInBackground(Archive archive, String command) {
    try {
      archive.warmInBackground();
    } catch (java.io.IOException e) {
      System.err.println("cables " + command + ": preparing the network in the background failed (" + FailureHandler.describe(e)
          + "); pages build it when first asked");
    }
  }

  private static void closeQuietly(Archive archive, String command) {
    try {
      archive.close();
    } catch (Exception e) {
      System.err.println("cables " + command + ": closing the archive failed: " + FailureHandler.describe(e));
    }
  }

  /** Where the reading room listens, and the address it gives itself in absolute links. */
  static final class ServerOptions {
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
        description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Mixin SearchLimitsOption searchLimits = new SearchLimitsOption();

    @Option(names = "--base-url", paramLabel = "URL",
        description = {"The address readers use, e.g. https://cables.example.org: every absolute link (feed ids,",
          "citations) names it (default: http://localhost:P)."})
    String baseUrl;

    @Option(names = "--trust-proxy",
        description = {"Take the scheme and host of absolute links from the Forwarded or X-Forwarded-Proto/-Host",
          "headers of a proxy in front (only when every request comes through it)."})
    boolean trustProxy;

    boolean onLoopback() {
      return bind.startsWith("127.") || bind.equals("::1") || bind.equalsIgnoreCase("localhost");
    }

    /** The address of absolute links, or a one-line error for a bad option. */
    SiteAddress site() {
      if (port < 0 || port > 65535) {
        throw new UserError("--port must be a number from 0 to 65535, not " + port);
      }
      if (baseUrl != null && trustProxy) {
        throw new UserError("give either --base-url (one fixed address) or --trust-proxy (the proxy's), not both");
      }
      try {
        return baseUrl != null ? SiteAddress.canonical(baseUrl)
            : trustProxy ? SiteAddress.behindProxy(bind) : SiteAddress.listening(bind);
      } catch (IllegalArgumentException e) {
        throw new UserError("--base-url: " + e.getMessage());
      }
    }
  }
}
