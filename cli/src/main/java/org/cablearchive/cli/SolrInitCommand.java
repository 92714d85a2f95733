package org.cablearchive.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.cablearchive.archive.solr.SolrCollections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cables solr-init}: prepares a SolrCloud collection for the archive. */
@Command(name = "solr-init", mixinStandardHelpOptions = true,
    description = {
      "Upload the archive's configset to a SolrCloud cluster and create a collection for it. "
      + "Then use --solr ZKHOST:PORT[/chroot] --collection NAME with import, serve, search, show and stats."
    })
final class SolrInitCommand implements Callable<Integer> {

  @Option(names = "--solr", required = true, paramLabel = "ZKHOST:PORT[/chroot]", description = "The cluster's ZooKeeper.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = "cables", description = "Collection name (default: ${DEFAULT-VALUE}).")
  String collection;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--replicas", paramLabel = "M", defaultValue = "2", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Override
  public Integer call() throws IOException {
    try {
      SolrCollections.create(solr, collection, shards, replicas);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 1);
    }
    System.err.printf("created collection %s (%d shards x %d replicas) on %s%n", collection, shards, replicas, solr);
    return 0;
  }
}
