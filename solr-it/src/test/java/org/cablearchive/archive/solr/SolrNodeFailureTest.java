package org.cablearchive.archive.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.archive.CableBuilder.cable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;

/** With two replicas of every shard, losing one of the two nodes loses nothing and stops nothing. */
class SolrNodeFailureTest {
  private static final List<String> QUERIES = List.of("", "merida", "tag:PREL", "origin:\"Embassy Mexico\"",
      "created:[2009-01 TO 2009-06]", "classification:SECRET AND iran", "\"human rights\"", "cites:09state*");

  @Test
  void searchesAnswerWithEveryCableWhileTheNodeOfAShardLeaderIsDown() throws Exception {
    MiniSolrCloudCluster cluster = SolrCluster.get();
    String collection = SolrCluster.newCollection("failover");
    try (SolrArchive archive = SolrArchive.connect(SolrCluster.zkHost(), collection)) {
      storeSample(archive);
      Answers before = Answers.of(archive);
      assertThat(before.found()).isEqualTo(before.stats().cables()).isGreaterThan(600);

      JettySolrRunner stopped = cluster.stopJettySolrRunner(nodeOfLeader(cluster, collection, "shard1"));
      try {
        cluster.waitForJettyToStop(stopped);
        cluster.waitForActiveCollection(collection, 30, TimeUnit.SECONDS, SolrCluster.SHARDS, SolrCluster.SHARDS);

        assertThat(Answers.of(archive)).isEqualTo(before);
        Cable arrived = cable("11STATE100001").subject("STORED WHILE A NODE WAS DOWN").paragraph("Failover text.").build();
        archive.store(arrived);
        archive.commit();
        assertThat(archive.find(arrived.id()).orElseThrow().cable()).isEqualTo(arrived);
        assertThat(archive.search(SearchRequest.of("failover")).total()).isEqualTo(1);
      } finally {
        cluster.startJettySolrRunner(stopped);
        cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, SolrCluster.SHARDS,
            SolrCluster.SHARDS * SolrCluster.REPLICAS);
      }
      assertThat(archive.stats().cables()).isEqualTo(before.stats().cables() + 1);
    }
  }

  private static JettySolrRunner nodeOfLeader(MiniSolrCloudCluster cluster, String collection, String shard) {
    Replica leader = cluster.getSolrClient().getClusterState().getCollection(collection).getLeader(shard);
    return cluster.getReplicaJetty(leader);
  }

  /**
   * What the archive answers: its counts, the totals of a mix of queries, and how many of its cables
   * {@code find} returns with their text.
   */
  private record Answers(ArchiveStats stats, Map<String, Long> totals, long found) {
    static Answers of(SolrArchive archive) throws Exception {
      Map<String, Long> totals = new LinkedHashMap<>();
      for (String query : QUERIES) {
        totals.put(query, archive.search(SearchRequest.of(query)).total());
      }
      long found = 0;
      for (String id : SampleCorpus.cables().stream().map(c -> c.documentId().value()).distinct().toList()) {
        found += archive.find(ReferenceId.of(id)).isPresent() ? 1 : 0;
      }
      ArchiveStats stats = archive.stats();
      // the size on disk changes as segments merge; the counts must not
      return new Answers(new ArchiveStats(stats.cables(), stats.versions(), stats.byClassification(),
          stats.byOrigin(), stats.byYear(), 0), totals, found);
    }
  }

  private static void storeSample(Archive archive) throws Exception {
    for (Cable cable : SampleCorpus.cables()) {
      archive.store(cable);
    }
    archive.commit();
  }
}
