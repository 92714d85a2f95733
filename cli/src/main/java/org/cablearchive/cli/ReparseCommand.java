package org.cablearchive.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.ingest.RelatedPass;
import org.cablearchive.ingest.Reparse;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.TelegramParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cables reparse}: brings an archive built by an earlier version up to date, in place. */
@Command(
    name = "reparse",
    mixinStandardHelpOptions = true,
    description = {
      "Bring an archive built by an earlier version up to date: every stored release, current and older, is "
      + "read again by this version's parser from its stored header, body and source fields, and stored again "
      + "as this version keeps it (a section published on its own becomes a document of its own), each current "
      + "text with its meaning vector worked out again unless told not to, and its related cables stored. Stopped at any "
      + "moment, running it again goes on where it stopped; on an archive up to date it does nothing."
    })
final class ReparseCommand implements Callable<Integer> {
  /** Documents read, parsed and stored again at a time: the parsing of a batch runs on every core. */
  private static final int BATCH = 256;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(60);

  @Option(names = "--data", paramLabel = "DIR",
      description = "The embedded archive's folder (default: $CABLES_DATA, else ./cables-data).")
  java.nio.file.Path data;

  @Option(names = "--all", description = "Read every release again, also in an archive already up to date.")
  boolean all;

  @Option(names = "--no-meaning", description = "Store the texts read again without meaning vectors: faster; "
      + "cables embed gives them back later.")
  boolean noMeaning;

  @Override
  public Integer call() throws IOException {
    ArchiveOptions where = new ArchiveOptions();
    where.data = data;
    LuceneArchive archive;
    try {
      archive = LuceneArchive.openToReparse(where.dataDir(), noMeaning ? null : ArchiveOptions.MEANING);
    } catch (NoSuchFileException e) {
      throw new UserError("no archive at " + where.dataDir(), 1);
    }
    try (archive) {
      LuceneArchive.Pending pending = archive.pendingReparse(all);
      if (pending.ids().isEmpty()) {
        archive.markUpToDate();
        System.err.println("the archive in " + where.dataDir() + " is up to date: nothing to read again");
        relate(archive);
        return 0;
      }
      long documentsBefore = archive.stats().cables();
      System.err.println(archive.outdated().map(note -> "reading again " + pending.releases() + " releases of "
          + pending.ids().size() + " documents stored by an earlier version").orElse("reading again " + pending.releases()
          + " releases of " + pending.ids().size() + " documents"));
      long started = System.nanoTime();
      long releases = readAgain(archive, pending);
      archive.markUpToDate();
      System.err.printf("read again %d releases in %.1f s: %d documents before, %d now%n", releases,
          (System.nanoTime() - started) / 1e9, documentsBefore, archive.stats().cables());
      relate(archive);
    }
    return 0;
  }

  /** Stores the related cables of the documents stored again (and any other lacking theirs), saying so when there were any. */
  private static void relate(LuceneArchive archive) throws IOException {
    RelatedPass.Progress done = RelateCommand.relate(archive, null, COMMIT_EVERY, false);
    if (done.stored() > 0) {
      RelateCommand.print(done, archive.stats().cables());
    }
  }

  /** Reads, parses and stores again a batch of documents at a time, committing every minute; returns the releases read. */
  private static long readAgain(LuceneArchive archive, LuceneArchive.Pending pending) throws IOException {
    Reparse reparse = new Reparse(new TelegramParser()::parse);
    long done = 0;
    long lastCommit = System.nanoTime();
    try (Progress progress = Progress.onTerminal("reparse", "releases", pending.releases(), -1)) {
      List<ReferenceId> ids = pending.ids();
      for (int from = 0; from < ids.size(); from += BATCH) {
        List<ReferenceId> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
        List<List<Cable>> stored = new java.util.ArrayList<>(batch.size());
        for (ReferenceId id : batch) {
          stored.add(archive.releases(id));
        }
        List<List<Cable>> again = stored.parallelStream().map(releases -> releases.stream().map(reparse::release).toList())
            .toList();
        for (int i = 0; i < batch.size(); i++) {
          archive.replace(batch.get(i), again.get(i));
          done += again.get(i).size();
        }
        progress.stepTo(done, 0);
        if (System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
          archive.commit();
          lastCommit = System.nanoTime();
        }
      }
    }
    return done;
  }
}
