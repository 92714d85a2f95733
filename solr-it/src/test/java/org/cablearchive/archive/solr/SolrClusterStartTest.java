package org.cablearchive.archive.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolrClusterStartTest {
  @Test
  void aCollectionIsCreatedOnTheClusterAndAnArchiveConnectsToIt() throws Exception {
    String collection = SolrCluster.newCollection("start");
    System.err.println("cluster startup ms: " + SolrCluster.startupMillis());
    try (SolrArchive archive = SolrArchive.connect(SolrCluster.zkHost(), collection)) {
      assertThat(archive.stats().cables()).isZero();
    }
  }
}
