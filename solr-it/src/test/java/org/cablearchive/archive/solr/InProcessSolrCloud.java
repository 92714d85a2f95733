package org.cablearchive.archive.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Starts the tests' in-process SolrCloud (embedded ZooKeeper and {@code args[0]} Solr nodes, default 2)
 * on its own and prints its ZooKeeper address, so that the command line's {@code --solr} options can be
 * tried without installing Solr. Runs until interrupted, then deletes the cluster's folder. See
 * docs/scaling.md for the command.
 */
public final class InProcessSolrCloud {
  private InProcessSolrCloud() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : SolrCluster.NODES;
    Path base = Files.createTempDirectory("solr-cloud");
    long start = System.nanoTime();
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
    System.out.printf("SolrCloud of %d nodes started in %d ms; ZooKeeper at %s%n", nodes,
        (System.nanoTime() - start) / 1_000_000, cluster.getZkServer().getZkAddress());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
        try (Stream<Path> files = Files.walk(base)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      } catch (Exception e) {
        // the JVM is exiting either way
      }
      stopped.countDown();
    }));
    stopped.await();
  }
}
