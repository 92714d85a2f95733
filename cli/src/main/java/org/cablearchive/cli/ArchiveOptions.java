package org.cablearchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.archive.solr.SolrArchive;
import org.cablearchive.meaning.MiniLmMeaning;
import picocli.CommandLine.Option;

/** Where the archive is: an embedded data folder, or a SolrCloud collection. */
final class ArchiveOptions {
  /** The meaning model every command hands the archive: loaded when first used, once per process. */
  static final MeaningModel MEANING = new MiniLmMeaning();

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

  /** The options that name this archive again, for commands suggested in messages (with a leading space). */
  String dataOption() {
    return onSolr() ? " --solr " + solr + " --collection " + collection : " --data " + dataDir();
  }

  /** Where the archive is, for messages. */
  String describe() {
    return onSolr() ? "SolrCloud " + solr + " collection " + collection : dataDir().toString();
  }

  /**
   * Opens an archive that must exist already, only to read it (search, show, stats, serve): any number
   * of these may run beside one import into the same folder, and they follow what it commits.
   */
  Archive openExisting() throws IOException {
    if (onSolr()) {
      return open();
    }
    try {
      return LuceneArchive.openReadOnly(dataDir(), MEANING);
    } catch (java.nio.file.NoSuchFileException e) {
      if (!dataDir().toString().equals(e.getFile())) {
        throw e;
      }
      throw new UserError("no archive at " + dataDir() + "; import cables first: ./cables import --data "
          + dataDir() + " PATH...", 1);
    }
  }

  /** Opens an archive that must exist already, to write it (with its meaning model). */
  Archive openExistingToWrite() throws IOException {
    if (!onSolr()) {
      openExisting().close();
    }
    return open(true);
  }

  /** Opens the archive, creating an empty embedded one when the folder is new. */
  Archive open() throws IOException {
    return open(true);
  }

  /**
   * Opens the archive, creating an empty embedded one when the folder is new; with {@code meaning},
   * texts stored get their meaning vectors.
   */
  Archive open(boolean meaning) throws IOException {
    MeaningModel model = meaning ? MEANING : null;
    if (onSolr()) {
      return SolrArchive.connect(solr, collection, model);
    }
    return LuceneArchive.open(dataDir(), model);
  }
}
