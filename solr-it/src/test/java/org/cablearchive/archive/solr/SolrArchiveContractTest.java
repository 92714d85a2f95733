package org.cablearchive.archive.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveContract;
import org.junit.jupiter.api.BeforeAll;

/** The archive contract against a collection of two shards with two replicas each. */
class SolrArchiveContractTest extends ArchiveContract {
  private static String collection;

  @BeforeAll
  static void createCollection() {
    collection = SolrCluster.newCollection("contract");
  }

  /** The class's collection, emptied: cheaper than a new collection per test. */
  @Override
  protected Archive createEmptyArchive() throws Exception {
    try (SolrClient client = SolrArchive.clientFor(ZkAddress.parse(SolrCluster.zkHost()))) {
      client.deleteByQuery(collection, "*:*");
      client.commit(collection);
    }
    return SolrArchive.connect(SolrCluster.zkHost(), collection);
  }
}
