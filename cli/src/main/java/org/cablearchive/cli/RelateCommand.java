package org.cablearchive.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.ingest.RelatedPass;
import org.cablearchive.model.ReferenceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cables relate}: each cable's related cables, worked out once and stored with it. */
@Command(
    name = "relate",
    mixinStandardHelpOptions = true,
    description = {
      "Work out each cable's related cables once and store them with the cable, so that its page reads them "
      + "instead of working them out on every first view. Import, embed and reparse do it at their end for the "
      + "cables they added or changed (and those whose lists name a changed cable); run it on an archive built "
      + "by an earlier version, or after an import with --no-related. Stopped at any moment, it keeps what it "
      + "committed (every minute) and goes on from there when run again; until then pages work lists out as before."
    })
final class RelateCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--all", description = "Work out every cable's list again: a list stored earlier stands until a cable it names changes, so "
      + "cables imported since may be missing from it.")
  boolean all;

  @Option(names = "--threads", paramLabel = "N", description = "Threads working lists out (default: one per core).")
  Integer threads;

  @Option(names = "--json", description = "Print {cables, stored, seconds} as JSON.")
  boolean json;

  @Option(names = "--commit-every", paramLabel = "SECONDS", defaultValue = "60",
      description = "Commit the lists stored this often: the most work a hard stop can lose (default: ${DEFAULT-VALUE}).")
  int commitSeconds;

  @Override
  public Integer call() throws IOException {
    try (Archive a = archive.openExistingToWrite()) {
      RelatedPass.Progress done = relate(a, threads, Duration.ofSeconds(Math.max(1, commitSeconds)), all);
      long cables = a.stats().cables();
      if (json) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cables", cables);
        summary.put("stored", done.stored());
        summary.put("seconds", done.elapsed().toMillis() / 1000.0);
        JsonOutput.print(summary);
      } else {
        print(done, cables);
      }
    }
    return 0;
  }

  /**
   * Stores the lists of the cables lacking an up-to-date one, with a progress bar when there are any;
   * shared with {@code import}, {@code embed} and {@code reparse}.
   */
  static RelatedPass.Progress relate(Archive archive, Integer threads, Duration commitInterval, boolean all)
      throws IOException {
    RelatedPass pass = new RelatedPass(archive).commitEvery(commitInterval).all(all);
    if (threads != null) {
      pass.workers(threads);
    }
    List<ReferenceId> pending = pass.pending();
    if (pending.isEmpty()) {
      return pass.run(pending);
    }
    try (Progress progress = Progress.onTerminal("relate", "cables", pending.size(), -1)) {
      return pass.progress(p -> progress.stepTo(p.stored(), 0)).run(pending);
    }
  }

  /** One line on stderr: what the pass did. */
  static void print(RelatedPass.Progress done, long cables) {
    if (done.stored() == 0) {
      System.err.printf("all %d cables have their related cables stored%n", cables);
    } else {
      System.err.printf("stored the related cables of %d cables in %.1f s (%.1f ms a cable)%n", done.stored(),
          done.elapsed().toMillis() / 1000.0, done.elapsed().toNanos() / 1e6 / done.stored());
    }
  }
}
