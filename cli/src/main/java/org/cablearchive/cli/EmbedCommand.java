package org.cablearchive.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.ingest.MeaningPass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cables embed}: meaning vectors for the cables of an archive that lack them. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Give every cable of an existing archive its meaning vector, for searching by meaning (an archive "
      + "imported with --no-meaning, or by an earlier version). Only cables without one are embedded: stopped "
      + "at any moment, it keeps what it committed (every minute) and goes on from there when run again. "
      + "Running it on an archive that has every vector changes nothing. Then the related cables of the cables "
      + "given vectors are worked out again and stored (unless --no-related)."
    })
final class EmbedCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Option(names = "--threads", paramLabel = "N", description = "Embedding threads (default: one per core).")
  Integer threads;

  @Option(names = "--json", description = "Print {model, cables, embedded, seconds} as JSON.")
  boolean json;

  @Option(names = "--commit-every", paramLabel = "SECONDS", defaultValue = "60",
      description = "Commit what was embedded this often: the most work a hard stop can lose (default: ${DEFAULT-VALUE}).")
  int commitSeconds;

  @Option(names = "--no-related", description = "Do not work out again the related cables of the cables given vectors (a cable's vector changes "
      + "its list): pages work them out on request until cables relate stores them.")
  boolean noRelated;

  @Override
  public Integer call() throws IOException {
    try (Archive a = archive.openExistingToWrite()) {
      MeaningPass.Progress done = embedMissing(a, threads, Duration.ofSeconds(Math.max(1, commitSeconds)));
      if (!noRelated) {
        RelateCommand.relate(a, threads, Duration.ofSeconds(Math.max(1, commitSeconds)), false);
      }
      MeaningCoverage coverage = a.meaningCoverage();
      if (json) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("model", coverage.model());
        summary.put("cables", coverage.cables());
        summary.put("embedded", done.embedded());
        summary.put("seconds", done.elapsed().toMillis() / 1000.0);
        JsonOutput.print(summary);
      } else if (done.embedded() == 0) {
        System.err.printf("all %d cables have their meaning vectors (%s)%n", coverage.cables(), coverage.model());
      } else {
        System.err.printf("embedded %d cables in %.1f s (%.1f cables/s); %d of %d cables have their meaning vectors%n",
            done.embedded(), done.elapsed().toMillis() / 1000.0, done.embedded() * 1000.0 / Math.max(1, done.elapsed().toMillis()),
            coverage.withMeaning(), coverage.cables());
      }
    }
    return 0;
  }

  /** Embeds the cables without a vector, with a progress bar when there are any; shared with {@code import}. */
  static MeaningPass.Progress embedMissing(Archive archive, Integer threads, Duration commitInterval) throws IOException {
    long missing = archive.meaningCoverage().missing();
    MeaningPass pass = new MeaningPass(archive, ArchiveOptions.MEANING).commitEvery(commitInterval);
    if (threads != null) {
      pass.workers(threads);
    }
    if (missing == 0) {
      return pass.run();
    }
    System.err.printf("Embedding %d cables (Ctrl-C stops after the batch being embedded and keeps what is done)%n", missing);
    MeaningPass.Progress done;
    OptionalInt stoppedBy;
    try (StopSignals signals = StopSignals.handle(status -> pass.stop());
        Progress progress = Progress.onTerminal("embed", "cables", missing, -1)) {
      done = pass.progress(p -> progress.stepTo(p.embedded(), 0)).run();
      stoppedBy = signals.received();
    }
    if (stoppedBy.isPresent()) {
      throw new UserError(String.format("stopped: %d of the %d cables without meaning vectors were embedded and are kept; "
          + "cables embed goes on from there", done.embedded(), missing), stoppedBy.getAsInt());
    }
    return done;
  }
}
