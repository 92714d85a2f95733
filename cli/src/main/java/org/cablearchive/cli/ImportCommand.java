package org.cablearchive.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.Statement;
import org.cablearchive.ingest.Import;
import org.cablearchive.ingest.ImportSummary;
import org.cablearchive.ingest.RelatedPass;
import org.cablearchive.source.SourceItem;
import org.cablearchive.source.Sources;
import org.cablearchive.source.UnpackLimits;
import org.cablearchive.telegram.TelegramParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cables import}: reads cables into the archive. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import cables from WikiLeaks cable pages, cables.csv, plain telegrams, page text or JSON Lines — "
      + "files, folders, or .tar.xz/.tar.gz/.zip archives. Importing the same input again changes nothing; "
      + "a changed text becomes a new version. Input that is not a cable is kept in <data>/rejects/. "
      + "New and changed cables get their meaning vectors (for searching by meaning) unless --no-meaning; "
      + "cables still without one, as from an import with --no-meaning, get theirs at the end. Then each "
      + "new or changed cable's related cables are worked out once and stored (unless --no-related).",
      "Exit code: 0, or 1 when anything was rejected."
    })
final class ImportCommand implements Callable<Integer> {
  static final double DEFAULT_COMMIT_SECONDS = 60;

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Mixin FormatOption format = new FormatOption();

  @Option(names = "--json", description = "Print the summary {read, added, updated, versionsAdded, conflicts, dated, unchanged, rejected, parts, seconds} as JSON.")
  boolean json;

  @Option(names = "--released", paramLabel = "DATE", converter = ReleaseDate.class, description = {
      "The release date of sources that state none (cables.csv, plain telegrams, early pages):",
      "YYYY-MM-DD (midnight UTC) or a date-time such as 2011-09-02T12:00Z. Shown as given at import;",
      "a page that states its own date for the same text replaces it."})
  Instant released;

