package org.cablearchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.archive.solr.SolrArchive;
import picocli.CommandLine.Option;

/** Where the archive is: an embedded data folder, or a SolrCloud collection. */
final class ArchiveOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "The embedded archive's folder (default: $CABLES_DATA, else ./cables-data).")
  Path data;

  @Option(names = "--solr", paramLabel = "ZKHOST:PORT[/chroot]",
      description = "Use the SolrCloud cluster whose ZooKeeper is here instead of a data folder.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = "cables",
      description = "The SolrCloud collection (with --solr; default: ${DEFAULT-VALUE}).")
  String collection;

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("CABLES_DATA");
    return Path.of(env == null || env.isBlank() ? "cables-data" : env);
  }

  boolean onSolr() {
    return solr != null;
  }

  /** Where the archive is, for messages. */
  String describe() {
    return onSolr() ? "SolrCloud " + solr + " collection " + collection : dataDir().toString();
  }

  /**
   * Opens an archive that must exist already, only to read it (search, show, stats, serve): any number
   * of these may run beside one import into the same folder, and they follow what it commits. An archive
   * built by an earlier version is read as it is, after one line on stderr naming the command that brings
   * it up to date.
   */
  Archive openExisting() throws IOException {
    if (onSolr()) {
      return open();
    }
    try {
      LuceneArchive archive = LuceneArchive.openReadOnly(dataDir());
      archive.outdated().ifPresent(note -> System.err.println("cables: note: " + note));
      return archive;
    } catch (java.nio.file.NoSuchFileException e) {
      if (!dataDir().toString().equals(e.getFile())) {
        throw e;
      }
      throw new UserError("no archive at " + dataDir() + "; import cables first: ./cables import --data "
          + dataDir() + " PATH...", 1);
    }
  }

  /** Opens the archive, creating an empty embedded one when the folder is new. */
  Archive open() throws IOException {
    if (onSolr()) {
      return SolrArchive.connect(solr, collection);
    }
    return LuceneArchive.open(dataDir());
  }
}
