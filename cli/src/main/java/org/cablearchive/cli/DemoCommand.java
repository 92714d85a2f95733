package org.cablearchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cablearchive.archive.Archive;
import org.cablearchive.ingest.ImportSummary;
import org.cablearchive.web.Counted;
import org.cablearchive.ingest.MeaningPass;
import org.cablearchive.web.SiteAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cables demo}: the bundled sample in a fresh archive, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
      "Import the bundled sample of real cables (samples/: 620 cable pages across 1966–2010, earlier releases, "
      + "and the seed cable 09MEXICO3093) into a fresh temporary archive and serve it at http://localhost:8080; "
      + "their meaning vectors are added while it serves (search by meaning finds the cables embedded so far)."
    })
final class DemoCommand implements Callable<Integer> {
  /** How long a stop waits for the batch being embedded (a batch takes seconds, more on a busy machine). */
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  /** Vectors become searchable this often while the demo embeds: the reader sees meaning search fill up. */
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(2);

  @Mixin ServeCommand.ServerOptions server = new ServeCommand.ServerOptions();

  @Override
  public Integer call() throws Exception {
    SiteAddress site = server.site();
    Path samples = samplesFolder();
    Path data = Files.createTempDirectory("cables-demo-");
    // Until the server runs, a stop (Ctrl-C during the import) only has the folder to remove.
    Thread removeFolder = new Thread(() -> deleteQuietly(data));
    Runtime.getRuntime().addShutdownHook(removeFolder);
    ArchiveOptions where = new ArchiveOptions();
    where.data = data;
    List<Path> inputs = List.of(samples.resolve("demo-cables.tar.xz"), samples.resolve("09MEXICO3093-page.txt"));
    ImportSummary summary = ImportCommand.run(where, inputs, new FormatOption(), null, null, null, false);
    System.err.printf("Imported %s, with %s, from %s%n", Counted.of(summary.added(), "cable"),
        Counted.of(summary.updated() + summary.versionsAdded(), "further release"), samples);
    Archive archive = where.open();
    // From now on the folder is removed after the archive is closed, in serve's one shutdown hook.
    Runtime.getRuntime().removeShutdownHook(removeFolder);
    Runnable stopEmbedding = embedWhileServing(archive);
    // The pass ends before the JVM's shutdown, which would release the model under it (StopSignals).
    StopSignals.handle(status -> {
      stopEmbedding.run();
      System.exit(status);
    });
    ServeCommand.serve(archive, server, site, "demo", "the demo archive", stopEmbedding, () -> deleteQuietly(data));
    return 0;
  }

  /**
   * Embeds the cables on a background thread: the demo serves as soon as the words are in, as quickly
   * as before it had vectors, and says when searching by meaning covers every cable.
   *
   * @return what a stop does before the archive is closed: ends the pass after its batch and waits for
   *     it, so that nothing writes into the folder while it is being removed
   */
  private static Runnable embedWhileServing(Archive archive) {
    MeaningPass pass = new MeaningPass(archive, ArchiveOptions.MEANING).commitEvery(COMMIT_EVERY);
    Thread embedding = new Thread(() -> {
      try {
        MeaningPass.Progress done = pass.run();
        System.err.printf("Meaning vectors added to all %d cables in %.1f s: search by meaning and related cables are ready%n",
            done.embedded(), done.elapsed().toMillis() / 1000.0);
      } catch (IOException | RuntimeException e) {
        if (!stopping()) { // a stop closes the archive under the pass: that is the stop, not a failure
          System.err.println("cables demo: adding meaning vectors failed: " + FailureHandler.describe(e));
        }
      }
    }, "demo-embed");
    embedding.setDaemon(true);
    embedding.start();
    System.err.println("Adding meaning vectors to the cables while serving (search by meaning finds those embedded so far)");
    return () -> {
      pass.stop();
      try {
        embedding.join(STOP_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /**
   * Whether the JVM is stopping (Ctrl-C): the runtime refuses new shutdown hooks then, and the archive
   * is closed only from serve's shutdown hook, so a pass that failed on a closed archive after this says
   * true was stopped, not broken.
   */
  private static boolean stopping() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  /** samples/ beside the launcher: the jar runs from cli/target/ of the repository. */
  static Path samplesFolder() throws IOException {
    Path jar;
    try {
      jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      jar = Path.of("cli", "target", "cables.jar").toAbsolutePath();
    }
    for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("samples/demo-cables.tar.xz"))) {
        return dir.resolve("samples");
      }
    }
    throw new UserError("the bundled samples/ folder is missing: run the demo from a clone of the repository", 1);
  }

  /** Removes the demo's folder, and says what stays when a file cannot be deleted. */
  static void deleteQuietly(Path dir) {
    try {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      if (Files.exists(dir)) {
        try (Stream<Path> left = Files.walk(dir)) {
          System.err.println("cables demo: could not delete the demo archive " + dir + "; it still holds "
              + left.skip(1).limit(5).map(p -> dir.relativize(p).toString()).toList());
        }
      }
    } catch (IOException | UncheckedIOException e) { // the walk reports a file gone under it unchecked
      System.err.println("cables demo: could not delete the demo archive " + dir + ": " + e.getMessage());
    }
  }
}