  @Option(names = "--rejects", paramLabel = "DIR", description = "Where rejected input is kept (default: <data>/rejects).")
  Path rejects;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one per core).")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "SECONDS",
      description = {"Commit what is stored this often (default: 60): a killed import loses at most the cables stored",
        "since the last commit, which running the same import again stores."})
  double commitEvery = DEFAULT_COMMIT_SECONDS;

  @Mixin UnpackLimitsOption unpack = new UnpackLimitsOption();

  @Option(names = "--no-meaning", description = "Store no meaning vectors: import faster, search by words only (add them later with cables embed).")
  boolean noMeaning;

  @Option(names = "--no-related", description = "Do not work out the related cables of the cables imported at the end: pages work them out on "
      + "request until cables relate stores them.")
  boolean noRelated;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "What to import.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    for (Path p : paths) {
      if (!p.toString().equals("-") && !Files.exists(p)) {
        throw new UserError(p + ": no such file or folder", 1);
      }
    }
    Duration interval = commitInterval(commitEvery);
    UnpackLimits limits = unpack.limits();
    checkRejectsFolder(rejectsDir(archive, rejects), rejects == null ? "the rejects folder" : "--rejects");
    ImportSummary summary = run(archive, paths, format, rejects, threads, released, !noMeaning, !noRelated, interval, limits);
    if (json) {
      JsonOutput.print(asMap(summary));
    } else {
      System.err.printf("read %d, added %d, updated %d, older versions %d, conflicts %d, dated %d, unchanged %d, rejected %d"
          + " in %.1f s%n", summary.read(), summary.added(), summary.updated(), summary.versionsAdded(), summary.conflicts(),
          summary.dated(), summary.unchanged(), summary.rejected(), summary.elapsed().toMillis() / 1000.0);
      if (summary.conflicts() > 0) {
        System.err.println(summary.conflicts() + " release" + (summary.conflicts() == 1 ? " states" : "s state")
            + " other metadata (created, classification or origin) for a text already held: each is kept as a version,"
            + " and the cable shows the conflict as a problem (" + Statement.CONFLICT + ")");
      }
      if (summary.parts() > 0) {
        System.err.println(summary.parts() + " of them " + (summary.parts() == 1 ? "is a section" : "are sections")
            + " of a telegram published on " + (summary.parts() == 1 ? "its" : "their") + " own, kept under "
            + (summary.parts() == 1 ? "its" : "their") + " published ID" + (summary.parts() == 1 ? "" : "s"));
      }
      if (summary.rejected() > 0) {
        System.err.println("rejected input is kept in " + rejectsDir(archive, rejects));
      }
      System.err.printf("committed every %s s while importing: a kill loses at most the cables stored since the last"
          + " commit, and running the same import again stores them%n", seconds(interval));
    }
    return summary.rejected() == 0 ? 0 : 1;
  }

  /**
   * Imports into the archive the options name, with meaning vectors unless told not to, then embeds
   * the cables still without one; shared with {@code demo}.
   *
   * @param released the release date of cables whose source states none, or null
   */
  static ImportSummary run(ArchiveOptions where, List<Path> paths, FormatOption format, Path rejects, Integer threads,
      Instant released, boolean meaning) throws IOException {
    return run(where, paths, format, rejects, threads, released, meaning, true, commitInterval(DEFAULT_COMMIT_SECONDS),
        UnpackLimits.DEFAULT);
  }

  private static ImportSummary run(ArchiveOptions where, List<Path> paths, FormatOption format, Path rejects,
      Integer threads, Instant released, boolean meaning, boolean related, Duration commitEvery, UnpackLimits limits)
      throws IOException {
    LongAdder read = new LongAdder();
    try (Archive archive = where.open(meaning)) {
      ImportSummary summary;
      try (Progress progress = Progress.onTerminal("import", "cables", -1, inputBytes(paths))) {
        TelegramParser parser = new TelegramParser();
        Import run = new Import(archive, parser::parse, rejectsDir(where, rejects))
            .progress(p -> progress.stepTo(p.processed(), read.sum()))
            .commitEvery(commitEvery);
        if (threads != null) {
          run.workers(threads);
        }
        if (released != null) {
          run.releasedIfUnstated(released);
        }
        summary = run.run(sink -> {
          for (Path path : paths) {
            if (Files.isRegularFile(path)) {
              readCounting(path, format, limits, sink, read);
            } else {
              Sources.read(path, format.value(), limits, sink);
            }
          }
        });
      }
      if (meaning) {
        EmbedCommand.embedMissing(archive, threads, Duration.ofSeconds(60));
      }
      if (related) {
        RelatedPass.Progress done = RelateCommand.relate(archive, threads, commitEvery, false);
        if (done.stored() > 0) {
          System.err.printf("stored the related cables of %d cables in %.1f s%n", done.stored(), done.elapsed().toMillis() / 1000.0);
        }
      }
      return summary;
    }
  }

  private static Duration commitInterval(double seconds) {
    if (!(seconds > 0) || seconds > 86_400) {
      throw new UserError("--commit-every takes a number of seconds above 0 and at most 86400; got " + seconds);
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }

  private static String seconds(Duration interval) {
    long millis = interval.toMillis();
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
  }

  /**
   * Refuses, before anything is imported, a rejects folder that could not be written: a file of that
   * name, or a place without a writable folder to create it in.
   */
  private static void checkRejectsFolder(Path dir, String option) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError(option + " " + dir + ": is a file; name a folder (it is created when anything is rejected)", 1);
    }
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new UserError(option + " " + dir + ": " + existing + " is a file, so the folder cannot be created there", 1);
    }
    // the default folder is inside the archive's, whose own check names a read-only folder better
    if (option.startsWith("--") && !Files.isWritable(existing)) {
      throw new UserError(option + " " + dir + ": " + existing + " is not writable", 1);
    }
  }

  /**
   * Reads a file as {@code Sources.read} would, counting the bytes taken from the disk, so that progress
   * is measured against the file's size whether it is plain or compressed.
   */
  private static void readCounting(Path path, FormatOption format, UnpackLimits limits,
      java.util.function.Consumer<SourceItem> sink, LongAdder read) {
    try (InputStream in = new FilterInputStream(Files.newInputStream(path)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read.increment();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          read.add(n);
        }
        return n;
      }
    }) {
      Sources.read(in, path.toString(), format.value(), limits, sink);
    } catch (IOException e) {
      // the file could not be opened: Sources.read says so in its words, as a rejection
      Sources.read(path, format.value(), limits, sink);
    }
  }

  /** The inputs' size on disk when every input is a file (plain or compressed), for how far and an ETA; else -1. */
  private static long inputBytes(List<Path> paths) throws IOException {
    long bytes = 0;
    for (Path p : paths) {
      if (!Files.isRegularFile(p)) {
        return -1;
      }
      bytes += Files.size(p);
    }
    return bytes;
  }

  private static Path rejectsDir(ArchiveOptions where, Path rejects) {
    if (rejects != null) {
      return rejects;
    }
    return where.onSolr() ? Path.of("cables-rejects") : where.dataDir().resolve("rejects");
  }

  private static Map<String, Object> asMap(ImportSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read", s.read());
    m.put("added", s.added());
    m.put("updated", s.updated());
    m.put("versionsAdded", s.versionsAdded());
    m.put("conflicts", s.conflicts());
    m.put("dated", s.dated());
    m.put("unchanged", s.unchanged());
    m.put("rejected", s.rejected());
    m.put("parts", s.parts());
    m.put("seconds", s.elapsed().toMillis() / 1000.0);
    return m;
  }
}
