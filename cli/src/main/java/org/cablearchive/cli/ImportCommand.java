package org.cablearchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cablearchive.archive.Archive;
import org.cablearchive.ingest.Import;
import org.cablearchive.ingest.ImportSummary;
import org.cablearchive.source.Sources;
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
      "Import cables from WikiLeaks cable pages, cables.csv, plain telegrams, page text or JSON Lines —",
      "files, folders, or .tar.xz/.tar.gz/.zip archives. Importing the same input again changes nothing;",
      "a changed text becomes a new version. Input that is not a cable is kept in <data>/rejects/.",
      "Exit code: 0, or 1 when anything was rejected."
    })
final class ImportCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive = new ArchiveOptions();

  @Mixin FormatOption format = new FormatOption();

  @Option(names = "--json", description = "Print the summary {read, added, updated, versionsAdded, dated, unchanged, rejected, parts, seconds} as JSON.")
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "What to import.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    for (Path p : paths) {
      if (!p.toString().equals("-") && !Files.exists(p)) {
        throw new UserError(p + ": no such file or folder", 1);
      }
    }
    ImportSummary summary = run(archive, paths, format, rejects, threads, released);
    if (json) {
      JsonOutput.print(asMap(summary));
    } else {
      System.err.printf("read %d, added %d, updated %d, older versions %d, dated %d, unchanged %d, rejected %d in %.1f s%n",
          summary.read(), summary.added(), summary.updated(), summary.versionsAdded(), summary.dated(), summary.unchanged(),
          summary.rejected(), summary.elapsed().toMillis() / 1000.0);
      if (summary.parts() > 0) {
        System.err.println(summary.parts() + " of them " + (summary.parts() == 1 ? "is a section" : "are sections")
            + " of a telegram published on " + (summary.parts() == 1 ? "its" : "their") + " own, kept under "
            + (summary.parts() == 1 ? "its" : "their") + " published ID" + (summary.parts() == 1 ? "" : "s"));
      }
      if (summary.rejected() > 0) {
        System.err.println("rejected input is kept in " + rejectsDir(archive, rejects));
      }
    }
    return summary.rejected() == 0 ? 0 : 1;
  }

  /** Imports into the archive the options name; shared with {@code demo}. */
  static ImportSummary run(ArchiveOptions where, List<Path> paths, FormatOption format, Path rejects, Integer threads,
      Instant released) throws IOException {
    try (Archive archive = where.open();
        Progress progress = new Progress("import", "cables", plainInputMegabytes(paths))) {
      TelegramParser parser = new TelegramParser();
      Import run = new Import(archive, parser::parse, rejectsDir(where, rejects))
          .progress(p -> progress.stepTo(p.processed(), p.bytes()));
      if (threads != null) {
        run.workers(threads);
      }
      if (released != null) {
        run.releasedIfUnstated(released);
      }
      return run.run(sink -> {
        for (Path path : paths) {
          Sources.read(path, format.value(), sink);
        }
      });
    }
  }

  /** The input's size when every input is an uncompressed file (for an ETA), else -1. */
  private static long plainInputMegabytes(List<Path> paths) throws IOException {
    long bytes = 0;
    for (Path p : paths) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      if (!Files.isRegularFile(p) || name.matches(".*\\.(xz|gz|tgz|zip)$")) {
        return -1;
      }
      bytes += Files.size(p);
    }
    return Math.max(1, bytes / 1_000_000);
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
    m.put("dated", s.dated());
    m.put("unchanged", s.unchanged());
    m.put("rejected", s.rejected());
    m.put("parts", s.parts());
    m.put("seconds", s.elapsed().toMillis() / 1000.0);
    return m;
  }
}
