package org.cablearchive.archive.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One in-process SolrCloud for all tests of this module: two Solr nodes and an embedded ZooKeeper,
 * started on first use and stopped when the test JVM exits. Each test class makes its own collections
 * (two shards of two replicas) so that tests do not see each other's cables.
 */
final class SolrCluster {
  static final int NODES = 2;
  static final int SHARDS = 2;
  static final int REPLICAS = 2;

  private static final Logger LOG = LoggerFactory.getLogger(SolrCluster.class);
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();
  private static MiniSolrCloudCluster cluster;

  private SolrCluster() {}

  static synchronized MiniSolrCloudCluster get() {
    if (cluster == null) {
      long start = System.nanoTime();
      cluster = start();
      LOG.info("in-process SolrCloud of {} nodes started in {} ms", NODES, (System.nanoTime() - start) / 1_000_000);
      Runtime.getRuntime().addShutdownHook(new Thread(SolrCluster::stop, "solr-cluster-stop"));
    }
    return cluster;
  }

  /** The cluster's ZooKeeper address as users pass it: host:port/chroot. */
  static String zkHost() {
    return get().getZkServer().getZkAddress();
  }

  /** A new empty collection of two shards with two replicas each. */
  static String newCollection(String prefix) {
    String name = prefix + "_" + COLLECTIONS.incrementAndGet();
    String zkHost = zkHost();
    long start = System.nanoTime();
    try {
      SolrCollections.create(zkHost, name, SHARDS, REPLICAS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("collection {} ({} shards x {} replicas) created in {} ms", name, SHARDS, REPLICAS,
        (System.nanoTime() - start) / 1_000_000);
    return name;
  }

  private static MiniSolrCloudCluster start() {
    try {
      Path base = Files.createTempDirectory("solr-cluster");
      return new MiniSolrCloudCluster.Builder(NODES, base).build();
    } catch (Exception e) {
      throw new IllegalStateException("the in-process SolrCloud did not start: " + e.getMessage(), e);
    }
  }

  private static synchronized void stop() {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      // the JVM is exiting; a node that does not stop cleanly changes nothing
    }
  }
}
